// Storage through the driver's routing scheme (what a cluster or Aura needs): with NEO4J_URI=neo4j://…
// the driver asks the server for a routing table, here a table of one. Ingest and reads must work unchanged.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jConfig } from '@claimgraph/schema';
import { ROOT, SEEDS, testDriver, wipe } from '../helpers/db.js';
import { graphCounts } from '../helpers/graph-snapshot.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let bolt: Driver;
let routed: Driver;
let routingUri: string;
let server: TestServer;

beforeAll(async () => {
  bolt = testDriver();
  await wipe(bolt);
  routingUri = process.env.NEO4J_URI!.replace(/^bolt:/, 'neo4j:');
  routed = createDriver(neo4jConfig({ ...process.env, NEO4J_URI: routingUri }));
  server = await startTestServer(routed);
});

afterAll(async () => {
  await server?.close();
  await routed?.close();
});

describe('NEO4J_URI with the neo4j:// routing scheme', () => {
  it('is a routing URI, and the server answers with a routing table', async () => {
    expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const res = await routed.executeQuery('CALL dbms.routing.getRoutingTable({}, "neo4j")');
    const roles = (res.records[0]!.get('servers') as { role: string }[]).map((s) => s.role).sort();
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('ingests the seeds end to end through the routing driver', () => {
    const env = { ...process.env, NEO4J_URI: routingUri };
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const r = spawnSync(tsx, ['ingest/src/cli/ingest.ts', SEEDS], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`5 of 5 document(s) loaded into ${routingUri}`);
  });

  it('reads back the same graph as a direct Bolt connection sees', async () => {
    const viaRouting = await graphCounts(routed);
    expect(viaRouting.labels.Document).toBe(5);
    expect(viaRouting).toEqual(await graphCounts(bolt));
  });

  it('serves the API from the routing driver', async () => {
    const res = await fetch(`${server.url}/api/search?q=zahawi`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { id: string }[] };
    expect(body.results.map((r) => r.id)).toContain('person:nadhim-zahawi');
  });
});
