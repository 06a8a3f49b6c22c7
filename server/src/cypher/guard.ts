// The fast first filter on the read-only path, over Cypher's own tokens (the shared lexer): one statement, the
// configured database, no LOAD CSV, no batched writes, no administration, only read-only procedures and
// SHOW commands. The plan Neo4j makes of the statement is the judge that follows (plan.ts), and a READ
// transaction the last layer.
import { CypherLexError, tokenize, type Token } from '@claimgraph/schema/cypher-lexer';

export class CypherRefusedError extends Error {
  override name = 'CypherRefusedError';
}

/** Procedures a reader may call: schema and search, nothing about the server, its settings or other clients. */
export const READ_PROCEDURES: readonly RegExp[] = [
  /^db\.labels$/i,
  /^db\.relationshipTypes$/i,
  /^db\.propertyKeys$/i,
  /^db\.schema\.(visualization|nodeTypeProperties|relTypeProperties)$/i,
  /^db\.index\.fulltext\.query(Nodes|Relationships)$/i,
  /^dbms\.components$/i,
  /^db\.info$/i,
  /^db\.ping$/i,
];
export const isReadProcedure = (name: string): boolean => READ_PROCEDURES.some((re) => re.test(name));

/** SHOW commands a reader may run; everything else SHOW reaches (settings, transactions, users…) is refused. */
const READ_SHOW = new Set([
  'INDEX',
  'INDEXES',
  'CONSTRAINT',
  'CONSTRAINTS',
  'FUNCTION',
  'FUNCTIONS',
  'PROCEDURE',
  'PROCEDURES',
]);
const SHOW_QUALIFIERS = new Set([
  'ALL',
  'RANGE',
  'TEXT',
  'POINT',
  'FULLTEXT',
  'VECTOR',
  'LOOKUP',
  'BTREE',
  'BUILT',
  'IN',
  'USER',
  'DEFINED',
]);
const ADMIN_START = new Set([
  'DROP',
  'GRANT',
  'DENY',
  'REVOKE',
  'START',
  'STOP',
  'RENAME',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'TERMINATE',
  'ALTER',
  'DRYRUN',
]);
const SCHEMA_OBJECT = /^(INDEX|CONSTRAINT|USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER)$/i;

/** A word used as a keyword: not a property (`n.load`), a map key (`{use: 1}`) or a label (`:Show`). */
function keywords(tokens: Token[]): (string | null)[] {
  return tokens.map((t, i) => {
    if (t.kind !== 'word') return null;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.kind === 'symbol' && (before.text === '.' || before.text === ':' || before.text === '$')) return null;
    if (after?.kind === 'symbol' && after.text === ':' && before?.text !== 'CASE') return null;
    return t.text.toUpperCase();
  });
}

/** Throws CypherRefusedError with the reason when the statement may not run on the read-only path. */
export function checkStatement(query: string): void {
  let tokens: Token[];
  try {
    tokens = tokenize(query.normalize('NFKC'));
  } catch (e) {
    throw new CypherRefusedError(e instanceof CypherLexError ? e.message : 'The query cannot be read.');
  }
  while (tokens.at(-1)?.text === ';' && tokens.at(-1)?.kind === 'symbol') tokens = tokens.slice(0, -1);
  if (tokens.length === 0) throw new CypherRefusedError('The query is empty.');
  if (tokens.some((t) => t.kind === 'symbol' && t.text === ';'))
    throw new CypherRefusedError('Only one statement at a time.');
  const kw = keywords(tokens);

  // The statement proper starts after its prefixes: CYPHER options, EXPLAIN, PROFILE.
  let first = 0;
  for (;;) {
    if (kw[first] === 'EXPLAIN' || kw[first] === 'PROFILE') first++;
    else if (kw[first] === 'CYPHER') {
      first++;
      while (first < tokens.length && tokens[first]!.kind !== 'word') first++;
      while (tokens[first]?.kind === 'word' && tokens[first + 1]?.text === '=') first += 3;
    } else break;
  }
  const head = kw[first];

  for (let i = 0; i < tokens.length; i++) {
    const k = kw[i];
    if (!k) continue;
    if (k === 'USE') throw new CypherRefusedError('USE is not allowed: queries run on the configured database only.');
    if (k === 'LOAD' && kw[i + 1] === 'CSV')
      throw new CypherRefusedError('LOAD CSV is not allowed on the read-only path.');
    if (k === 'TRANSACTIONS' && kw.slice(Math.max(0, i - 3), i).includes('IN'))
      throw new CypherRefusedError('CALL … IN TRANSACTIONS is not allowed on the read-only path.');
    if (k === 'TERMINATE')
      throw new CypherRefusedError('Schema and administration commands are not allowed on the read-only path.');
    if (k === 'SHOW') {
      let j = i + 1;
      while (kw[j] && SHOW_QUALIFIERS.has(kw[j]!)) j++;
      if (!READ_SHOW.has(kw[j] ?? ''))
        throw new CypherRefusedError('Only SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES are allowed.');
    }
    if (k === 'CALL') {
      const name = procedureName(tokens, i + 1);
      if (name !== null && !isReadProcedure(name))
        throw new CypherRefusedError(`The procedure ${name} is not allowed on the read-only path.`);
    }
  }
  if (head && ADMIN_START.has(head))
    throw new CypherRefusedError('Schema and administration commands are not allowed on the read-only path.');
  if (head === 'CREATE' || head === 'ALTER') {
    const objects = kw.slice(first + 1, first + 5);
    if (objects.some((w) => w !== null && SCHEMA_OBJECT.test(w)))
      throw new CypherRefusedError('Schema and administration commands are not allowed on the read-only path.');
  }
}

/** The dotted procedure name after CALL, or null for a subquery (`CALL {` or `CALL (x) {`). */
function procedureName(tokens: Token[], at: number): string | null {
  const parts: string[] = [];
  let i = at;
  while (tokens[i]?.kind === 'word' || tokens[i]?.kind === 'name') {
    parts.push(tokens[i]!.text);
    if (tokens[i + 1]?.text !== '.') break;
    i += 2;
  }
  return parts.length ? parts.join('.') : null;
}
