// A batch's documents written side by side. The database runs each transaction on one core, so a batch split
// into groups written at once can use them all. Entities are shared between documents, and a transaction that
// creates one, or updates it, holds its lock until it commits: so they are merged first, in a transaction of
// their own, and the groups only point at them. Tidying (aliases, stance edges, entities left with no fact)
// reads across documents, so it runs once every group is in, in a last transaction that bumps the graph version.
// A journal node keeps the ids merged until that last step: a load stopped in between (a crash, a lost
// database) leaves them to be tidied by the next load.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { messageOf } from '@claimgraph/schema';
import type { DocumentGraph } from '../pipeline/types.js';
import { bumpGraphVersion } from './graph-version.js';
import { mergeEntities, namedBy, replaceDocuments, tidy } from './facts.js';
import { type LoadResult, outcomesOf, resultOf, storedHashes } from './outcome.js';

/** Some groups of a batch loaded and some did not: the results of those that did, undefined for the rest. */
export class PartialLoadError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly results: (LoadResult | undefined)[],
  ) {
    super(messageOf(cause));
  }
}

const JOURNAL = 'LoadJournal';
/** A journal older than this belongs to a load that stopped: no batch's transactions run that long. */
const STALE_MINUTES = 15;

export async function loadSideBySide(
  driver: Driver,
  graphs: DocumentGraph[],
  hashes: Map<string, string>,
  opts: { database?: string; force?: boolean; parallel?: number },
): Promise<LoadResult[]> {
  const ids = graphs.map((g) => g.document.id);
  const first = await write(driver, opts.database, async (tx) => {
    const stored = await storedHashes(tx, ids);
    const outcomes = outcomesOf(graphs, stored, hashes, opts.force);
    const changed = graphs.filter((_, i) => outcomes[i] !== 'unchanged');
    if (!changed.length) return { stored, merged: [], journal: null };
    const merged = await mergeEntities(tx, changed);
    const res = await tx.run(
      `CREATE (j:${JOURNAL} {id: randomUUID(), ids: $ids, startedAt: datetime()}) RETURN j.id AS id`,
      { ids: merged },
    );
    return { stored, merged, journal: res.records[0]!.get('id') as string };
  });
  const outcomes = outcomesOf(graphs, first.stored, hashes, opts.force);
  const changed = graphs.filter((_, i) => outcomes[i] !== 'unchanged');
  if (!first.journal) return graphs.map((g, i) => resultOf(g, outcomes[i]!));

  const stored = new Set(first.stored.keys());
  const groups = balanced(changed, opts.parallel ?? 2);
  const settled = await Promise.allSettled(
    groups.map((group) => write(driver, opts.database, (tx) => replaceDocuments(tx, group, stored, hashes))),
  );
  const touched = new Set(first.merged);
  for (const s of settled) if (s.status === 'fulfilled') for (const id of s.value) touched.add(id);
  for (const id of namedBy(changed)) touched.add(id);
  await write(driver, opts.database, async (tx) => {
    await tidy(tx, [...touched]);
    await bumpGraphVersion(tx);
    await tx.run(`MATCH (j:${JOURNAL} {id: $id}) DELETE j`, { id: first.journal });
  });

  const failed = new Set(
    groups.flatMap((group, i) => (settled[i]!.status === 'rejected' ? group.map((g) => g.document.id) : [])),
  );
  const results = graphs.map((g, i) => (failed.has(g.document.id) ? undefined : resultOf(g, outcomes[i]!)));
  const rejected = settled.find((s) => s.status === 'rejected');
  if (rejected) throw new PartialLoadError(rejected.reason, results);
  return results as LoadResult[];
}

/** Tidies what loads that stopped between their first and last transaction merged. */
export async function recoverInterruptedLoads(driver: Driver, database?: string): Promise<void> {
  const res = await driver.executeQuery(
    `MATCH (j:${JOURNAL}) WHERE j.startedAt < datetime() - duration({minutes: $minutes}) RETURN j.id AS id`,
    { minutes: STALE_MINUTES },
    { database },
  );
  for (const r of res.records)
    await write(driver, database, async (tx) => {
      const j = await tx.run(`MATCH (j:${JOURNAL} {id: $id}) WITH j, j.ids AS ids DELETE j RETURN ids`, {
        id: r.get('id') as string,
      });
      const ids = j.records[0]?.get('ids') as string[] | undefined;
      if (!ids) return; // another load recovered it first
      await tidy(tx, ids);
      await bumpGraphVersion(tx);
    });
}

async function write<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>) {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Documents dealt into n groups of about equal text length (longest first, each to the lightest group). */
function balanced(graphs: DocumentGraph[], n: number): DocumentGraph[][] {
  const groups = Array.from({ length: Math.min(n, graphs.length) }, () => ({ size: 0, docs: [] as DocumentGraph[] }));
  for (const g of [...graphs].sort((a, b) => b.text.length - a.text.length)) {
    const lightest = groups.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.docs.push(g);
    lightest.size += g.text.length;
  }
  return groups.map((g) => g.docs);
}
