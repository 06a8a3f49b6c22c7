// One claim by id, and a person's flag on a claim whose stance is wrong. A flag is stored on the Claim,
// takes the claim out of its speaker's stance edges (rebuilt at once) and never deletes evidence.
import neo4j from 'neo4j-driver';
import type { AppContext } from '../context.js';
import { deriveStanceEdges } from '../../../ingest/src/load/facts.js';
import { bumpGraphVersion } from '../../../ingest/src/load/graph-version.js';
import { CLAIM } from './fragments.js';
import { read } from './run.js';

export async function getClaim(ctx: AppContext, id: string) {
  const [row] = await read<{ claim: Record<string, unknown> }>(
    ctx,
    `MATCH (c:Claim {id: $id})
     WITH c, ${CLAIM('c')} AS base
     RETURN base {.*,
       flagged: coalesce(c.flagged, false), flagReason: c.flagReason, flaggedAt: c.flaggedAt} AS claim`,
    { id },
  );
  return row?.claim ?? null;
}

/** Sets (reason given) or clears (reason null) the flag; false when no such claim. */
export async function setFlag(ctx: AppContext, id: string, reason: string | null): Promise<boolean> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.WRITE });
  // One explicit transaction, no automatic retries: with Neo4j down the API answers 503 at once.
  const tx = session.beginTransaction();
  try {
    const res = await tx.run(
      `MATCH (c:Claim {id: $id})
       SET c.flagged = CASE WHEN $reason IS NULL THEN null ELSE true END,
           c.flagReason = $reason,
           c.flaggedAt = CASE WHEN $reason IS NULL THEN null ELSE toString(datetime()) END
       WITH c OPTIONAL MATCH (c)-[:MADE_BY]->(s:Entity)
       RETURN c.id AS id, collect(s.id) AS speakers`,
      { id, reason },
    );
    if (!res.records.length) {
      await tx.rollback();
      return false;
    }
    await deriveStanceEdges(tx, res.records[0]!.get('speakers') as string[]);
    await bumpGraphVersion(tx);
    await tx.commit();
    await ctx.graphChanged?.();
    return true;
  } catch (e) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw e;
  } finally {
    await session.close();
  }
}
