// Cypher's tokens as the database reads them, so the static checks see the words Neo4j will see:
// every character Cypher treats as whitespace (including the C0 separators U+001C–U+001F), line and
// block comments, strings with backslash escapes, and backtick-quoted names, which have no escapes
// (a backtick inside one is written twice).

export type TokenKind = 'word' | 'name' | 'string' | 'number' | 'param' | 'symbol';
export interface Token {
  kind: TokenKind;
  /** For words, as written; for names and strings, the text without quotes. */
  text: string;
  start: number;
  end: number;
}

/** Whitespace in Cypher's grammar, plus every other control character (treating more as a separator is safe). */
const SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/u;
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;

export class CypherLexError extends Error {
  override name = 'CypherLexError';
}

export function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    const n = q[i + 1];
    if (SPACE.test(c)) {
      i++;
    } else if (c === '/' && n === '/') {
      const e = q.slice(i).search(/[\n\r\u2028\u2029]/);
      i = e < 0 ? q.length : i + e;
    } else if (c === '/' && n === '*') {
      const e = q.indexOf('*/', i + 2);
      if (e < 0) throw new CypherLexError('A /* comment is not closed.');
      i = e + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      while (j < q.length && q[j] !== c) {
        if (q[j] === '\\') {
          text += q[j + 1] ?? '';
          j += 2;
        } else text += q.charAt(j++);
      }
      if (j >= q.length) throw new CypherLexError('A string is not closed.');
      tokens.push({ kind: 'string', text, start: i, end: j + 1 });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= q.length) throw new CypherLexError('A `quoted` name is not closed.');
        if (q[j] === '`' && q[j + 1] === '`') {
          text += '`';
          j += 2;
        } else if (q[j] === '`') break;
        else text += q.charAt(j++);
      }
      tokens.push({ kind: 'name', text, start: i, end: j + 1 });
      i = j + 1;
    } else if (c === '$') {
      let j = i + 1;
      while (j < q.length && WORD_PART.test(q[j]!)) j++;
      tokens.push({ kind: 'param', text: q.slice(i + 1, j), start: i, end: j });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < q.length && /[0-9a-zA-Z_.]/.test(q[j]!) && !(q[j] === '.' && q[j + 1] === '.')) j++;
      tokens.push({ kind: 'number', text: q.slice(i, j), start: i, end: j });
      i = j;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < q.length && WORD_PART.test(q[j]!)) j++;
      tokens.push({ kind: 'word', text: q.slice(i, j), start: i, end: j });
      i = j;
    } else {
      tokens.push({ kind: 'symbol', text: c, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}
