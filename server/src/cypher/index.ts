// The read-only Cypher path shared by POST /api/cypher and the console: static checks over Cypher's
// tokens, then the plan the database makes of the statement (EXPLAIN) must be a plain read, then it runs
// in a READ transaction with a timeout and a row cap.
import {
  codeOf,
  firstLine,
  isReadOnlyRefusal,
  isSyntaxError,
  isTimeoutError,
  messageOf,
  syntaxPosition,
} from '@claimgraph/schema';
import neo4j, { type Driver } from 'neo4j-driver';
import { CypherRefusedError, checkStatement } from './guard.js';
import { planRefusal, type PlanNode } from './plan.js';
import { GraphCollector, ResultLimitError, type JsonNode, type JsonRelationship } from './values.js';

export { CypherRefusedError, checkStatement };
export class CypherTimeoutError extends Error {
  override name = 'CypherTimeoutError';
}
export class CypherSyntaxError extends Error {
  override name = 'CypherSyntaxError';
  constructor(
    message: string,
    public position: { line: number; column: number; offset: number } | null,
  ) {
    super(message);
  }
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  /** Which limit cut the result short, when one did. */
  truncatedBy?: 'rows' | 'bytes' | 'depth';
  graph: { nodes: JsonNode[]; relationships: JsonRelationship[] };
  summary: { resultAvailableAfterMs: number; queryType: string };
}

export interface RunOptions {
  timeoutMs: number;
  maxRows: number;
  /** Approximate size of the values returned, in bytes (default 4 MB). */
  maxBytes?: number;
  /** How deep lists and maps may nest (default 32). */
  maxDepth?: number;
  write?: boolean;
}

/** One statement to run against one database. */
interface Statement {
  driver: Driver;
  database: string;
  query: string;
  params: Record<string, unknown>;
}

export async function runReadOnly(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  opts: RunOptions,
): Promise<CypherResult> {
  const statement = { driver, database, query, params };
  if (!opts.write) {
    checkStatement(query);
    const refusal = await refusalOf(statement);
    if (refusal) throw new CypherRefusedError(refusal);
  }
  return run(statement, opts);
}

/** The database's verdict alone (no static filter): why the statement's plan may not run read-only, or null. */
export function explainRefusal(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
): Promise<string | null> {
  return refusalOf({ driver, database, query, params });
}

async function refusalOf(statement: Statement): Promise<string | null> {
  const { type, plan } = await explain(statement);
  if (type !== 'r')
    return `Only read queries are allowed (this statement's type is "${type}": it would write or change the schema).`;
  return planRefusal(plan);
}

/** The statement's type (r, w, rw, s) and the plan the database would run. */
interface Explained {
  type: string;
  plan: PlanNode | false;
}

async function explain({ driver, database, query, params }: Statement): Promise<Explained> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(`EXPLAIN ${query.replace(/;\s*$/, '')}`, params, { timeout: 10_000 });
    return { type: res.summary.queryType, plan: res.summary.plan as PlanNode | false };
  } catch (e) {
    throw translate(e);
  } finally {
    await session.close();
  }
}

async function run({ driver, database, query, params }: Statement, opts: RunOptions): Promise<CypherResult> {
  const session = driver.session({
    database,
    defaultAccessMode: opts.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  const tx = session.beginTransaction({ timeout: opts.timeoutMs });
  const graph = new GraphCollector({ maxBytes: opts.maxBytes ?? 4_000_000, maxDepth: opts.maxDepth ?? 32 });
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let truncatedBy: CypherResult['truncatedBy'];
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = tx.run(query.replace(/;\s*$/, ''), params);
    // A guard beside the server's own timeout, in case the server is slow to enforce it.
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new CypherTimeoutError(`timed out after ${opts.timeoutMs} ms`));
      }, opts.timeoutMs + 2_000);
    });
    const consume = (async () => {
      columns = [...(await result.keys())];
      for await (const record of result) {
        if (rows.length >= opts.maxRows) {
          truncatedBy = 'rows';
          break;
        }
        try {
          rows.push(columns.map((c) => graph.value(record.get(c))));
        } catch (e) {
          if (!(e instanceof ResultLimitError)) throw e;
          truncatedBy = e.limit;
          break;
        }
      }
    })();
    await Promise.race([consume, guard]);
    const truncated = truncatedBy !== undefined;
    const summary = truncated ? null : await result.summary();
    if (opts.write) await tx.commit();
    else await tx.rollback();
    return {
      columns,
      rows,
      truncated,
      ...(truncatedBy ? { truncatedBy } : {}),
      graph: { nodes: [...graph.nodes.values()], relationships: [...graph.relationships.values()] },
      summary: {
        resultAvailableAfterMs: summary ? Number(summary.resultAvailableAfter) : 0,
        queryType: summary?.queryType ?? 'r',
      },
    };
  } catch (e) {
    await tx.rollback().catch(() => {});
    throw translate(e);
  } finally {
    clearTimeout(timer);
    await session.close().catch(() => {});
  }
}

function translate(e: unknown): unknown {
  if (e instanceof CypherTimeoutError || e instanceof CypherRefusedError) return e;
  const message = messageOf(e);
  if (isTimeoutError(e)) return new CypherTimeoutError(firstLine(message, Infinity));
  if (isSyntaxError(e)) {
    return Object.assign(new CypherSyntaxError(message.trim(), syntaxPosition(message)), { code: codeOf(e) });
  }
  if (isReadOnlyRefusal(e)) return new CypherRefusedError('Only read queries are allowed.');
  return e;
}
