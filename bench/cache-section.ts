// The API's read cache on a big graph: the seeds plus the corpus (or its first --cache-docs documents), then
// at 50 connections (1) repeated reads of search, entity, neighbours and path, answered from the cache;
// (2) cold reads, every request a distinct key so each is a miss that runs its queries; (3) the same Cypher
// with the same parameters sent straight to Neo4j's HTTP endpoint (/db/neo4j/tx/commit), all in one run.
import os from 'node:os';
import path from 'node:path';
import { get as httpGet, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '@claimgraph/schema';
import { createApp } from '../server/src/app.js';
import { resetSchemaCache, wipeDatabase } from '../ingest/src/load/schema.js';
import { ingestDocuments, ingestFiles } from '../ingest/src/pipeline/ingest.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { createExtractorPool } from '../ingest/src/pipeline/pool.js';
import { listInputs, readInputs, type SourceItem } from '../ingest/src/sources/index.js';
import { ROOT } from '../scripts/lib/neo4j-local.js';
import { runRequests, targets, type Row, type Targets } from './api.js';
import { spawnServer } from './server-process.js';
import { apiWorkers } from '../server/src/workers.js';
import { table, type Section } from './report.js';
import { processCpuSeconds } from './process-cpu.js';
import { allCpus, pin } from './cpu-affinity.js';
import { recording, type Statement } from './recording-driver.js';

const CONNECTIONS = 50;
/** As browsers ask: a kept answer may then be sent compressed. Neo4j's endpoint is asked the same way. */
const ACCEPT = { 'accept-encoding': 'gzip' };
const ENDPOINTS = ['search', 'entity', 'neighbours', 'path'] as const;

async function* take(items: AsyncIterable<SourceItem>, n: number): AsyncIterable<SourceItem> {
  if (n <= 0) return;
  let i = 0;
  for await (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}

async function loadGraph(driver: Driver, corpus: string, docs: number): Promise<number> {
  await wipeDatabase(driver);
  resetSchemaCache();
  await ingestFiles(driver, listSources([path.join(ROOT, 'seeds')]));
  const pool = await createExtractorPool({ threads: Math.max(1, os.availableParallelism() - 1) });
  try {
    const items = readInputs(listInputs([corpus]).inputs);
    const out = await ingestDocuments(driver, take(items, docs), { extractor: pool, batchSize: 200 });
    return out.filter((o) => !o.error).length;
  } finally {
    await pool.close();
  }
}

/** One read on a connection of its own (the cluster deals connections to its workers in turn): its headers. */
function freshRead(url: string): Promise<{ status: number; cache: string; worker: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { agent: false, headers: ACCEPT }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          cache: String(res.headers['x-cache']),
          worker: String(res.headers['x-worker'] ?? 'single'),
        });
      });
    }).on('error', reject);
  });
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Reads every path until each worker has it in its cache (each keeps its own), several paths at a time, so the
 * repeated rows measure answers from memory and not the first misses of a worker. False if a path answering
 * 200 was never answered from a cache.
 */
async function warmEveryWorker(url: string, paths: string[], workers: number): Promise<boolean> {
  const queue = [...paths];
  let all = true;
  const warmOne = async (p: string) => {
    const hitBy = new Set<string>();
    // The primary deals connections to workers free to take them, mostly but not strictly in turn.
    for (let i = 0; i < 10 * workers + 2 && hitBy.size < workers; i++) {
      const r = await freshRead(url + p);
      if (r.status !== 200) return; // not an answer any cache keeps
      if (r.cache === 'hit') hitBy.add(r.worker);
    }
    if (hitBy.size < workers) console.log(`cache: ${p} not yet cached on every worker (${[...hitBy].join(', ')})`);
    if (!hitBy.size) all = false;
  };
  // Readers in lockstep take the workers in turn: with a count of readers sharing no factor with the workers,
  // each reader meets every worker instead of always the same one.
  let readers = 7;
  while (gcd(readers, workers) !== 1) readers++;
  await Promise.all(
    Array.from({ length: readers }, async () => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) await warmOne(p);
    }),
  );
  return all;
}

/** Each target URL's statements, as the server runs them (cache off), in the order it runs them. */
async function cypherOf(driver: Driver, t: Targets): Promise<Record<(typeof ENDPOINTS)[number], Statement[][]>> {
  const log: Statement[] = [];
  const app = createApp(
    { driver: recording(driver, log), database: neo4jConfig().database },
    { env: {}, cacheMaxEntries: 0 },
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const out = {} as Record<(typeof ENDPOINTS)[number], Statement[][]>;
  try {
    for (const e of ENDPOINTS) {
      out[e] = [];
      for (const p of t[e]) {
        log.length = 0;
        const res = await fetch(url + p);
        await res.arrayBuffer();
        if (res.ok) out[e].push([...log]);
      }
    }
  } finally {
    await new Promise<void>((r) =>
      server.close(() => {
        r();
      }),
    );
  }
  return out;
}

export async function section(opts: {
  driver: Driver;
  corpus: string;
  quick: boolean;
  argv: string[];
  /** The local Neo4j process, when the bench started it: its CPU time per request is reported. */
  neo4jPid?: number | null;
}): Promise<Section[]> {
  const { driver } = opts;
  const at = opts.argv.indexOf('--cache-docs');
  const docs = at >= 0 ? Number(opts.argv[at + 1]) : opts.quick ? 300 : Infinity;
  const seconds = opts.quick ? 5 : 10;
  console.log(`cache: loading the seeds and ${Number.isFinite(docs) ? docs : 'all'} corpus documents…`);
  const loaded = await loadGraph(driver, opts.corpus, docs);
  const size = (await driver.executeQuery('MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r'))
    .records[0]!;
  const cfg = neo4jConfig();
  const httpPort = process.env.CLAIMGRAPH_BENCH_HTTP_PORT ?? '7476';
  const neo4jHttp = `http://127.0.0.1:${httpPort}`;
  const basic = `Basic ${Buffer.from(`${cfg.user}:${cfg.password}`).toString('base64')}`;
  const port = Number(process.env.CLAIMGRAPH_BENCH_SERVER_PORT ?? 3109);
  // --cache-pin: Neo4j on CPU 0 alone; this process, the load generator and the server it starts (which inherits
  // the setting and so counts one CPU) on the others.
  const pinned = opts.argv.includes('--cache-pin');
  const unpin = () => {
    if (!pinned) return;
    pin(opts.neo4jPid!, allCpus());
    pin(process.pid, allCpus());
  };
  if (pinned) {
    if (!opts.neo4jPid || os.cpus().length < 2)
      throw new Error('--cache-pin needs the bench to start its own local Neo4j, on a machine of 2 CPUs or more.');
    pin(opts.neo4jPid, '0');
    pin(process.pid, `1-${os.cpus().length - 1}`);
  }
  // As production runs it: API_WORKERS processes, one per CPU unless set.
  const workers = apiWorkers(process.env);
  const server = await spawnServer({ ...process.env }, port).catch((e: unknown) => {
    unpin();
    throw e;
  });
  const rows: (string | number)[][] = [];
  const neo4jCpu = processCpuSeconds(opts.neo4jPid);
  const serverCpu = processCpuSeconds(server.child.pid);
  // Both paths share one machine: CPU milliseconds per answer say what each costs, whatever else ran meanwhile.
  const row = async (e: string, how: string, measure: () => Promise<Omit<Row, 'endpoint'>>) => {
    const n0 = neo4jCpu?.();
    const s0 = serverCpu?.();
    const r = await measure();
    const perRequest = (read: (() => number) | undefined, start: number | undefined) =>
      read && start !== undefined && r.requests ? (((read() - start) * 1000) / r.requests).toFixed(2) : '';
    rows.push([
      e,
      how,
      Math.round(r.rps),
      r.p50,
      r.p95,
      r.p99,
      r.non2xx + r.errors,
      perRequest(neo4jCpu, n0),
      perRequest(serverCpu, s0),
    ]);
  };
  try {
    const t = await targets(server.url);
    const cypher = await cypherOf(driver, t);
    for (const e of ENDPOINTS) {
      const paths = t[e];
      if (!(await warmEveryWorker(server.url, paths, workers)))
        throw new Error(`${e}: a repeated read was not answered from cache`);
      // Cold first, one request per key: the keys differ by a parameter the endpoint ignores.
      const cold = (i: number) => {
        const p = paths[i % paths.length]!;
        return { path: `${p}${p.includes('?') ? '&' : '?'}cold=${i}`, headers: ACCEPT };
      };
      await runRequests(server.url, cold, 1, 10);
      await row(e, 'cold: API, every read a cache miss', () =>
        runRequests(server.url, (i) => cold(i + 1e6), seconds, CONNECTIONS),
      );
      const statements = cypher[e];
      const direct = (i: number) => ({
        path: `/db/${cfg.database}/tx/commit`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', authorization: basic, ...ACCEPT },
        body: JSON.stringify({
          statements: statements[i % statements.length]!.map(({ statement, parameters }) => ({
            statement,
            parameters,
          })),
        }),
      });
      await runRequests(neo4jHttp, direct, 1, 10);
      await row(e, "the same Cypher on Neo4j's HTTP endpoint", () =>
        runRequests(neo4jHttp, direct, seconds, CONNECTIONS),
      );
      const repeated = (i: number) => ({ path: paths[i % paths.length]!, headers: ACCEPT });
      // The cold rows above filled the caches with other keys: the targets are read into every worker's again.
      await warmEveryWorker(server.url, paths, workers);
      await row(e, 'repeated: API, answered from the cache', () =>
        runRequests(server.url, repeated, seconds, CONNECTIONS),
      );
    }
  } finally {
    await server.stop();
    unpin();
  }
  const corpusNote = Number.isFinite(docs) ? `its first ${docs} documents` : 'all of it';
  return [
    {
      title: pinned ? 'API read cache on a big graph, Neo4j on a CPU of its own' : 'API read cache on a big graph',
      note:
        `Seeds + corpus (${corpusNote}: ${loaded} documents loaded; ${size.get('n')} nodes, ${size.get('r')} ` +
        `relationships). autocannon on loopback, ${CONNECTIONS} connections, ${seconds} s per row, every request ` +
        `with Accept-Encoding: gzip as browsers send it, Neo4j and the ` +
        `server (${workers} worker process${workers === 1 ? '' : 'es'}, API_WORKERS) on the same machine` +
        (pinned
          ? ` (--cache-pin: Neo4j alone on CPU 0; the server and the load generator on the other ` +
            `${os.cpus().length - 1}), `
          : ', ') +
        `rotating over targets taken from the graph. Cold: each request carries a ` +
        `distinct ignored parameter, so every one is a cache miss and runs its queries. Neo4j HTTP: the ` +
        `statements the endpoint ran for the same target, same parameters, in one /db/neo4j/tx/commit ` +
        `transaction. CPU ms per request: user + system time of the Neo4j process and of the API server's ` +
        `processes (primary and workers) during the row, divided by its requests (from /proc). ` +
        `Targets: repeated reads p99 < 25 ms; cold reads no slower than the same Cypher on Neo4j.`,
      table: table(
        [
          'endpoint',
          'reads',
          'req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'non-2xx/errors',
          'Neo4j CPU ms/req',
          'API server CPU ms/req',
        ],
        rows,
      ),
    },
  ];
}
