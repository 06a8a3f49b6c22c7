import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const graph = (text: string) => {
  const parsed = parseSourceText('t.txt', text);
  return resolveDocument(parsed, extract(parsed));
};

describe('relations implied by names', () => {
  it('links a child to their case when the case is first named by the child’s name ("Daniel’s murder")', () => {
    const g = graph('News\n\nThe trial heard about Daniel’s murder in 2012. Daniel Harper was four years old.\n');
    const victim = g.relations.find((r) => r.predicate === 'VICTIM_IN');
    expect(victim).toMatchObject({ subject: 'person:daniel-harper', object: 'case:daniel-harper-case' });
  });
});
