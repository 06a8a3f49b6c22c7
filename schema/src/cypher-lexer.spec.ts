import { describe, expect, it } from 'vitest';
import { CypherLexError, scanCypher, tokenize } from './cypher-lexer.js';

describe('Cypher lexer', () => {
  it('scans every character into tokens whose spans tile the text', () => {
    const q = "MATCH (n:`A``B`) // note\nWHERE n.x = 'a\\'b' /* c */ RETURN $p, 1.5";
    const tokens = scanCypher(q);
    let at = 0;
    for (const t of tokens) {
      expect(t.start).toBe(at);
      at = t.end;
    }
    expect(at).toBe(q.length);
    expect(tokens.filter((t) => t.kind === 'comment').map((t) => t.text)).toEqual(['// note', '/* c */']);
  });

  it('gives the database tokens without comments and whitespace, names and strings unquoted', () => {
    const words = tokenize("MATCH (n:`A``B`) WHERE n.x = 'a\\'b' RETURN $p").map((t) => `${t.kind}:${t.text}`);
    expect(words).toContain('name:A`B');
    expect(words).toContain("string:a'b");
    expect(words).toContain('param:p');
    expect(words.some((w) => w.startsWith('space') || w.startsWith('comment'))).toBe(false);
  });

  it('refuses an unclosed string, name or comment unless asked to extend it to the end', () => {
    for (const q of ["RETURN 'a", 'RETURN `a', 'RETURN 1 /* a']) {
      expect(() => tokenize(q)).toThrow(CypherLexError);
      expect(scanCypher(q, 'extend').at(-1)?.end).toBe(q.length);
    }
  });
});
