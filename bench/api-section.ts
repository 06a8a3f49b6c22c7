// API latency under load (autocannon, 50 connections, loopback) on the seeds graph and on a large graph
// ingested from the corpus. The per-endpoint runner is bench/api.ts.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { wipeDatabase } from '../ingest/src/load/schema.js';
import { ROOT } from '../scripts/lib/neo4j-local.js';
import { ingestFiles } from '../ingest/src/pipeline/ingest.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { parseSourceText } from '../ingest/src/parse/index.js';
import { extract } from '../ingest/src/extract/index.js';
import { resolveDocument } from '../ingest/src/resolve/index.js';
import { loadDocuments } from '../ingest/src/load/writer.js';
import type { DocumentGraph } from '../ingest/src/pipeline/types.js';
import { benchApi } from './api.js';
import { streamCorpus } from './corpus.js';
import { spawnServer } from './server-process.js';
import { table, type Section } from './report.js';

async function loadCorpus(driver: Driver, corpus: string, limit: number): Promise<number> {
  let batch: DocumentGraph[] = [];
  let n = 0;
  for await (const d of streamCorpus(corpus, limit)) {
    const parsed = parseSourceText(`${d.id}.txt`, d.text);
    batch.push(resolveDocument(parsed, extract(parsed)));
    if (batch.length === 25) {
      await loadDocuments(driver, batch);
      n += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    await loadDocuments(driver, batch);
    n += batch.length;
  }
  return n;
}

export async function section(opts: { driver: Driver; corpus: string; quick: boolean }): Promise<Section[]> {
  const { driver } = opts;
  const graphs: { name: string; prepare: () => Promise<void> }[] = [
    {
      name: 'seeds',
      prepare: async () => {
        await ingestFiles(driver, listSources([path.join(ROOT, 'seeds')]), { force: true });
      },
    },
    {
      name: 'seeds + corpus',
      prepare: async () => {
        await loadCorpus(driver, opts.corpus, opts.quick ? 200 : 1500);
      },
    },
  ];
  await wipeDatabase(driver);
  const rows: (string | number)[][] = [];
  for (const g of graphs) {
    await g.prepare();
    const size = (await driver.executeQuery('MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r'))
      .records[0]!;
    const server = await spawnServer({ ...process.env }, 3108);
    try {
      for (const r of await benchApi({ url: server.url, durationSec: opts.quick ? 5 : 15, connections: 50 })) {
        rows.push([
          `${g.name} (${size.get('n')} nodes, ${size.get('r')} rels)`,
          r.endpoint,
          Math.round(r.rps),
          r.p50,
          r.p95,
          r.p99,
          r.non2xx,
        ]);
      }
    } finally {
      await server.stop();
    }
  }
  return [
    {
      title: 'HTTP API under load',
      note:
        'autocannon on loopback, 50 connections, per endpoint, against a separate server process. Target: p95 ' +
        '< 20 ms for search, entity and neighbours on the seeds graph.',
      table: table(['graph', 'endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx'], rows),
    },
  ];
}
