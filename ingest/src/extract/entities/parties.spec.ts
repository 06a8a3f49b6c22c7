import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const graph = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  return resolveDocument(parsed, extract(parsed));
};

describe('party labels after a politician’s name', () => {
  it('names the party and makes the politician its member', () => {
    const g = graph('Council leader Sarah Hughes (Lab) said the budget was set. Tom Price (Con) disagreed.');
    expect(g.entities.find((e) => e.id === 'organisation:labour-party')).toMatchObject({ kind: 'political_party' });
    expect(g.relations.filter((r) => r.predicate === 'MEMBER_OF').map((r) => [r.subject, r.object])).toEqual([
      ['person:sarah-hughes', 'organisation:labour-party'],
      ['person:tom-price', 'organisation:conservative-party'],
    ]);
  });

  it('reads no party into other brackets', () => {
    const g = graph('Sarah Hughes (pictured) said the budget was set.');
    expect(g.relations.filter((r) => r.predicate === 'MEMBER_OF')).toEqual([]);
  });
});
