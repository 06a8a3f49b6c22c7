// API latency under load: autocannon on loopback against search, entity, neighbours and path, each for
// durationSec with `connections` concurrent connections, rotating over targets taken from the graph
// itself. Percentiles are computed from every response time (autocannon's own summary has no p95).
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { NEIGHBOUR_EVIDENCE, neighboursPath } from '../client/src/api/client.js';

// autocannon (9.0) appends every chunk of every answer to a string, decoding gzip bytes as UTF-8, for body checks
// this bench never asks for (expectBody, verifyBody, onResponse). At thousands of neighbour answers a second it was
// most of the generator's CPU, and its own queue became the latency it reported. Answers are still read
// to their end, counted and timed; their bodies are just not kept.
(
  createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody: () => void } }
).prototype.addBody = () => {};

export interface Row {
  endpoint: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface Targets {
  search: string[];
  entity: string[];
  neighbours: string[];
  path: string[];
}

async function getJson(url: string): Promise<any> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

/** Targets from the overview: its best-connected entities, name prefixes, and pairs joined by an edge's neighbour. */
export async function targets(url: string): Promise<Targets> {
  const g = await getJson(`${url}/api/graph?limit=60`);
  const nodes: { id: string; label: string }[] = g.nodes;
  if (nodes.length < 2)
    throw new Error('The graph holds fewer than two entities; load documents before benchmarking the API.');
  const e = (id: string) => encodeURIComponent(id);
  const search = nodes
    .flatMap((n) => {
      const words = n.label.split(/\s+/);
      return [n.label.slice(0, Math.max(3, Math.ceil(n.label.length / 2))), words.at(-1)!];
    })
    .filter((q) => q.trim().length >= 2);
  // Path pairs two hops apart where the overview shows them, else neighbouring entries of the list.
  const adj = new Map<string, string[]>();
  for (const x of g.edges as { source: string; target: string }[]) {
    adj.set(x.source, [...(adj.get(x.source) ?? []), x.target]);
    adj.set(x.target, [...(adj.get(x.target) ?? []), x.source]);
  }
  const pairs: [string, string][] = [];
  for (const [a, ns] of adj)
    for (const b of ns) for (const c of adj.get(b) ?? []) if (c !== a && pairs.length < 40) pairs.push([a, c]);
  for (let i = 0; pairs.length < 10 && i + 1 < nodes.length; i++) pairs.push([nodes[i]!.id, nodes[i + 1]!.id]);
  return {
    search: search.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
    entity: nodes.map((n) => `/api/entities/${e(n.id)}`),
    neighbours: nodes.map((n) => neighboursPath(n.id)),
    path: pairs.map(([a, b]) => `/api/path?from=${e(a)}&to=${e(b)}&maxHops=4&evidence=${NEIGHBOUR_EVIDENCE}`),
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One request of a run: a GET of a path unless told otherwise. */
export interface Req {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export function run(
  url: string,
  paths: string[],
  durationSec: number,
  connections: number,
): Promise<Omit<Row, 'endpoint'>> {
  return runRequests(url, (i) => ({ path: paths[i % paths.length]! }), durationSec, connections);
}

/** The i-th request comes from `next(i)`, so a run can rotate over targets or make every request unique. */
export async function runRequests(
  url: string,
  next: (i: number) => Req,
  durationSec: number,
  connections: number,
): Promise<Omit<Row, 'endpoint'>> {
  let i = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSec,
        requests: [{ method: 'GET', setupRequest: (req: any) => ({ ...req, ...next(i++) }) }],
      },
      (err, res) => {
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve(res);
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export async function benchApi(opts: { url: string; durationSec: number; connections: number }): Promise<Row[]> {
  const t = await targets(opts.url);
  const rows: Row[] = [];
  for (const endpoint of ['search', 'entity', 'neighbours', 'path'] as const) {
    // A short warm-up so plans are cached and the JIT has run before measuring.
    await run(opts.url, t[endpoint], 1, Math.min(10, opts.connections));
    rows.push({ endpoint, ...(await run(opts.url, t[endpoint], opts.durationSec, opts.connections)) });
  }
  return rows;
}

// Standalone: npx tsx bench/api.ts <url> [seconds] [connections]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [url = 'http://127.0.0.1:3000', sec = '10', conns = '50'] = process.argv.slice(2);
  const rows = await benchApi({ url, durationSec: Number(sec), connections: Number(conns) });
  console.table(rows);
}
