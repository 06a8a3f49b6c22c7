// One reading of what Neo4j and its driver throw, shared by the API, the console and the loader, so they
// agree on "the database is down", "the query timed out" and "that was the client's mistake".

/** A string or number property of a thrown value, which may be anything; '' when absent. */
export function errorField(e: unknown, name: string): string {
  if (typeof e !== 'object' || e === null) return '';
  const v = (e as Record<string, unknown>)[name];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** Neo4j's status code ("Neo.ClientError.Statement.SyntaxError", "ServiceUnavailable"), or ''. */
export const codeOf = (e: unknown): string => errorField(e, 'code');

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The first line of a message, at most `max` characters: Neo4j appends the query and a caret below. */
export const firstLine = (message: string, max = 500): string => message.split('\n')[0]!.slice(0, max);

const UNREACHABLE = new RegExp(
  [
    'ECONNREFUSED',
    'Could not perform discovery',
    'connection acquisition timed out',
    'Connection was closed',
    'Failed to establish connection',
  ].join('|'),
  'i',
);

/** The database cannot be reached: down, restarting, or every pooled connection lost. */
export function isDbUnavailable(e: unknown): boolean {
  const code = codeOf(e);
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || UNREACHABLE.test(errorField(e, 'message'));
}

/** The transaction was stopped by its timeout (the database's or the driver's configuration). */
export const isTimeoutError = (e: unknown): boolean => /TransactionTimedOut|Terminated/.test(codeOf(e));

/** The query needed more memory than one transaction may use. */
export const isOutOfMemoryError = (e: unknown): boolean =>
  /MemoryPoolOutOfMemory|OutOfMemory|MemoryLimit/i.test(codeOf(e));

export const isSyntaxError = (e: unknown): boolean => codeOf(e) === 'Neo.ClientError.Statement.SyntaxError';

/** A write attempted in a read transaction or session. */
export function isReadOnlyRefusal(e: unknown): boolean {
  const code = codeOf(e);
  const message = errorField(e, 'message');
  return (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    /write queries in a read|not allowed in read|read access mode/i.test(message) ||
    (code.startsWith('Neo.ClientError.') && /not allowed/i.test(message))
  );
}

export const isSecurityError = (e: unknown): boolean => codeOf(e).startsWith('Neo.ClientError.Security.');

/**
 * Neo4j refused a statement it cannot run as given (bad arguments, types, values): the client's mistake.
 * Some refusals (e.g. a shortest path from a node to itself) carry a DatabaseError code but a client
 * classification.
 */
export function isNeo4jClientError(e: unknown): boolean {
  const code = codeOf(e);
  return (
    code.startsWith('Neo.ClientError.') ||
    (code.startsWith('Neo.') && errorField(e, 'classification') === 'CLIENT_ERROR')
  );
}

/** Line, column and offset from a Neo4j syntax error message: "(line 1, column 8 (offset: 7))". */
export function syntaxPosition(message: string): { line: number; column: number; offset: number } | null {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : null;
}
