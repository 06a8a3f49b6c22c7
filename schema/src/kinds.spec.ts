import { describe, expect, it } from 'vitest';
import { kindOutranks, kindRank, kindRankCypher } from './kinds.js';

describe('entity kind precedence', () => {
  it('ranks no kind below the catch-alls, and the catch-alls below any specific kind', () => {
    expect(kindOutranks('other', null)).toBe(true);
    expect(kindOutranks('commentator', 'other')).toBe(true);
    expect(kindOutranks('regulator', 'commentator')).toBe(true);
    expect(kindOutranks('commentator', 'regulator')).toBe(false);
    expect(kindOutranks(null, 'other')).toBe(false);
    // Between two specific kinds, the first one given stays.
    expect(kindOutranks('politician', 'regulator')).toBe(false);
  });

  it('writes the same ranks as a Cypher CASE expression', () => {
    const cypher = kindRankCypher('e.kind');
    expect(cypher).toBe(
      `CASE WHEN e.kind IS NULL THEN 0 WHEN e.kind = 'other' THEN ${kindRank('other')} ` +
        `WHEN e.kind = 'commentator' THEN ${kindRank('commentator')} ELSE ${kindRank('regulator')} END`,
    );
  });
});
