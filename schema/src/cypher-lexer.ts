// Cypher's tokens as the database reads them, so the static checks see the words Neo4j will see:
// every character Cypher treats as whitespace (including the C0 separators U+001C–U+001F), line and
// block comments, strings with backslash escapes, and backtick-quoted names, which have no escapes
// (a backtick inside one is written twice). One lexer serves the server's read-only guard, the
// console's statement splitter and the explorer's editor highlighting.

export type TokenKind = 'word' | 'name' | 'string' | 'number' | 'param' | 'symbol' | 'comment' | 'space';
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
const LINE_END = /[\n\r\u2028\u2029]/;

export class CypherLexError extends Error {
  override name = 'CypherLexError';
}

/**
 * Every token of `q`, comments and whitespace included, so the tokens' spans cover the whole text.
 * An unclosed string, name or comment throws, unless `unclosed` is 'extend': then it runs to the end
 * (text still being typed).
 */
export function scanCypher(q: string, unclosed: 'throw' | 'extend' = 'throw'): Token[] {
  const tokens: Token[] = [];
  const open = (what: string): number => {
    if (unclosed === 'throw') throw new CypherLexError(`${what} is not closed.`);
    return q.length;
  };
  const push = (kind: TokenKind, start: number, end: number, text = q.slice(start, end)) => {
    tokens.push({ kind, text, start, end });
    return end;
  };
  const runOf = (re: RegExp, from: number): number => {
    let j = from;
    while (j < q.length && re.test(q[j]!)) j++;
    return j;
  };
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    const n = q[i + 1];
    if (SPACE.test(c)) {
      i = push('space', i, runOf(SPACE, i + 1));
    } else if (c === '/' && n === '/') {
      const e = q.slice(i).search(LINE_END);
      i = push('comment', i, e < 0 ? q.length : i + e);
    } else if (c === '/' && n === '*') {
      const e = q.indexOf('*/', i + 2);
      i = push('comment', i, e < 0 ? open('A /* comment') : e + 2);
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      while (j < q.length && q[j] !== c) {
        if (q[j] === '\\') {
          text += q[j + 1] ?? '';
          j += 2;
        } else text += q.charAt(j++);
      }
      i = push('string', i, j >= q.length ? open('A string') : j + 1, text);
    } else if (c === '`') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= q.length) {
          j = open('A `quoted` name') - 1;
          break;
        }
        if (q[j] === '`' && q[j + 1] === '`') {
          text += '`';
          j += 2;
        } else if (q[j] === '`') break;
        else text += q.charAt(j++);
      }
      i = push('name', i, j + 1, text);
    } else if (c === '$') {
      const j = runOf(WORD_PART, i + 1);
      i = push('param', i, j, q.slice(i + 1, j));
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < q.length && /[0-9a-zA-Z_.]/.test(q[j]!) && !(q[j] === '.' && q[j + 1] === '.')) j++;
      i = push('number', i, j);
    } else if (WORD_START.test(c)) {
      i = push('word', i, runOf(WORD_PART, i + 1));
    } else {
      i = push('symbol', i, i + 1);
    }
  }
  return tokens;
}

/** The tokens the database acts on: no comments, no whitespace; an unclosed string, name or comment throws. */
export function tokenize(q: string): Token[] {
  return scanCypher(q).filter((t) => t.kind !== 'comment' && t.kind !== 'space');
}
