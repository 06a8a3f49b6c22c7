// The bridge to the read-only Cypher runner (server/src/cypher): maps its refusals, timeouts and
// Neo4j's own client errors to API errors.
import type { AppContext } from './context.js';
import {
  firstLine,
  isNeo4jClientError,
  isOutOfMemoryError,
  isReadOnlyRefusal,
  isSecurityError,
  isSyntaxError,
  isTimeoutError,
  messageOf,
  syntaxPosition,
} from '@claimgraph/schema';
import { ApiError } from './errors.js';
import { CypherRefusedError, CypherTimeoutError, runReadOnly } from './cypher/index.js';

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  graph: { nodes: unknown[]; relationships: unknown[] };
  summary: Record<string, unknown>;
}

export async function runCypher(
  ctx: AppContext,
  query: string,
  params: Record<string, unknown>,
  opts: { timeoutMs: number; maxRows: number },
): Promise<CypherResult> {
  try {
    return await runReadOnly(ctx.cypherDriver ?? ctx.driver, ctx.database, query, params, opts);
  } catch (e) {
    throw toApiError(e, opts.timeoutMs);
  }
}

function toApiError(e: unknown, timeoutMs: number): unknown {
  if (e instanceof CypherRefusedError) return new ApiError(400, 'write_refused', e.message);
  if (e instanceof CypherTimeoutError)
    // Our own timer or the database's: say which limit stopped it.
    return new ApiError(
      408,
      'timeout',
      `The query was stopped: ${e.message} (the limit for a query is ${timeoutMs} ms).`,
    );
  const message = messageOf(e);
  if (isTimeoutError(e))
    return new ApiError(408, 'timeout', `The query ran longer than ${timeoutMs} ms and was stopped.`);
  if (isOutOfMemoryError(e))
    return new ApiError(
      413,
      'too_large',
      'The query needed more memory than one query may use (db.memory.transaction.max); narrow it or add LIMIT.',
    );
  if (isSyntaxError(e)) {
    return new ApiError(400, 'syntax_error', message.trim().slice(0, 2000), {}, { position: syntaxPosition(message) });
  }
  if (isReadOnlyRefusal(e) || isSecurityError(e))
    return new ApiError(400, 'write_refused', 'Only read queries are allowed.');
  if (isNeo4jClientError(e)) return new ApiError(400, 'cypher_error', firstLine(message));
  return e;
}
