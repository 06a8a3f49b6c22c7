// A document full of place names costs in proportion to its length: each pair of mentions involving a place
// once looked up its council across every mention of the document, so 8× the text took ~64× the time.
import { describe, expect, it } from 'vitest';
import { parseDocument, sourceFromText } from '../../parse/index.js';
import { findMentions } from '../entities/index.js';
import { splitSentences } from '../sentences.js';
import { findRelations } from './index.js';

const UNIT = 'Delegates from France, Germany, Italy and Spain met officials of Kenya and Ghana in Brazil and Chile. ';

function fastest(copies: number): number {
  const doc = parseDocument(sourceFromText('places.txt', UNIT.repeat(copies)));
  const sentences = splitSentences(doc);
  const mentions = findMentions(doc, sentences);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    findRelations(doc, sentences, mentions, []);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('relations over a long document', () => {
  it('take time in proportion to the number of mentions', () => {
    fastest(20);
    const ratio = fastest(400) / fastest(50);
    expect(ratio).toBeLessThan(24);
  });
});
