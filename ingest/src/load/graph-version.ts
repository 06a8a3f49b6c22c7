// The graph version: one node every write transaction touches, so readers that cache answers (the API server)
// can tell with one tiny read whether anything changed since they last looked, whichever process wrote.
import type { ManagedTransaction } from 'neo4j-driver';

export const GRAPH_VERSION_LABEL = 'GraphVersion';

/**
 * Bumps the version inside the caller's write transaction, so it commits (or rolls back) with the write.
 * The token is random rather than only a counter: a wiped and reloaded database must never repeat a token
 * that a reader saw before the wipe. Run it last in the transaction: the node's lock is held until commit.
 */
export async function bumpGraphVersion(tx: Pick<ManagedTransaction, 'run'>): Promise<void> {
  await tx.run(
    `MERGE (v:${GRAPH_VERSION_LABEL} {id: 'graph'})
     SET v.version = coalesce(v.version, 0) + 1, v.token = randomUUID(), v.changedAt = datetime()`,
  );
}

/** The current token, or null when no write has been recorded (an empty or freshly wiped database). */
export const READ_GRAPH_VERSION = `MATCH (v:${GRAPH_VERSION_LABEL} {id: 'graph'}) RETURN v.token AS token LIMIT 1`;
