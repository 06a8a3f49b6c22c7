// Faults: Neo4j stopped in the middle of an ingest, and the server while Neo4j is down. Uses a Neo4j of
// its own (.neo4j/faults) so stopping it disturbs no other test.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ACQUISITION_TIMEOUT_MS, createDriver, neo4jConfig } from '@claimgraph/schema';
import { localProfile, start, stop } from '../../scripts/lib/neo4j-local.js';
import { processSource } from '../../ingest/src/pipeline/index.js';
import { readSource } from '../../ingest/src/parse/index.js';
import { createApp } from '../../server/src/app.js';
import { ROOT, SEEDS } from '../helpers/db.js';

/** A port free on this machine now, held until the next one is taken so the two differ. */
async function freePorts(n: number): Promise<string[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const s = net.createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => {
            resolve(s);
          });
        }),
    ),
  );
  const ports = servers.map((s) => String((s.address() as net.AddressInfo).port));
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

// Ports of its own, free ones unless given, so checkouts running their tests side by side never share (and
// stop) one Neo4j.
const [freeBolt, freeHttp] = await freePorts(2);
const boltPort = process.env.CLAIMGRAPH_FAULTS_BOLT_PORT ?? freeBolt!;
const env = {
  ...process.env,
  CLAIMGRAPH_DB_DIR: '.neo4j/faults',
  CLAIMGRAPH_BOLT_PORT: boltPort,
  CLAIMGRAPH_HTTP_PORT: process.env.CLAIMGRAPH_FAULTS_HTTP_PORT ?? freeHttp!,
};
const profile = localProfile(env);
const uri = `bolt://127.0.0.1:${boltPort}`;
const quiet = () => {};
let driver: Driver;
let dir: string;

beforeAll(async () => {
  // A Neo4j an interrupted run left behind holds the data directory, on whatever port that run drew.
  await stop(profile, quiet);
  await start(profile, quiet);
  driver = createDriver(neo4jConfig({ ...env, NEO4J_URI: uri }));
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  // Enough documents that the ingest is still running when the database goes away.
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-faults-'));
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < 12; i++)
    for (const s of seeds) copyFileSync(path.join(SEEDS, s), path.join(dir, `copy${String(i).padStart(2, '0')}-${s}`));
}, 300_000);

afterAll(async () => {
  await driver.close();
  await stop(profile, quiet);
});

function runIngest(onLine?: (line: string) => void): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Small batches, so the database goes away between two of them.
    const cli = path.join(ROOT, 'ingest/src/cli/ingest.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', cli, dir, '--batch', '5'], {
      cwd: ROOT,
      env: { ...env, NEO4J_URI: uri },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      for (const l of String(b).split('\n')) if (l) onLine?.(l);
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

describe('Neo4j stopped during an ingest', () => {
  it('fails with a clear message, and a rerun completes with no duplicates', async () => {
    let stopping: Promise<void> | undefined;
    let loaded = 0;
    const first = await runIngest((line) => {
      if (line.startsWith('✓') && ++loaded === 3) stopping = stop(profile, quiet);
    });
    await stopping;
    expect(first.code).not.toBe(0);
    expect(first.stderr).toMatch(/Neo4j is not reachable/);
    expect(first.stderr).not.toMatch(/\n\s+at .*\(/); // no stack trace

    await start(profile, quiet);
    const second = await runIngest();
    expect(second.stderr).not.toMatch(/✗|not reachable|failed/);
    expect(second.code).toBe(0);

    // What a clean load of these files holds: every fact exactly once.
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const graphs = files.map((f) => processSource(readSource(f)));
    const expected = {
      docs: graphs.length,
      comments: graphs.reduce((n, g) => n + g.comments.length, 0),
      mentions: graphs.reduce((n, g) => n + g.entities.reduce((m, e) => m + e.mentions.length, 0), 0),
      claims: graphs.reduce((n, g) => n + g.claims.length, 0),
    };
    const res = await driver.executeQuery(
      `CALL () { MATCH (d:Document) RETURN count(d) AS docs }
       CALL () { MATCH (c:Comment) RETURN count(c) AS comments }
       CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
       CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
       RETURN docs, comments, mentions, claims`,
    );
    expect(res.records[0]!.toObject()).toEqual(expected);
  });
});

describe('the server while Neo4j is down', () => {
  it('answers 503 with Retry-After, then recovers by itself when Neo4j returns', async () => {
    const app = createApp({ driver, database: 'neo4j' });
    const server = await new Promise<import('node:http').Server>((r) => {
      const s = app.listen(0, '127.0.0.1', () => {
        r(s);
      });
    });
    const port = (server.address() as { port: number }).port;
    const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`);
    try {
      expect((await get('/api/health')).status).toBe(200);
      await stop(profile, quiet);
      for (const p of ['/api/health', '/api/graph']) {
        const t0 = performance.now();
        const res = await get(p);
        // Refused connections fail at once; nothing waits out the driver's longer timeouts.
        expect(performance.now() - t0).toBeLessThan(ACQUISITION_TIMEOUT_MS + 2_000);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        const body = (await res.json()) as { error?: { code: string }; status?: string };
        expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
      }
      await start(profile, quiet);
      let status = 0;
      for (let i = 0; i < 30 && status !== 200; i++) {
        status = (await get('/api/graph')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 1000));
      }
      expect(status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
