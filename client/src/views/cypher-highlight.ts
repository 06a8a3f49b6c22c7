// A small Cypher tokenizer for highlighting the editor: keywords, strings, numbers, comments,
// labels/relationship types and parameters. Tokens are rendered as text, never as HTML.
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
const TOKEN =
  /(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)|(\$[A-Za-z_]\w*)|(:`[^`]*`|:[A-Za-z_]\w*)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]\w*)|(\s+|[^\sA-Za-z_\d'"/$:]+|[/:$])/g;

export function tokenizeCypher(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(src); m; m = TOKEN.exec(src)) {
    const [text, comment, string, param, label, num, word] = m;
    const kind: TokenKind = comment
      ? 'comment'
      : string
        ? 'string'
        : param
          ? 'param'
          : label
            ? 'label'
            : num
              ? 'number'
              : word && KEYWORDS.has(word.toUpperCase())
                ? 'keyword'
                : 'text';
    const last = out[out.length - 1];
    if (kind === 'text' && last?.kind === 'text') last.text += text;
    else out.push({ kind, text });
  }
  return out;
}
