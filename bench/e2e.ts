// End to end on a corpus in one run: extraction alone (the rules engine, one thread, no database), then
// the whole ingest (sources → worker pool → batched loads) into an empty database. Target: ingest ≤ 3×
// extraction alone.
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { wipeDatabase, resetSchemaCache } from '../ingest/src/load/schema.js';
import { processRules } from '../ingest/src/extractor.js';
import { ingestDocuments } from '../ingest/src/pipeline/ingest.js';
import { createExtractorPool } from '../ingest/src/pipeline/pool.js';
import { listInputs, readInputs } from '../ingest/src/sources/index.js';

export interface E2eResult {
  docs: number;
  mb: number;
  extractSeconds: number;
  ingestSeconds: number;
  relationships: number;
  failed: number;
  threads: number;
  batch: number;
}

async function relationshipCount(driver: Driver): Promise<number> {
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  return Number(r.records[0]!.get('n'));
}

export async function benchEndToEnd(
  driver: Driver,
  corpus: string,
  opts: { threads?: number; batch?: number } = {},
): Promise<E2eResult> {
  const listing = listInputs([corpus]);
  const threads = opts.threads ?? Math.max(1, os.availableParallelism() - 1);
  const batch = opts.batch ?? 200;

  let docs = 0;
  let t0 = performance.now();
  for await (const item of readInputs(listing.inputs)) {
    if (!item.input) continue;
    processRules(item.input);
    docs++;
  }
  const extractSeconds = (performance.now() - t0) / 1000;

  await wipeDatabase(driver);
  resetSchemaCache();
  const pool = await createExtractorPool({ threads });
  t0 = performance.now();
  const outcomes = await ingestDocuments(driver, readInputs(listing.inputs), { extractor: pool, batchSize: batch });
  const ingestSeconds = (performance.now() - t0) / 1000;
  await pool.close();
  return {
    docs,
    mb: listing.inputs.reduce((n, i) => n + i.bytes, 0) / 2 ** 20,
    extractSeconds,
    ingestSeconds,
    relationships: await relationshipCount(driver),
    failed: outcomes.filter((o) => o.error).length,
    threads,
    batch,
  };
}
