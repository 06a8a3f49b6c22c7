// The in-memory read cache: repeated reads are answered without Neo4j, keyed by the normalised request;
// reads that miss one key at once share one run of its queries; errors and people's Cypher are never kept;
// writes through this server and through the ingest CLI (another process) are seen by the next read, the CLI's
// within the configured version-check interval.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/src/load/writer.js';
import { recording, type Statement } from '../../bench/recording-driver.js';
import { ROOT, testDriver } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';
import { client, startApi, type Api } from './helpers.js';
import { ID, NEWS } from './fixture.js';

const TOKEN = 'a-long-random-cache-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
let api: Api;

beforeAll(async () => {
  api = await startApi({ apiToken: TOKEN, env: {}, cacheVersionCheckMs: 60_000 });
});
afterAll(async () => {
  await api?.close();
});

const q = (o: Record<string, string | number>) => new URLSearchParams(Object.entries(o).map(([k, v]) => [k, `${v}`]));

async function claimOf(entity: string): Promise<string> {
  const { body } = await api.get(`/api/claims?speaker=${encodeURIComponent(entity)}&limit=1`);
  return body.items[0].id as string;
}

describe('repeated reads', () => {
  it('answers every read endpoint from memory, with no Neo4j round trip, once it has answered it', async () => {
    // A server of its own on a driver of its own, which is then closed: only the cache can still answer.
    const driver = testDriver();
    const server = await startTestServer(driver, 'neo4j', { env: {}, cacheVersionCheckMs: 60_000 });
    const http = client(server.url);
    const claim = await claimOf(ID.pryce);
    const reads = [
      '/api/search?q=council',
      `/api/entities/${encodeURIComponent(ID.council)}`,
      `/api/entities/${encodeURIComponent(ID.council)}/neighbours?depth=2`,
      `/api/entities/${encodeURIComponent(ID.pryce)}/claims`,
      `/api/path?${q({ from: ID.fenwick, to: ID.department })}`,
      '/api/graph?limit=50',
      '/api/stats',
      '/api/claims?limit=5',
      `/api/claims/${encodeURIComponent(claim)}`,
      `/api/edges/claims?${q({ subject: ID.pryce, predicate: 'CRITICISES', object: ID.council })}`,
      '/api/contested',
      '/api/timeline',
      '/api/replies',
      '/api/documents',
      `/api/documents/${encodeURIComponent(NEWS)}`,
    ];
    try {
      const first = new Map<string, unknown>();
      for (const url of reads) {
        const res = await http.get(url);
        expect(res.status, url).toBe(200);
        expect(res.headers.get('x-cache'), url).toBe('miss');
        first.set(url, res.body);
        const again = await http.get(url);
        expect(again.headers.get('x-cache'), url).toBe('hit');
        expect(again.body, url).toEqual(res.body);
      }
      await driver.close();
      for (const url of reads) {
        const res = await http.get(url);
        expect([res.status, res.headers.get('x-cache')], url).toEqual([200, 'hit']);
        expect(res.body, url).toEqual(first.get(url));
      }
      const uncached = await http.get('/api/search?q=inspectorate');
      expect(uncached.status, 'a read not cached needs Neo4j, which this server can no longer reach').not.toBe(200);
    } finally {
      await server.close();
      await driver.close();
    }
  });

  it('keys by the normalised request: parameter order does not matter, parameter values do', async () => {
    const a = await api.get('/api/search?q=northmoor&limit=3');
    const b = await api.get('/api/search?limit=3&q=northmoor');
    expect(b.headers.get('x-cache')).toBe('hit');
    expect(b.body).toEqual(a.body);
    const c = await api.get('/api/search?limit=2&q=northmoor');
    expect(c.headers.get('x-cache')).toBe('miss');
    expect(c.body.results.length).toBeLessThanOrEqual(2);
  });

  it('answers a conditional request with 304 from the cache', async () => {
    const a = await api.get('/api/stats');
    const etag = a.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http rather than fetch, which adds Cache-Control: no-cache to conditional requests.
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      httpGet(`${api.server.url}/api/stats`, { headers: { 'if-none-match': etag! } }, resolve).on('error', reject);
    });
    res.resume();
    expect(res.statusCode).toBe(304);
    expect(res.headers['x-cache']).toBe('hit');
  });

  it('never keeps errors, health or people’s Cypher', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await api.get('/api/entities/person:nobody-at-all');
      expect([missing.status, missing.headers.get('x-cache')]).toEqual([404, 'miss']);
      const bad = await api.get('/api/search?q=');
      expect([bad.status, bad.headers.get('x-cache')]).toEqual([400, 'miss']);
      expect((await api.get('/api/health')).headers.get('x-cache')).toBeNull();
      const cypher = await api.post('/api/cypher', { query: 'MATCH (d:Document) RETURN count(d) AS n' });
      expect(cypher.status).toBe(200);
      expect(cypher.headers.get('x-cache')).toBeNull();
    }
  });
});

describe('reads that miss one key at once', () => {
  const HOLD_MS = 400;
  const pause = () => new Promise<void>((r) => setTimeout(r, HOLD_MS));
  /** A server whose driver notes each statement and holds its result back until what `hold` gives settles. */
  async function recordingServer(hold: (s: Statement) => Promise<void> | null = pause) {
    const log: Statement[] = [];
    const driver = testDriver();
    const wait = async (s: Statement) => {
      await hold(s);
    };
    const server = await startTestServer(recording(driver, log, wait), 'neo4j', {
      apiToken: TOKEN,
      env: {},
      cacheVersionCheckMs: 60_000,
    });
    // The version is read once here; the reads below find it fresh and run nothing but their own queries.
    await client(server.url).get('/api/stats');
    log.length = 0;
    return {
      log,
      http: client(server.url),
      close: async () => {
        await server.close();
        await driver.close();
      },
    };
  }

  it('run its queries once; every one of them gets the answer, and the next read is a hit', async () => {
    const s = await recordingServer();
    try {
      const url = `/api/entities/${encodeURIComponent(ID.council)}/neighbours?limit=7`;
      const answers = await Promise.all(Array.from({ length: 6 }, () => s.http.get(url)));
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
      for (const a of answers) expect(a.body).toEqual(answers[0]!.body);
      const sources = answers.map((a) => a.headers.get('x-cache')).sort();
      expect(sources).toEqual(['coalesced', 'coalesced', 'coalesced', 'coalesced', 'coalesced', 'miss']);
      expect(s.log).toHaveLength(1);
      const again = await s.http.get(url);
      expect([again.headers.get('x-cache'), again.body]).toEqual(['hit', answers[0]!.body]);
      expect(s.log).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('share an error answer with every read waiting on it, and keep it not', async () => {
    const s = await recordingServer();
    try {
      const url = '/api/entities/person:nobody-at-all';
      const answers = await Promise.all(Array.from({ length: 5 }, () => s.http.get(url)));
      expect(answers.map((a) => a.status)).toEqual(Array(5).fill(404));
      for (const a of answers) expect(a.body).toEqual(answers[0]!.body);
      expect(answers.filter((a) => a.headers.get('x-cache') === 'miss')).toHaveLength(1);
      expect(s.log).toHaveLength(1);
      const again = await s.http.get(url);
      expect([again.status, again.headers.get('x-cache')]).toEqual([404, 'miss']);
      expect(s.log).toHaveLength(2);
    } finally {
      await s.close();
    }
  });

  it('keep no answer read before a write that committed while it ran; later reads do not join it', async () => {
    const url = '/api/documents?limit=500';
    const ids = (body: { items: { id: string }[] }) => body.items.map((d) => d.id);
    // The list's statements that run before the write are held until it is answered; nothing else waits.
    let written = false;
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const s = await recordingServer((x) => (!written && x.statement.includes('$kind IS NULL') ? gate : null));
    try {
      const early = s.http.get(url);
      while (!s.log.some((x) => x.statement.includes('$kind IS NULL'))) await new Promise((r) => setTimeout(r, 5));
      const up = await s.http.post(
        '/api/documents',
        { source: 'cache-flight.txt', text: 'Westbrook Council met.\n' },
        auth,
      );
      expect(up.status).toBe(201);
      written = true;
      const late = await s.http.get(url);
      expect(late.headers.get('x-cache'), 'a read after the write starts a run of its own').toBe('miss');
      expect(ids(late.body)).toContain('doc:cache-flight');
      release();
      const first = await early;
      expect(first.status).toBe(200);
      expect(ids(first.body), 'the early read saw the graph before the write').not.toContain('doc:cache-flight');
      const next = await s.http.get(url);
      expect(next.headers.get('x-cache')).toBe('hit');
      expect(ids(next.body), 'what is kept is the answer read after the write').toContain('doc:cache-flight');
    } finally {
      await s.close();
      await removeDocument(api.driver, 'doc:cache-flight');
    }
  });
});

describe('writes', () => {
  it('a write through this server is seen by the next read, however long the version-check interval', async () => {
    const listed = async () =>
      ((await api.get('/api/documents?limit=500')).body.items as { id: string }[]).map((d) => d.id);
    await listed();
    expect((await api.get('/api/documents?limit=500')).headers.get('x-cache')).toBe('hit');
    const up = await api.post('/api/documents', { source: 'cache-upload.txt', text: 'Westbrook Council met.\n' }, auth);
    expect(up.status).toBe(201);
    const res = await api.get('/api/documents?limit=500');
    expect(res.headers.get('x-cache')).toBe('miss');
    expect(await listed()).toContain('doc:cache-upload');

    const claim = await claimOf(ID.pryce);
    const path = `/api/claims/${encodeURIComponent(claim)}`;
    expect((await api.get(path)).body.flagged).toBe(false);
    expect((await api.get(path)).headers.get('x-cache')).toBe('hit');
    expect((await api.post(`${path}/flag`, { reason: 'misread' }, auth)).status).toBe(200);
    const flagged = await api.get(path);
    expect([flagged.headers.get('x-cache'), flagged.body.flagged]).toEqual(['miss', true]);
    expect((await api.get(`${path}/flag`, { method: 'DELETE', headers: auth })).status).toBe(200);
    expect((await api.get(path)).body.flagged).toBe(false);
    await removeDocument(api.driver, 'doc:cache-upload');
  });

  it('an ingest by the CLI, another process, is seen by every read arriving the check interval after it', async () => {
    const interval = 400;
    const server = await startTestServer(api.driver, 'neo4j', { env: {}, cacheVersionCheckMs: interval });
    const http = client(server.url);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cache-'));
    const file = path.join(dir, 'cache-cli-ingest.txt');
    writeFileSync(file, 'Cache test\n\nThe Quarrendon Trust runs homes in Westbrook.\n');
    try {
      const url = '/api/documents?limit=500';
      const before = await http.get(url);
      expect(before.body.items.map((d: { id: string }) => d.id)).not.toContain('doc:cache-cli-ingest');
      expect((await http.get(url)).headers.get('x-cache')).toBe('hit');
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'ingest/src/cli/ingest.ts'), file], {
          cwd: ROOT,
          env: process.env,
        });
        let stderr = '';
        child.stderr.on('data', (b: Buffer) => (stderr += String(b)));
        child.on('close', (code) => {
          resolve({ code, stderr });
        });
      });
      expect(run.code, run.stderr).toBe(0);
      await new Promise((r) => setTimeout(r, interval));
      const after = await http.get(url);
      expect(after.headers.get('x-cache')).toBe('miss');
      expect(after.body.items.map((d: { id: string }) => d.id)).toContain('doc:cache-cli-ingest');
      expect((await http.get(url)).headers.get('x-cache')).toBe('hit');
    } finally {
      await server.close();
      await removeDocument(api.driver, 'doc:cache-cli-ingest');
    }
  });
});
