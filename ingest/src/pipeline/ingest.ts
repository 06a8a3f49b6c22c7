// Streams documents from their sources through extraction into Neo4j, many documents per transaction.
// Extraction of the next documents runs while a batch loads (with a worker pool); memory holds a bounded
// window of documents, however large the corpus. A document that fails is reported and leaves nothing
// behind; the others still load.
import { isDbUnavailable, messageOf } from '@claimgraph/schema';
import type { Driver } from 'neo4j-driver';
import { availableParallelism } from 'node:os';
import { loadDocuments, type LoadResult } from '../load/writer.js';
import { PartialLoadError } from '../load/parallel.js';
import { createExtractor, type Extractor } from '../extractor.js';
import { listInputs, readInputs, type SourceItem } from '../sources/index.js';
import type { DocumentGraph } from './types.js';

export interface FileOutcome {
  /** The file, or `file:line` for a JSON Lines record. */
  file: string;
  result?: LoadResult;
  error?: string;
}

export interface IngestStats {
  /** Documents finished (loaded or failed). */
  done: number;
  /** Input bytes behind the finished documents. */
  bytes: number;
}

export interface IngestOptions {
  database?: string;
  force?: boolean;
  /** The extractor to use; the rules engine when not given. */
  extractor?: Extractor;
  /** Documents per batch (default 200). */
  batchSize?: number;
  /** Transactions writing a batch side by side (default: the machine's cores, at most 4; 1 for one transaction). */
  parallel?: number;
  /** Documents extracted ahead of loading (default: twice the batch). */
  window?: number;
  onFile?: (outcome: FileOutcome, stats: IngestStats) => void;
}

/** Files and folders (recursively; `-` is standard input) read, extracted and loaded. */
export async function ingestFiles(driver: Driver, files: string[], opts: IngestOptions = {}): Promise<FileOutcome[]> {
  return ingestDocuments(driver, readInputs(listInputs(files).inputs), opts);
}

interface Pending {
  item: SourceItem;
  graph: Promise<DocumentGraph | Error> | undefined;
}

export async function ingestDocuments(
  driver: Driver,
  items: AsyncIterable<SourceItem>,
  opts: IngestOptions = {},
): Promise<FileOutcome[]> {
  const batchSize = opts.batchSize ?? 200;
  const window = opts.window ?? batchSize * 2;
  const extractor = opts.extractor ?? (await createExtractor());
  const outcomes: FileOutcome[] = [];
  const stats: IngestStats = { done: 0, bytes: 0 };
  let batch: { item: SourceItem; graph: DocumentGraph }[] = [];

  const report = (item: SourceItem, outcome: FileOutcome) => {
    outcomes.push(outcome);
    stats.done++;
    stats.bytes += item.bytes;
    opts.onFile?.(outcome, stats);
  };
  // Batches start at one document and double up to the full size: the first documents reach the graph
  // (and a database that cannot take them is found) without waiting for a whole batch to be extracted.
  let ramp = 1;
  const flush = async () => {
    ramp = Math.min(ramp * 2, batchSize);
    const current = batch;
    batch = [];
    for (const [i, r] of (
      await loadBatch(
        driver,
        current.map((b) => b.graph),
        opts,
      )
    ).entries())
      report(current[i]!.item, { file: current[i]!.item.origin, ...r });
  };
  const settle = async ({ item, graph }: Pending) => {
    const g = graph ? await graph : new Error(item.error ?? 'nothing to read');
    if (g instanceof Error) {
      report(item, { file: item.origin, error: g.message });
      return;
    }
    // One transaction holds a document once: a repeated id waits for the next batch, as a re-ingest would.
    if (batch.some((b) => b.graph.document.id === g.document.id)) await flush();
    batch.push({ item, graph: g });
    if (batch.length >= Math.min(batchSize, ramp)) await flush();
  };

  const pending: Pending[] = [];
  for await (const item of items) {
    const graph = item.input
      ? extractor.process(item.input).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      : undefined;
    pending.push({ item, graph });
    if (pending.length >= window) await settle(pending.shift()!);
  }
  for (const p of pending) await settle(p);
  await flush();
  return outcomes;
}

/**
 * Loads a batch; if it fails for a reason other than the database being gone, each document that did not load
 * is tried alone, so one bad document costs only itself.
 */
async function loadBatch(
  driver: Driver,
  graphs: DocumentGraph[],
  opts: IngestOptions,
): Promise<{ result?: LoadResult; error?: string }[]> {
  if (graphs.length === 0) return [];
  const parallel = opts.parallel ?? Math.min(4, availableParallelism());
  const load = (gs: DocumentGraph[]) =>
    loadDocuments(driver, gs, { database: opts.database, force: opts.force, parallel });
  let loaded: (LoadResult | undefined)[] = [];
  try {
    return (await load(graphs)).map((result) => ({ result }));
  } catch (e) {
    const cause = e instanceof PartialLoadError ? e.cause : e;
    if (isDbUnavailable(cause)) throw new DatabaseUnavailableError(messageOf(cause));
    if (graphs.length === 1) return [{ error: messageOf(e) }];
    if (e instanceof PartialLoadError) loaded = e.results;
  }
  const out: { result?: LoadResult; error?: string }[] = [];
  for (const [i, g] of graphs.entries()) {
    const result = loaded[i];
    out.push(...(result ? [{ result }] : await loadBatch(driver, [g], opts)));
  }
  return out;
}

export class DatabaseUnavailableError extends Error {}
