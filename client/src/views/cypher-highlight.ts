// Highlighting for the Cypher editor: keywords, strings, numbers, comments, labels/relationship types and
// parameters, over the same lexer the server's guard and the console use. Tokens are rendered as text,
// never as HTML.
import { scanCypher, type TokenKind as LexedKind } from '@claimgraph/schema/cypher-lexer';

export type TokenKind = 'keyword' | 'string' | 'number' | 'comment' | 'label' | 'param' | 'text';
export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set([
  'MATCH',
  'OPTIONAL',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'ORDER',
  'BY',
  'LIMIT',
  'SKIP',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS',
  'NULL',
  'DISTINCT',
  'CALL',
  'YIELD',
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'ASC',
  'DESC',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'EXISTS',
  'COUNT',
  'COLLECT',
  'TRUE',
  'FALSE',
  'UNION',
  'ALL',
  'SHOW',
  'CONTAINS',
  'STARTS',
  'ENDS',
  'XOR',
  'FOREACH',
  'LOAD',
  'CSV',
  'FROM',
  'USE',
  'SHORTESTPATH',
  'ALLSHORTESTPATHS',
]);
const SHOWN_AS: Record<LexedKind, TokenKind> = {
  word: 'text',
  name: 'text',
  symbol: 'text',
  space: 'text',
  string: 'string',
  number: 'number',
  param: 'param',
  comment: 'comment',
};

/** Every character of `src` in order, as highlighted runs; an unclosed string or comment runs to the end. */
export function tokenizeCypher(src: string): Token[] {
  const out: Token[] = [];
  const lexed = scanCypher(src, 'extend');
  for (let i = 0; i < lexed.length; i++) {
    const t = lexed[i]!;
    const next = lexed[i + 1];
    let text = src.slice(t.start, t.end);
    let kind: TokenKind;
    if (
      t.kind === 'symbol' &&
      t.text === ':' &&
      next?.start === t.end &&
      (next.kind === 'word' || next.kind === 'name')
    ) {
      // A label or relationship type: the colon and the name right after it.
      text = src.slice(t.start, next.end);
      kind = 'label';
      i++;
    } else if (t.kind === 'word') kind = KEYWORDS.has(t.text.toUpperCase()) ? 'keyword' : 'text';
    else kind = SHOWN_AS[t.kind];
    const last = out[out.length - 1];
    if (kind === 'text' && last?.kind === 'text') last.text += text;
    else out.push({ kind, text });
  }
  return out;
}
