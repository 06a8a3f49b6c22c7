import type { AppContext } from '../context.js';

export interface Health { neo4j: { reachable: boolean; version?: string; edition?: string; error?: string } }

export async function health(ctx: AppContext): Promise<Health> {
  try {
    const info = await ctx.driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition', {}, { database: ctx.database, routing: 'READ' });
    const r = info.records[0];
    return { neo4j: { reachable: true, version: r?.get('version'), edition: r?.get('edition') } };
  } catch (e) {
    return { neo4j: { reachable: false, error: (e as Error).message } };
  }
}
