// One way to run the API's read queries: routed to readers, in a read transaction, records as plain objects.
import type { AppContext } from '../context.js';

export async function read<T = Record<string, unknown>>(ctx: AppContext, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await ctx.driver.executeQuery(cypher, params, { database: ctx.database, routing: 'READ' });
  return res.records.map((r) => r.toObject() as T);
}
