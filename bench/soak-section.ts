// Soak: 2 minutes at 100 concurrent connections on loopback, mixing the main endpoints over the seeds graph.
// Bounded in time and count; reports 5xx, latency percentiles and the server's memory before and after.
import autocannon from 'autocannon';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { wipeDatabase } from '../ingest/src/load/schema.js';
import { ROOT } from '../scripts/lib/neo4j-local.js';
import { ingestFiles } from '../ingest/src/pipeline/ingest.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { spawnServer } from './server-process.js';
import { table, type Section } from './report.js';
import { neighboursPath } from '../client/src/api/client.js';

export async function section(opts: { driver: Driver; quick: boolean }): Promise<Section[]> {
  const { driver } = opts;
  await wipeDatabase(driver);
  await ingestFiles(driver, listSources([path.join(ROOT, 'seeds')]), { force: true });
  const ids = (
    await driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC LIMIT 20')
  ).records.map((r) => r.get('id') as string);
  const names = (await driver.executeQuery('MATCH (e:Entity) RETURN e.name AS n LIMIT 20')).records.map((r) =>
    String(r.get('n')).slice(0, 4),
  );
  const docs = (await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id')).records.map(
    (r) => r.get('id') as string,
  );
  const enc = encodeURIComponent;
  const paths = [
    ...names.map((n) => `/api/search?q=${enc(n)}`),
    ...ids.map((id) => `/api/entities/${enc(id)}`),
    ...ids.map((id) => neighboursPath(id)),
    ...ids.map((id) => `/api/entities/${enc(id)}/claims`),
    '/api/graph',
    '/api/stats',
    '/api/claims?limit=20',
    '/api/documents',
    ...docs.map((d) => `/api/documents/${enc(d)}`),
    ...(ids.length > 1 ? [`/api/path?from=${enc(ids[0]!)}&to=${enc(ids[ids.length - 1]!)}`] : []),
  ];
  const server = await spawnServer({ ...process.env }, 3107);
  try {
    // Warm up, then measure memory before the soak.
    await autocannon({
      url: server.url,
      connections: 10,
      duration: 5,
      requests: paths.map((p) => ({ method: 'GET', path: p })),
    });
    const rssBefore = server.rssMb();
    const duration = opts.quick ? 20 : 120;
    let i = 0;
    const result = await autocannon({
      url: server.url,
      connections: 100,
      duration,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
    });
    const rssAfter = server.rssMb();
    const s5xx = result['5xx'];
    return [
      {
        title: 'Soak (mixed endpoints, loopback)',
        note:
          `${duration} s at 100 concurrent connections over ${paths.length} URLs of search, entity, neighbours, ` +
          `claims, path, graph, stats and documents on the seeds graph. Target: zero 5xx; memory steady.`,
        table: table(
          ['requests', 'req/s', 'non-2xx', '5xx', 'errors', 'p50 ms', 'p99 ms', 'server RSS before → after MB'],
          [
            [
              result.requests.total,
              Math.round(result.requests.average),
              result.non2xx,
              s5xx,
              result.errors,
              result.latency.p50,
              result.latency.p99,
              `${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)}`,
            ],
          ],
        ),
      },
    ];
  } finally {
    await server.stop();
  }
}
