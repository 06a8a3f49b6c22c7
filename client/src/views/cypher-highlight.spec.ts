import { describe, expect, it } from 'vitest';
import { tokenizeCypher } from './cypher-highlight.js';

describe('tokenizeCypher', () => {
  it('marks keywords, labels, strings, params, numbers and comments and loses no character', () => {
    const src = "MATCH (e:Entity {name: 'Ofsted'}) // who\nWHERE e.x > $min RETURN e LIMIT 10";
    const toks = tokenizeCypher(src);
    expect(toks.map((t) => t.text).join('')).toBe(src);
    const kinds = (k: string) => toks.filter((t) => t.kind === k).map((t) => t.text);
    expect(kinds('keyword')).toEqual(['MATCH', 'WHERE', 'RETURN', 'LIMIT']);
    expect(kinds('label')).toEqual([':Entity']);
    expect(kinds('string')).toEqual(["'Ofsted'"]);
    expect(kinds('param')).toEqual(['$min']);
    expect(kinds('number')).toEqual(['10']);
    expect(kinds('comment')).toEqual(['// who']);
  });
});
