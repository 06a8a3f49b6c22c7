import type { AppContext } from '../context.js';
import { read } from './run.js';

export interface Health {
  neo4j: { reachable: boolean; version?: string; edition?: string; error?: string };
}

export async function health(ctx: AppContext): Promise<Health> {
  try {
    const [r] = await read<{ version: string; edition: string }>(
      ctx,
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return { neo4j: { reachable: true, version: r?.version, edition: r?.edition } };
  } catch (e) {
    // The driver's message names the server address and nothing else internal.
    return { neo4j: { reachable: false, error: (e as Error).message.split('\n')[0] } };
  }
}
