// People's Cypher at its limits beside the API's reads: /api/search latency alone, then while clients keep
// heavy Cypher queries running until their timeout. The Cypher pool is separate and capped per client, so
// the search figures should barely move.
import type { Server } from 'node:http';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { createCypherDriver, neo4jConfig } from '@claimgraph/schema';
import { createApp } from '../server/src/app.js';
import path from 'node:path';
import { ingestFiles } from '../ingest/src/pipeline/ingest.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { ROOT } from '../scripts/lib/neo4j-local.js';
import { table, type Section } from './report.js';

const HEAVY = 'UNWIND range(1, 50000000) AS i WITH i WHERE i % 3 = 0 RETURN count(i) AS n';

async function searchLatency(url: string, seconds: number) {
  const r = await autocannon({ url: `${url}/api/search?q=council`, connections: 10, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
}

export async function section(o: { driver: Driver; quick: boolean }): Promise<Section[]> {
  // Search needs something to find: the seeds, unless an earlier section left a graph.
  const docs = await o.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
  if (Number(docs.records[0]?.get('n') ?? 0) === 0)
    await ingestFiles(o.driver, listSources([path.join(ROOT, 'seeds')]));
  const cypherDriver = createCypherDriver(neo4jConfig());
  const app = createApp({ driver: o.driver, cypherDriver, database: 'neo4j' }, { env: {}, cypherTimeoutMs: 5_000 });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const seconds = o.quick ? 5 : 15;
  try {
    const alone = await searchLatency(url, seconds);
    // Eight loops of heavy queries from one client: two run, the rest are turned away at once.
    let running = true;
    const statuses = new Map<number, number>();
    const loop = async () => {
      while (running) {
        const res = await fetch(`${url}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: HEAVY }),
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 429) await new Promise((r) => setTimeout(r, 50));
      }
    };
    const loops = Array.from({ length: 8 }, loop);
    const busy = await searchLatency(url, seconds);
    running = false;
    await Promise.all(loops);
    const cypher = [...statuses].map(([s, n]) => `${n}× ${s}`).join(', ');
    return [
      {
        title: "People's Cypher at its limits beside /api/search",
        note:
          `/api/search?q=council at 10 connections for ${seconds} s, alone and while 8 loops send \`${HEAVY}\` ` +
          `(each runs to the 5 s Cypher timeout). Cypher answers meanwhile: ${cypher}.`,
        table: table(
          ['search', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx'],
          [
            ['alone', Math.round(alone.rps), alone.p50, alone.p99, alone.non2xx],
            ['with heavy Cypher', Math.round(busy.rps), busy.p50, busy.p99, busy.non2xx],
          ],
        ),
      },
    ];
  } finally {
    await new Promise<void>((r) =>
      server.close(() => {
        r();
      }),
    );
    await cypherDriver.close();
  }
}
