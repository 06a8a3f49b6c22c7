// The server as several processes (API_WORKERS), started as production starts it: each worker keeps its own
// read cache, and a write through any worker is seen by the very next read whichever worker answers it.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { get as httpGet, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/src/load/writer.js';
import { spawnServer, type ServerProcess } from '../../bench/server-process.js';
import { freshSeedGraph, testDriver } from '../helpers/db.js';
import { loadFixture, ID } from './fixture.js';

const TOKEN = 'a-long-random-workers-test-token';
const PORT = Number(process.env.CLAIMGRAPH_TEST_API_PORT ?? 3771);
const driver = testDriver();

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: any;
}

/** One request on a connection of its own, so the cluster hands each to the next worker in turn. */
function call(url: string, method = 'GET', body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
    if (text !== undefined) headers['content-type'] = 'application/json';
    const req = httpRequest(url, { method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw ? JSON.parse(raw) : null });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** The server processes a process has started (its direct children running the server), from /proc. */
function serverChildren(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`)
    .flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
    .filter((child) => readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('server/src/main.ts'));
}

async function serverWith(workers: string): Promise<ServerProcess> {
  return spawnServer(
    {
      ...process.env,
      API_WORKERS: workers,
      API_TOKEN: TOKEN,
      // Only the workers telling each other can make a cached answer go in time: the version is not re-read.
      CACHE_VERSION_CHECK_MS: '600000',
    },
    PORT,
  );
}

/** Reads `path` on fresh connections until every worker has answered it from its cache; returns their ids. */
async function cachedOnEveryWorker(url: string, path: string, workers: number): Promise<Set<string>> {
  const hit = new Set<string>();
  for (let i = 0; i < 40 && hit.size < workers; i++) {
    const res = await call(url + path);
    expect(res.status).toBe(200);
    if (res.headers['x-cache'] === 'hit') hit.add(String(res.headers['x-worker']));
  }
  expect(hit.size).toBe(workers);
  return hit;
}

beforeAll(async () => {
  await freshSeedGraph(driver);
  await loadFixture(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('two workers', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await serverWith('2');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('runs two worker processes, each answering some of the requests', async () => {
    expect(serverChildren(server.child.pid!)).toHaveLength(2);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) seen.add(String((await call(`${server.url}/api/stats`)).headers['x-worker']));
    expect([...seen].sort()).toEqual(['1', '2']);
    // As the API description says, on every operation.
    const doc = (await call(`${server.url}/api/openapi.json`)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, res] of Object.entries(op.responses))
          expect(Object.keys(res.headers ?? {}), `${method} ${path} ${status}`).toContain('X-Worker');
  });

  it('an upload through one worker is in the very next read, whichever worker answers it', async () => {
    const list = '/api/documents?limit=500';
    const ids = (res: Answer) => (res.body.items as { id: string }[]).map((d) => d.id);
    await cachedOnEveryWorker(server.url, list, 2);
    const up = await call(`${server.url}/api/documents`, 'POST', {
      source: 'workers-upload.txt',
      text: 'Westbrook Council met.\n',
    });
    expect(up.status).toBe(201);
    const answeredBy = new Set<string>();
    try {
      for (let i = 0; i < 6; i++) {
        const res = await call(server.url + list);
        answeredBy.add(String(res.headers['x-worker']));
        expect(ids(res), `read ${i} on worker ${String(res.headers['x-worker'])}`).toContain('doc:workers-upload');
      }
      expect(answeredBy.size).toBe(2);
    } finally {
      await removeDocument(driver, 'doc:workers-upload');
    }
  });

  it('a claim flagged and unflagged through one worker is seen so by the next read on every worker', async () => {
    const claims = await call(`${server.url}/api/claims?speaker=${encodeURIComponent(ID.pryce)}&limit=1`);
    const path = `/api/claims/${encodeURIComponent(claims.body.items[0].id as string)}`;
    for (const [method, flagged] of [
      ['POST', true],
      ['DELETE', false],
    ] as const) {
      await cachedOnEveryWorker(server.url, path, 2);
      const body = method === 'POST' ? { reason: 'misread' } : undefined;
      expect((await call(`${server.url}${path}/flag`, method, body)).status).toBe(200);
      const answeredBy = new Set<string>();
      for (let i = 0; i < 6; i++) {
        const res = await call(server.url + path);
        answeredBy.add(String(res.headers['x-worker']));
        expect(res.body.flagged).toBe(flagged);
      }
      expect(answeredBy.size).toBe(2);
    }
  });
});

describe('one worker', () => {
  it('API_WORKERS=1 serves from the one process, as a single server', async () => {
    const server = await serverWith('1');
    try {
      expect(serverChildren(server.child.pid!)).toEqual([]);
      const res = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
        httpGet(`${server.url}/api/stats`, (r) => {
          r.resume();
          resolve(r.headers);
        }).on('error', reject);
      });
      expect(res['x-worker']).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});

describe('a port already taken', () => {
  it('makes the server with workers exit with the reason rather than wait for workers that never listen', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(PORT, '127.0.0.1', r));
    try {
      await expect(serverWith('2')).rejects.toThrow(/exited with 1/);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });
});
