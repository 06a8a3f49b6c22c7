// One way to run the API's read queries: a read-mode auto-commit transaction, records as plain objects.
// Auto-commit rather than executeQuery, whose retries hold a request for a minute when Neo4j is down;
// the API answers 503 at once instead and the client retries after Retry-After.
import neo4j from 'neo4j-driver';
import type { AppContext } from '../context.js';

export async function read<T = Record<string, unknown>>(
  ctx: AppContext,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(cypher, params);
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}
