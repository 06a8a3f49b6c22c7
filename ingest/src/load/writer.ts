// load: writes one document's graph into Neo4j in a single transaction, replacing that document's
// previous facts and nobody else's. Writes are batched with UNWIND; labels and relationship types are
// validated against the schema before they are used as dynamic labels.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES } from '@claimgraph/schema';
import type { DocumentGraph } from '../pipeline/types.js';
import { ensureSchema } from './schema.js';
import { bumpGraphVersion } from './graph-version.js';
import { mergeEntities, namedBy, removeFacts, replaceDocuments, tidy } from './facts.js';
import { type LoadResult, outcomesOf, resultOf, storedHashes } from './outcome.js';
import { loadSideBySide, recoverInterruptedLoads } from './parallel.js';

export type { LoadOutcome, LoadResult } from './outcome.js';

/** Content hash of the facts to be stored: identical output means nothing to write. */
export function graphHash(g: DocumentGraph): string {
  return createHash('sha256').update(JSON.stringify(g)).digest('hex');
}

const entityTypes = new Set<string>(ENTITY_TYPES);
const predicates = new Set<string>(PREDICATES);

function validate(g: DocumentGraph): void {
  for (const e of g.entities)
    if (!entityTypes.has(e.type)) throw new Error(`Unknown entity type "${e.type}" for ${e.id}`);
  for (const r of g.relations) if (!predicates.has(r.predicate)) throw new Error(`Unknown predicate "${r.predicate}"`);
  const len = g.text.length;
  const inText = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= len && s <= e;
  for (const e of g.entities)
    for (const m of e.mentions) {
      if (!inText(m.start, m.end) || g.text.slice(m.start, m.end) !== m.text)
        throw new Error(`Mention of ${e.id} at ${m.start}-${m.end} does not match the text`);
    }
  for (const r of g.relations)
    for (const ev of r.evidence) {
      if (!inText(ev.start, ev.end) || g.text.slice(ev.start, ev.end) !== ev.quote)
        throw new Error(`Evidence of ${r.subject} ${r.predicate} ${r.object} does not match the text`);
    }
  for (const c of g.claims) {
    if (
      !inText(c.evidence.start, c.evidence.end) ||
      g.text.slice(c.evidence.start, c.evidence.end) !== c.evidence.quote
    )
      throw new Error(`Evidence of claim ${c.id} does not match the text`);
  }
}

export async function loadDocument(driver: Driver, g: DocumentGraph, opts: LoadOptions = {}): Promise<LoadResult> {
  return (await loadDocuments(driver, [g], opts))[0]!;
}

export interface LoadOptions {
  database?: string;
  force?: boolean;
  /**
   * Transactions that write a batch's documents side by side (default 1: the whole batch in one transaction,
   * all or nothing). With more, each group of documents is all or nothing (parallel.ts).
   */
  parallel?: number;
}

/**
 * Loads several documents. Each document's previous facts are replaced; documents whose facts are unchanged
 * are skipped. By default in one transaction (all or nothing).
 */
export async function loadDocuments(
  driver: Driver,
  graphs: DocumentGraph[],
  opts: LoadOptions = {},
): Promise<LoadResult[]> {
  const ids = graphs.map((g) => g.document.id);
  if (new Set(ids).size !== ids.length) throw new Error('The same document appears twice in one load.');
  for (const g of graphs) validate(g);
  await ensureSchema(driver, opts.database);
  await recoverInterruptedLoads(driver, opts.database);
  const hashes = new Map(graphs.map((g) => [g.document.id, graphHash(g)]));
  if ((opts.parallel ?? 1) > 1 && graphs.length > 1) return loadSideBySide(driver, graphs, hashes, opts);
  const session = driver.session({ database: opts.database });
  try {
    const outcomes = await session.executeWrite(async (tx) => {
      const stored = await storedHashes(tx, ids);
      const result = outcomesOf(graphs, stored, hashes, opts.force);
      const changed = graphs.filter((_, i) => result[i] !== 'unchanged');
      if (changed.length === 0) return result;
      await mergeEntities(tx, changed);
      const touched = await replaceDocuments(tx, changed, new Set(stored.keys()), hashes);
      await tidy(tx, [...new Set([...touched, ...namedBy(changed)])]);
      await bumpGraphVersion(tx);
      return result;
    });
    return graphs.map((g, i) => resultOf(g, outcomes[i]!));
  } finally {
    await session.close();
  }
}

/** Removes a document and all its facts; entities no longer mentioned anywhere go too. */
export async function removeDocument(
  driver: Driver,
  docId: string,
  opts: { database?: string } = {},
): Promise<boolean> {
  const session = driver.session({ database: opts.database });
  try {
    return await session.executeWrite(async (tx) => {
      const exists = await tx.run('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: docId });
      if (Number(exists.records[0]?.get('n')) === 0) return false;
      const touched = await removeFacts(tx, docId);
      await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: docId });
      await tidy(tx, touched);
      await bumpGraphVersion(tx);
      return true;
    });
  } finally {
    await session.close();
  }
}
