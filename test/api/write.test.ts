// The two POST endpoints: document upload (bearer token, pipeline, validation, body limit) and the
// read-only Cypher endpoint (results, row cap, refused writes, syntax errors, timeout, rate limit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';
import { count } from '../helpers/db.js';
import { client, startApi, STACK_FRAME, type Api } from './helpers.js';
import { ID } from './fixture.js';

const TOKEN = 'a-long-random-test-token';
let api: Api;

beforeAll(async () => {
  api = await startApi({ apiToken: TOKEN, env: {} });
});
afterAll(async () => {
  await api?.close();
});

const ARTICLE = [
  'Council apologises after inspection',
  '',
  "Northmoor Borough Council has apologised after inspectors found serious failings in its children's services.",
  '',
].join('\n');
const auth = { authorization: `Bearer ${TOKEN}` };

describe('POST /api/documents', () => {
  it('is disabled with a clear message when no API_TOKEN is set', async () => {
    const server = await startTestServer(api.driver, 'neo4j', { env: {} });
    try {
      const res = await client(server.url).post('/api/documents', { source: 'x.txt', text: 'x' }, auth);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('disabled');
      expect(res.body.error.message).toMatch(/API_TOKEN/);
    } finally {
      await server.close();
    }
  });
  it('answers 401 without a bearer token and 403 with a wrong one, and stores nothing', async () => {
    const body = { source: 'api-upload-denied.txt', text: ARTICLE };
    const none = await api.post('/api/documents', body);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await api.post('/api/documents', body, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const wrong = await api.post('/api/documents', body, { authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('forbidden');
    expect((await api.post('/api/documents', body, { authorization: 'Bearer short' })).status).toBe(403);
    expect(await count(api.driver, 'MATCH (d:Document {id: "doc:api-upload-denied"}) RETURN count(d)')).toBe(0);
  });
  it('ingests a document through the pipeline: created, then unchanged, then replaced', async () => {
    const body = {
      source: 'api-upload.txt',
      text: ARTICLE,
      title: 'Given title',
      author: 'Sam Writer',
      date: '2024-05-01',
      kind: 'news',
    };
    const first = await api.post('/api/documents', body, auth);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ doc: 'doc:api-upload', source: 'api-upload.txt', outcome: 'created' });
    expect(first.headers.get('location')).toBe('/api/documents/doc%3Aapi-upload');
    const stored = await api.get('/api/documents/doc:api-upload');
    expect(stored.body).toMatchObject({
      id: 'doc:api-upload',
      title: 'Given title',
      author: 'Sam Writer',
      date: '2024-05-01',
      kind: 'news',
    });
    expect(stored.body.text).toContain('Northmoor Borough Council has apologised');
    expect(stored.body.mentions.length).toBe(first.body.counts.mentions);

    const again = await api.post('/api/documents', body, auth);
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('unchanged');
    const edited = await api.post(
      '/api/documents',
      { ...body, text: `${ARTICLE}\nA spokesperson said lessons would be learned.\n` },
      auth,
    );
    expect(edited.body.outcome).toBe('replaced');
    expect(await count(api.driver, 'MATCH (d:Document {id: "doc:api-upload"}) RETURN count(d)')).toBe(1);
  });
  it('400s invalid bodies and 422s text that is not a document', async () => {
    for (const body of [
      {},
      { source: 'a.txt' },
      { text: 'x' },
      { source: 'dir/a.txt', text: 'x' },
      { source: '...', text: 'x' },
      { source: 'a.txt', text: 'x', kind: 'poem' },
      { source: 'a.txt', text: 'x', date: 'yesterday' },
      { source: 'a.txt', text: 'x', extra: 1 },
      { source: 5, text: 'x' },
      [],
    ]) {
      const res = await api.post('/api/documents', body, auth);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    }
    expect((await api.post('/api/documents', '{"source": ', auth)).status).toBe(400);
    const blank = await api.post('/api/documents', { source: 'blank.txt', text: '   \n  ' }, auth);
    expect(blank.status).toBe(422);
    expect(blank.body.error.code).toBe('unparseable');
  });
  it('413s a body over BODY_LIMIT', async () => {
    const server = await startTestServer(api.driver, 'neo4j', { apiToken: TOKEN, bodyLimit: '1kb', env: {} });
    try {
      const res = await client(server.url).post('/api/documents', { source: 'big.txt', text: 'x'.repeat(5000) }, auth);
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
      expect(JSON.stringify(res.body)).not.toMatch(STACK_FRAME);
    } finally {
      await server.close();
    }
  });
});

describe('POST /api/cypher', () => {
  it('runs a parameterised read query', async () => {
    const res = await api.post('/api/cypher', {
      query: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name',
      params: { id: ID.pryce },
    });
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['name']);
    expect(res.body.rows).toEqual([['Gareth Pryce']]);
    expect(res.body.truncated).toBe(false);
  });
  it('caps rows at CYPHER_MAX_ROWS and says so', async () => {
    const server = await startTestServer(api.driver, 'neo4j', { cypherMaxRows: 3, env: {} });
    try {
      const res = await client(server.url).post('/api/cypher', { query: 'UNWIND range(1, 10) AS x RETURN x' });
      expect(res.status).toBe(200);
      expect(res.body.rows).toHaveLength(3);
      expect(res.body.truncated).toBe(true);
    } finally {
      await server.close();
    }
  });
  it('refuses writes and admin statements with 400 write_refused, and nothing changes', async () => {
    for (const query of [
      'CREATE (n:Intruder) RETURN n',
      'MATCH (e:Entity) DETACH DELETE e',
      'DROP INDEX entity_names',
      'MATCH (e:Entity) SET e.name = "x"',
    ]) {
      const res = await api.post('/api/cypher', { query });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('write_refused');
    }
    expect(await count(api.driver, 'MATCH (n:Intruder) RETURN count(n)')).toBe(0);
    expect(
      await count(api.driver, 'MATCH (e:Entity {id: $id}) WHERE e.name = "Gareth Pryce" RETURN count(e)', {
        id: ID.pryce,
      }),
    ).toBe(1);
  });
  it('answers a syntax error with 400, the message and its position', async () => {
    const res = await api.post('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('syntax_error');
    expect(res.body.error.message).toBeTruthy();
    expect(res.body.error.position).toMatchObject({ line: 1 });
    expect(JSON.stringify(res.body)).not.toMatch(STACK_FRAME);
  });
  it('stops a query at the timeout', async () => {
    const server = await startTestServer(api.driver, 'neo4j', { cypherTimeoutMs: 300, env: {} });
    try {
      const res = await client(server.url).post('/api/cypher', {
        query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)',
      });
      expect([408, 504]).toContain(res.status);
      expect(res.body.error.code).toBe('timeout');
    } finally {
      await server.close();
    }
  });
  it('400s a bad body', async () => {
    for (const body of [
      {},
      { query: '' },
      { query: 5 },
      { query: 'RETURN 1', params: [1] },
      { query: 'RETURN 1', other: true },
    ]) {
      expect((await api.post('/api/cypher', body)).status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('POST /api/cypher rate limit', () => {
  it('answers 429 with Retry-After once the limit is spent', async () => {
    const server = await startTestServer(api.driver, 'neo4j', {
      cypherRateLimit: 2,
      cypherRateWindowMs: 60_000,
      env: {},
    });
    try {
      const c = client(server.url);
      // Invalid bodies still count against the limit: the limiter runs before anything else.
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await c.post('/api/cypher', {})).status);
      expect(statuses).toEqual([400, 400, 429]);
      const limited = await c.post('/api/cypher', {});
      expect(limited.body.error.code).toBe('rate_limited');
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      // Other routes are not limited.
      expect((await c.get('/api/health')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
