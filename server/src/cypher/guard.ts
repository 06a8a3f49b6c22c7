// Static checks on a statement before it reaches the database: one statement, the default database,
// no LOAD CSV, no batched writes, only read-only procedures and SHOW commands. The database's own
// EXPLAIN (query type) and a READ transaction are the second and third layers (see run.ts).

/** The statement with comments and string literals blanked out (same length), so keywords can be found safely. */
export function maskLiterals(q: string): string {
  let out = '';
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    const n = q[i + 1];
    if (c === '/' && n === '/') {
      const e = q.indexOf('\n', i);
      const end = e < 0 ? q.length : e;
      out += ' '.repeat(end - i);
      i = end;
      continue;
    }
    if (c === '/' && n === '*') {
      const e = q.indexOf('*/', i + 2);
      const end = e < 0 ? q.length : e + 2;
      out += ' '.repeat(end - i);
      i = end;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < q.length && q[j] !== c) j += q[j] === '\\' ? 2 : 1;
      const end = Math.min(q.length, j + 1);
      out += c === '`' ? q.slice(i, end) : c + ' '.repeat(Math.max(0, end - i - 2)) + (end - i > 1 ? c : '');
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const READ_PROCEDURES = [
  /^db\.labels$/i,
  /^db\.relationshipTypes$/i,
  /^db\.propertyKeys$/i,
  /^db\.schema\.(visualization|nodeTypeProperties|relTypeProperties)$/i,
  /^db\.index\.fulltext\.query(Nodes|Relationships)$/i,
  /^dbms\.components$/i,
  /^db\.info$/i,
  /^db\.ping$/i,
];
const READ_SHOW =
  /^\s*SHOW\s+(?:(?:ALL|RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP|BTREE)\s+)?(?:INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|(?:ALL\s+|BUILT\s+IN\s+|USER\s+DEFINED\s+)?FUNCTIONS?|PROCEDURES?)\b/i;

export class CypherRefusedError extends Error {
  override name = 'CypherRefusedError';
}

/** Throws CypherRefusedError with the reason when the statement may not run on the read-only path. */
export function checkStatement(query: string): void {
  const masked = maskLiterals(query).normalize('NFKC');
  const body = masked.replace(/;\s*$/, '');
  if (body.trim() === '') throw new CypherRefusedError('The query is empty.');
  if (body.includes(';')) throw new CypherRefusedError('Only one statement at a time.');
  if (/\bUSE\b/i.test(body))
    throw new CypherRefusedError('USE is not allowed: queries run on the configured database only.');
  if (/\bLOAD\s+CSV\b/i.test(body)) throw new CypherRefusedError('LOAD CSV is not allowed on the read-only path.');
  if (/\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(body))
    throw new CypherRefusedError('CALL … IN TRANSACTIONS is not allowed on the read-only path.');
  if (/^\s*SHOW\b/i.test(body) && !READ_SHOW.test(body))
    throw new CypherRefusedError('Only SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES are allowed.');
  if (
    /^\s*(?:(?:CREATE|ALTER)\s+(?:OR\s+REPLACE\s+)?(?:(?:RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP|BTREE|COMPOSITE)\s+)?(?:INDEX|CONSTRAINT|USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER)|DROP|GRANT|DENY|REVOKE|START|STOP|RENAME|ENABLE|DEALLOCATE|REALLOCATE|TERMINATE)\b/i.test(
      body,
    )
  )
    throw new CypherRefusedError('Schema and administration commands are not allowed on the read-only path.');
  for (const m of body.matchAll(/\bCALL\s+([A-Za-z_`][\w.`]*)\s*\(?/gi)) {
    const name = m[1]!.replace(/`/g, '');
    if (!READ_PROCEDURES.some((re) => re.test(name)))
      throw new CypherRefusedError(`The procedure ${name} is not allowed on the read-only path.`);
  }
}
