// Splits console input into statements ended by ";", using the Cypher lexer the guard uses, so strings,
// comments and `quoted` names (which have no backslash escapes) are read the same way everywhere.
// Input with an unclosed string, name or comment is not finished yet: all of it stays in `rest`.
import { CypherLexError, tokenize, type Token } from '@claimgraph/schema/cypher-lexer';

export function splitStatements(buffer: string): { statements: string[]; rest: string } {
  let tokens: Token[];
  try {
    tokens = tokenize(buffer);
  } catch (e) {
    if (e instanceof CypherLexError) return { statements: [], rest: buffer };
    throw e;
  }
  const statements: string[] = [];
  let start = 0;
  let empty = true; // only whitespace and comments since the last ";" (trim() misses Cypher's separators)
  for (const t of tokens) {
    if (t.kind !== 'symbol' || t.text !== ';') {
      empty = false;
      continue;
    }
    if (!empty) statements.push(buffer.slice(start, t.start).trim());
    start = t.end;
    empty = true;
  }
  return { statements, rest: buffer.slice(start) };
}

// Parses ":param name => value" values as JSON, falling back to a bare string.
export function parseParam(line: string): { name: string; value: unknown } {
  const m = /^:param\s+([A-Za-z_][\w]*)\s*(?:=>|:|=)\s*([\s\S]+)$/.exec(line.trim());
  if (!m)
    throw new Error('usage: :param name => value   (value as JSON, e.g. :param name => "Ofsted" or :param n => 5)');
  const raw = m[2]!.trim().replace(/;$/, '');
  try {
    return { name: m[1]!, value: JSON.parse(raw) };
  } catch {
    const single = /^'(.*)'$/.exec(raw);
    return { name: m[1]!, value: single ? single[1] : raw };
  }
}
