// Failure modes and hardening: 503 with Retry-After when Neo4j is unreachable, the OpenAPI document
// against the routes actually served, security headers, CORS off unless configured, no stack traces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jConfig } from '@claimgraph/schema';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { testDriver } from '../helpers/db.js';
import { client, STACK_FRAME } from './helpers.js';

// Every route the API serves (method, example path). The OpenAPI test checks both directions.
const ROUTES: [string, string, string][] = [
  ['get', '/health', '/api/health'],
  ['get', '/openapi.json', '/api/openapi.json'],
  ['get', '/stats', '/api/stats'],
  ['get', '/search', '/api/search?q=council'],
  ['get', '/entities/{id}', '/api/entities/person:x'],
  ['get', '/entities/{id}/neighbours', '/api/entities/person:x/neighbours'],
  ['get', '/entities/{id}/claims', '/api/entities/person:x/claims'],
  ['get', '/claims', '/api/claims'],
  ['get', '/path', '/api/path?from=person:x&to=person:y'],
  ['get', '/documents', '/api/documents'],
  ['get', '/documents/{id}', '/api/documents/doc:x'],
  ['post', '/documents', '/api/documents'],
  ['get', '/graph', '/api/graph'],
  ['post', '/cypher', '/api/cypher'],
  ['get', '/edges/claims', '/api/edges/claims?subject=person:x&predicate=CRITICISES&object=person:y'],
  ['get', '/claims/{id}', '/api/claims/doc:x%23claim:1-2'],
  ['post', '/claims/{id}/flag', '/api/claims/doc:x%23claim:1-2/flag'],
  ['delete', '/claims/{id}/flag', '/api/claims/doc:x%23claim:1-2/flag'],
  ['get', '/contested', '/api/contested'],
  ['get', '/timeline', '/api/timeline'],
  ['get', '/replies', '/api/replies'],
];

/** A request each route accepts (so it reaches the database): the body a POST needs, DELETE as DELETE. */
function call(c: ReturnType<typeof client>, method: string, path: string, headers: Record<string, string> = {}) {
  if (method === 'delete') return c.get(path, { method: 'DELETE', headers });
  if (method !== 'post') return c.get(path);
  const body = path.endsWith('/flag')
    ? { reason: 'The stance is wrong.' }
    : { source: 'x.txt', text: 'Some text about Northmoor Borough Council.' };
  return c.post(path, body, headers);
}

let live: Driver;
let dead: Driver;
let liveServer: TestServer;
let deadServer: TestServer;

beforeAll(async () => {
  live = testDriver();
  // Port 1 on loopback: nothing listens, so every query fails to connect.
  dead = createDriver(neo4jConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }));
  liveServer = await startTestServer(live, 'neo4j', { env: {} });
  deadServer = await startTestServer(dead, 'neo4j', { apiToken: 'token', env: {} });
});
afterAll(async () => {
  await liveServer?.close();
  await deadServer?.close();
  await live?.close();
  await dead?.close();
});

describe('Neo4j unreachable', () => {
  it('answers 503 with Retry-After and a JSON error on every database route, with no stack trace', async () => {
    const c = client(deadServer.url);
    for (const [method, , path] of ROUTES) {
      if (path === '/api/openapi.json' || path === '/api/cypher') continue;
      const res = await call(c, method, path, { authorization: 'Bearer token' });
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toMatch(/^\d+$/);
      if (path !== '/api/health') expect(res.body.error.code, path).toBe('database_unavailable');
      expect(JSON.stringify(res.body), path).not.toMatch(STACK_FRAME);
    }
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing exactly the routes served', async () => {
    const res = await fetch(`${liveServer.url}/api/openapi.json`);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const doc = JSON.parse(await res.text());
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    const listed = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
      .sort();
    expect(listed).toEqual(ROUTES.map(([m, p]) => `${m} ${p}`).sort());
    // Every operation documents its responses, and every $ref resolves.
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const r of refs) expect(doc.components.schemas[r.slice(22, -1)], r).toBeDefined();
    for (const ops of Object.values(doc.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const op of Object.values(ops)) expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
  });
  it('lists no route the server does not serve', async () => {
    const c = client(liveServer.url);
    for (const [method, , path] of ROUTES) {
      const res = await call(c, method, path);
      expect(res.body?.error?.message ?? '', path).not.toMatch(/No such endpoint/);
    }
  });
});

describe('hardening', () => {
  it("sends security headers with a CSP that allows the explorer's workers", async () => {
    const res = await fetch(`${liveServer.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
  it('keeps CORS off unless CORS_ORIGIN is set, then allows only that origin', async () => {
    const off = await fetch(`${liveServer.url}/api/health`, { headers: { origin: 'https://elsewhere.example' } });
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const server = await startTestServer(live, 'neo4j', { env: { CORS_ORIGIN: 'https://explorer.example' } });
    try {
      const ok = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://explorer.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
      const other = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://elsewhere.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${server.url}/api/cypher`, {
        method: 'OPTIONS',
        headers: { origin: 'https://explorer.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    } finally {
      await server.close();
    }
  });
  it('rejects malformed JSON with 400 and an unknown endpoint with 404, never a stack trace', async () => {
    const c = client(liveServer.url);
    const bad = await c.post('/api/cypher', '{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const missing = await c.get('/api/entities');
    expect(missing.status).toBe(404);
    for (const r of [bad, missing]) expect(JSON.stringify(r.body)).not.toMatch(STACK_FRAME);
  });
});
