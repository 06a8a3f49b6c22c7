import type { AppContext } from '../context.js';
import { errorField, isDbUnavailable } from '@claimgraph/schema';
import { read } from './run.js';

/**
 * ok: Neo4j answered. busy: it is up but every pooled connection is in use, so the check waited out the
 * acquisition timeout. down: it cannot be reached, or it accepts connections and never answers.
 * degraded: it answered the check with an error.
 */
export type HealthStatus = 'ok' | 'busy' | 'down' | 'degraded';

export interface Health {
  status: HealthStatus;
  neo4j: { reachable: boolean; version?: string; edition?: string; error?: string };
}

/** The driver's acquisition timeout names the pool's active connections: some means full, none means silent. */
function poolFull(message: string): boolean {
  const m = /acquisition timed out[\s\S]*Active conn count = (\d+)/i.exec(message);
  return m !== null && Number(m[1]) > 0;
}

export async function health(ctx: AppContext): Promise<Health> {
  try {
    const [r] = await read<{ version: string; edition: string }>(
      ctx,
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return { status: 'ok', neo4j: { reachable: true, version: r?.version, edition: r?.edition } };
  } catch (e) {
    // The driver's message names the server address and nothing else internal.
    const message = errorField(e, 'message');
    const error = message.split('\n')[0];
    if (poolFull(message)) return { status: 'busy', neo4j: { reachable: true, error } };
    return { status: isDbUnavailable(e) ? 'down' : 'degraded', neo4j: { reachable: false, error } };
  }
}
