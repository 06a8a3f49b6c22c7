// The bridge to the read-only Cypher runner (server/src/cypher): maps its refusals, timeouts and
// Neo4j's own client errors to API errors.
import type { AppContext } from './context.js';
import { ApiError } from './errors.js';
import { codeOf, messageOf } from './error-parts.js';
import * as runnerModule from './cypher/index.js';

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  graph: { nodes: unknown[]; relationships: unknown[] };
  summary: Record<string, unknown>;
}
type CypherModule = typeof runnerModule;

/** Line, column and offset from a Neo4j syntax error message: "(line 1, column 8 (offset: 7))". */
export function syntaxPosition(message: string): { line: number; column: number; offset: number } | null {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : null;
}

export async function runCypher(
  ctx: AppContext,
  query: string,
  params: Record<string, unknown>,
  opts: { timeoutMs: number; maxRows: number },
): Promise<CypherResult> {
  const mod = runnerModule;
  try {
    return await mod.runReadOnly(ctx.cypherDriver ?? ctx.driver, ctx.database, query, params, opts);
  } catch (e) {
    throw toApiError(e, mod, opts.timeoutMs);
  }
}

function toApiError(e: unknown, mod: CypherModule, timeoutMs: number): unknown {
  if (e instanceof mod.CypherRefusedError) return new ApiError(400, 'write_refused', e.message);
  if (e instanceof mod.CypherTimeoutError)
    // Our own timer or the database's: say which limit stopped it.
    return new ApiError(
      408,
      'timeout',
      `The query was stopped: ${e.message} (the limit for a query is ${timeoutMs} ms).`,
    );
  const code = codeOf(e);
  const message = messageOf(e);
  if (/TransactionTimedOut|Terminated/.test(code))
    return new ApiError(408, 'timeout', `The query ran longer than ${timeoutMs} ms and was stopped.`);
  if (/MemoryPoolOutOfMemory|OutOfMemory|MemoryLimit/i.test(code))
    return new ApiError(
      413,
      'too_large',
      'The query needed more memory than one query may use (db.memory.transaction.max); narrow it or add LIMIT.',
    );
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new ApiError(400, 'syntax_error', message.trim().slice(0, 2000), {}, { position: syntaxPosition(message) });
  }
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code.startsWith('Neo.ClientError.Security.') ||
    (code.startsWith('Neo.ClientError.') && /not allowed|read access mode/i.test(message))
  ) {
    return new ApiError(400, 'write_refused', 'Only read queries are allowed.');
  }
  if (code.startsWith('Neo.ClientError.')) return new ApiError(400, 'cypher_error', firstLine(message));
  return e;
}

const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 500);
