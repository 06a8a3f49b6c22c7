// Property tests over parse → extract → resolve with random and adversarial text: no throw (other than a
// clear ParseError for empty input), every offset slices back to its quote, and output is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError, parseSourceText } from '../parse/index.js';
import { extract } from '../extract/index.js';
import { resolveDocument } from '../resolve/index.js';
import type { DocumentGraph } from './types.js';

function run(text: string): DocumentGraph | 'refused' {
  try {
    const parsed = parseSourceText('prop.txt', text);
    return resolveDocument(parsed, extract(parsed));
  } catch (e) {
    if (e instanceof ParseError) return 'refused';
    throw e;
  }
}

function checkOffsets(g: DocumentGraph): void {
  const t = g.text;
  for (const e of g.entities) for (const m of e.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
  for (const r of g.relations) for (const ev of r.evidence) expect(t.slice(ev.start, ev.end)).toBe(ev.quote);
  for (const c of g.claims) {
    expect(t.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    expect(c.text).toBe(c.evidence.quote);
  }
  const ids = new Set(g.comments.map((c) => c.id));
  for (const c of g.comments) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(t.length);
    expect(c.start).toBeLessThanOrEqual(c.end);
    if (c.parent) expect(ids.has(c.parent)).toBe(true);
  }
}

// Pieces of the kind of text claimgraph reads, recombined at random.
const fragments = [
  'Ofsted',
  'Solihull Metropolitan Borough Council',
  'Nadhim Zahawi',
  'the education secretary',
  'said',
  ' said Zahawi.',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '\u00a0',
  '•',
  ' – ',
  '\n',
  '\n\n',
  '  1. ',
  '    – ',
  'December 7, 2021 at 2:43 pm #',
  'Mark ',
  'BASW',
  '(BASW)',
  'section 17 of the Children Act 1989',
  's17',
  '#carereview',
  '@CommunityCare',
  'Baby P',
  'Mr ',
  'Dr. ',
  '£430 million',
  '15.4%',
  'criticised',
  'not',
  'failed',
  'praised',
  '. ',
  '? ',
  '! ',
  '…',
  ':',
  ',',
  'by Sophie Ayers',
  '49 Responses to X',
  'Hesley Group',
  'owned by',
  'a subsidiary of',
  'led by its chair, Annie Hudson',
  '\u200b',
  '\u202e',
  'É',
  '😀',
  '<script>',
  '&amp;',
  'https://example.org/a?b=c',
  'A',
  'the',
  'The',
];
const adversarial = fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((xs) => xs.join(''));

describe('pipeline properties', () => {
  it('never throws on random text, and its offsets are valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const g = run(text);
        if (g !== 'refused') checkOffsets(g);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on adversarial recombinations of real-world fragments, and its offsets are valid', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const g = run(text);
        if (g !== 'refused') checkOffsets(g);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses only empty or whitespace-only text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (text) => {
        if (run(text) === 'refused') expect(text.trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
