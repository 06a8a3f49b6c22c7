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

describe('tokenizeCypher on text being typed', () => {
  it('runs an unclosed string or comment to the end and keeps every character', () => {
    for (const src of ["MATCH (n {name: 'Ofs", 'RETURN 1 /* not yet', 'MATCH (n:`Local auth']) {
      expect(
        tokenizeCypher(src)
          .map((t) => t.text)
          .join(''),
      ).toBe(src);
    }
    expect(tokenizeCypher("RETURN 'Ofs").at(-1)).toEqual({ kind: 'string', text: "'Ofs" });
    expect(tokenizeCypher('RETURN 1 /* not yet').at(-1)).toEqual({ kind: 'comment', text: '/* not yet' });
  });

  it('reads a backtick-quoted label and an escaped quote as the database does', () => {
    const toks = tokenizeCypher("MATCH (a:`Local authority`) WHERE a.name = 'it\\'s' RETURN a");
    expect(toks.filter((t) => t.kind === 'label').map((t) => t.text)).toEqual([':`Local authority`']);
    expect(toks.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual(["'it\\'s'"]);
  });
});
