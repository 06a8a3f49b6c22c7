// Neo4j load throughput: documents pre-extracted from the corpus, then timed while the loader writes them.
import type { Driver } from 'neo4j-driver';
import { wipeDatabase } from '../ingest/src/load/schema.js';
import { parseSourceText } from '../ingest/src/parse/index.js';
import { extract } from '../ingest/src/extract/index.js';
import { resolveDocument } from '../ingest/src/resolve/index.js';
import { loadDocuments } from '../ingest/src/load/writer.js';
import type { DocumentGraph } from '../ingest/src/pipeline/types.js';
import { streamCorpus } from './corpus.js';

export interface LoadRow {
  docs: number;
  batch: number;
  /** Transactions writing each batch side by side. */
  parallel: number;
  relationships: number;
  nodes: number;
  seconds: number;
  relsPerSec: number;
  /** CPU seconds the Neo4j server used meanwhile, when it is a local process this bench can see. */
  neo4jCpuSeconds?: number;
}

async function counts(driver: Driver) {
  const r = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
  );
  return { nodes: Number(r.records[0]!.get('nodes')), rels: Number(r.records[0]!.get('rels')) };
}

export async function benchLoad(
  driver: Driver,
  corpus: string,
  opts: { docs: number; batch: number; parallel?: number; neo4jCpu?: () => number },
): Promise<LoadRow> {
  await wipeDatabase(driver);
  const graphs: DocumentGraph[] = [];
  for await (const d of streamCorpus(corpus, opts.docs)) {
    const parsed = parseSourceText(`${d.id}.txt`, d.text);
    graphs.push(resolveDocument(parsed, extract(parsed)));
  }
  // Warm-up: Neo4j plans and compiles the loader's queries on first use; that is not load throughput.
  await loadDocuments(driver, graphs.slice(0, Math.min(20, graphs.length)));
  await wipeDatabase(driver);
  const before = await counts(driver);
  const cpu0 = opts.neo4jCpu?.();
  const t0 = process.hrtime.bigint();
  const parallel = opts.parallel ?? 1;
  for (let i = 0; i < graphs.length; i += opts.batch)
    await loadDocuments(driver, graphs.slice(i, i + opts.batch), { parallel });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const neo4jCpuSeconds = cpu0 === undefined ? undefined : opts.neo4jCpu!() - cpu0;
  const after = await counts(driver);
  const relationships = after.rels - before.rels;
  return {
    docs: graphs.length,
    batch: opts.batch,
    parallel,
    relationships,
    nodes: after.nodes - before.nodes,
    seconds,
    relsPerSec: relationships / seconds,
    neo4jCpuSeconds,
  };
}
