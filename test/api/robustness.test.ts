// Bad input never becomes a 500: malformed URLs, encodings and bodies, deep nesting and Neo4j's own client
// errors answer 4xx with a clear message, log no stack trace, and leave the server answering normally.
import { gzipSync } from 'node:zlib';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { ACQUISITION_TIMEOUT_MS, createCypherDriver, createDriver, neo4jConfig } from '@claimgraph/schema';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { client, startApi, STACK_FRAME, type Api } from './helpers.js';
import { startTestServer } from '../helpers/server.js';
import { ID } from './fixture.js';

const TOKEN = 'robustness-token-0123456789';
let api: Api;
let errors: MockInstance<typeof console.error>;

beforeAll(async () => {
  api = await startApi({ apiToken: TOKEN, env: {} });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  errors.mockRestore();
});

/** A client's mistake: the given 4xx, a JSON error with a message, nothing logged. */
function expectClientError(res: { status: number; body: any }, status: number | number[]) {
  expect([status].flat()).toContain(res.status);
  expect(res.body.error.message).toEqual(expect.any(String));
  expect(JSON.stringify(res.body)).not.toMatch(STACK_FRAME);
  expect(errors).not.toHaveBeenCalled();
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('malformed percent-encoding in paths', () => {
  it.each(['/api/entities/%', '/api/documents/%E0%A4%A', '/api/documents/%ED%A0%80', '/api/entities/%ZZ'])(
    '%s answers 400',
    async (path) => {
      const res = await api.get(path);
      expectClientError(res, 400);
      expect(res.body.error.message).toMatch(/percent-encoded/);
    },
  );
});

describe('request bodies', () => {
  it('refuses a body that says gzip but is not gzip', async () => {
    const res = await api.post('/api/cypher', '{"query":"RETURN 1"}', { 'content-encoding': 'gzip' });
    expectClientError(res, [400, 415]);
  });

  it('still reads a real gzip body', async () => {
    const res = await api.get('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ query: 'RETURN 1 AS one' })),
    });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([[1]]);
  });

  it('refuses an unknown content encoding with 415', async () => {
    const res = await api.post('/api/cypher', '{"query":"RETURN 1"}', { 'content-encoding': 'br-x' });
    expectClientError(res, 415);
  });

  it('refuses parameters nested 50,000 deep, and the next request still gets its answer', async () => {
    const body = `{"query":"RETURN $p AS p","params":{"p":${nested(50_000)}}}`;
    const res = await api.post('/api/cypher', body);
    expectClientError(res, 400);
    expect(res.body.error.message).toMatch(/nested deeper/);
    const next = await api.post('/api/cypher', { query: 'RETURN 1 AS one' });
    expect(next.status).toBe(200);
    expect((await api.get('/api/health')).status).toBe(200);
  });

  it('accepts ordinary nesting in parameters', async () => {
    const res = await api.post('/api/cypher', `{"query":"RETURN size($p) AS n","params":{"p":${nested(10)}}}`);
    expect(res.status).toBe(200);
  });
});

describe('Neo4j client errors', () => {
  it('the path between an entity and itself is a 400, not a 500', async () => {
    const res = await api.get(`/api/path?from=${encodeURIComponent(ID.pryce)}&to=${encodeURIComponent(ID.pryce)}`);
    expectClientError(res, 400);
  });

  it("allShortestPaths from a node to itself in user Cypher is a 4xx with Neo4j's message", async () => {
    const res = await api.post('/api/cypher', {
      query: 'MATCH (a:Entity {id: $id}) MATCH p = allShortestPaths((a)-[*..3]-(a)) RETURN p',
      params: { id: ID.pryce },
    });
    expectClientError(res, 400);
    expect(res.body.error.message).toMatch(/same|shortest/i);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('the token comes before the body', () => {
  it('an anonymous upload with a malformed body is 401, not a parse error', async () => {
    const res = await api.post('/api/documents', '{not json');
    expectClientError(res, 401);
  });

  it('an anonymous upload nested deeply is 401', async () => {
    const res = await api.post('/api/documents', nested(50_000));
    expectClientError(res, 401);
  });

  it.each([
    ['POST', '{not json'],
    ['POST', nested(50_000)],
    ['DELETE', '{not json'],
  ])('an anonymous %s of a claim flag with a bad body is 401', async (method, body) => {
    const res = await api.get(`/api/claims/${encodeURIComponent(ID.pryce)}/flag`, {
      method,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expectClientError(res, 401);
  });

  it('an anonymous upload of a body that is not JSON is 401, and with the token 415', async () => {
    const text = { 'content-type': 'text/plain' };
    expectClientError(await api.post('/api/documents', 'Some text', text), 401);
    const res = await api.post('/api/documents', 'Some text', { ...text, authorization: `Bearer ${TOKEN}` });
    expectClientError(res, 415);
    expect(res.body.error.message).toMatch(/application\/json/);
  });
});

describe('request shape', () => {
  it('a body that is not JSON is 415 naming the type to send, not a missing field', async () => {
    const res = await api.post('/api/cypher', 'RETURN 1', { 'content-type': 'text/plain' });
    expectClientError(res, 415);
    expect(res.body.error.message).toMatch(/application\/json.*text\/plain/);
  });

  it('a POST without a body still reaches its route', async () => {
    const res = await api.get('/api/cypher', { method: 'POST' });
    expectClientError(res, 400);
    expect(res.body.error.message).toMatch(/query/);
  });

  it.each(['/api/search?q=a%00b', '/api/entities/a%00b', '/api/graph?types=Person%00', '/api/claims?speaker=%00'])(
    '%s is 400: NUL has no place in a URL',
    async (path) => {
      const res = await api.get(path);
      expectClientError(res, 400);
      expect(res.body.error.message).toMatch(/NUL/);
    },
  );
});

describe('framing', () => {
  it('forbids every frame ancestor, in both headers', async () => {
    const res = await api.get('/api/health');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });
});

describe('uploads off the request thread', () => {
  it('keeps /api/health answering while a large upload is extracted', async () => {
    const para =
      'Ofsted said Lambeth Council had failed children in care, according to the British Association of Social ' +
      'Workers. Alys Fenwick criticised the Department for Education. ';
    const t0 = performance.now();
    const state = { done: false };
    const upload = api
      .post(
        '/api/documents',
        { source: 'robustness-large.txt', text: para.repeat(1500) },
        { authorization: `Bearer ${TOKEN}` },
      )
      .finally(() => {
        state.done = true;
      });
    const waits: number[] = [];
    while (!state.done) {
      const t = performance.now();
      expect((await api.get('/api/health')).status).toBe(200);
      waits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await upload;
    const uploadMs = performance.now() - t0;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // Extraction on the request thread made every health check wait for the whole upload.
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(Math.min(1_000, uploadMs / 3));
  });
});

describe('hostile markup and the extraction thread', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const timed = async <T>(p: Promise<T>) => {
    const t0 = performance.now();
    const value = await p;
    return { value, ms: performance.now() - t0 };
  };

  it('reads <body> and 40,000 comment openers about as fast as a small upload; health answers meanwhile', async () => {
    const small = () =>
      api.post('/api/documents', { source: 'robustness-small.txt', text: 'Ofsted praised Leeds.' }, auth);
    await small(); // the extraction thread is started
    const baseline = await timed(small());
    expect(baseline.value.status).toBeLessThan(300);
    const [hostile, health] = await Promise.all([
      timed(
        api.post(
          '/api/documents',
          { source: 'robustness-comments.html', text: '<body>' + '<!--'.repeat(40_000) },
          auth,
        ),
      ),
      timed(api.get('/api/health')),
    ]);
    // The whole page is one unclosed comment: no visible text.
    expectClientError(hostile.value, 422);
    expect(health.value.status).toBe(200);
    // The quadratic stripper took seconds on this page, and health waited as long.
    expect(hostile.ms).toBeLessThan(baseline.ms * 10 + 500);
    expect(health.ms).toBeLessThan(baseline.ms * 10 + 500);
  });

  it('gives up a document that takes longer than the time limit with 422, and the next upload is read', async () => {
    const strict = await startTestServer(api.driver, 'neo4j', { apiToken: TOKEN, env: {}, extractTimeoutMs: 1 });
    try {
      const text = 'Ofsted said Lambeth Council had failed children in care. '.repeat(2000);
      const res = await client(strict.url).post('/api/documents', { source: 'robustness-slow.txt', text }, auth);
      expectClientError(res, 422);
      expect(res.body.error.message).toMatch(/longer than 1 ms/);
      expect((await api.get('/api/documents/doc:robustness-slow')).status).toBe(404);
    } finally {
      await strict.close();
    }
    const after = await api.post(
      '/api/documents',
      { source: 'robustness-after.txt', text: 'Ofsted praised Leeds.' },
      auth,
    );
    expect(after.status).toBe(201);
  });

  it('refuses uploads beyond those waiting for the thread with 503 and Retry-After, and reads the rest', async () => {
    const text = 'Ofsted said Lambeth Council had failed children in care, the report found. '.repeat(400);
    const answers = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        api.post('/api/documents', { source: `robustness-queue-${i}.txt`, text }, auth),
      ),
    );
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const b of busy) {
      expect(b.body.error.code).toBe('busy');
      expect(b.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 201 || a.status === 503)).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  }, 120_000);
});

describe('validation gaps', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const upload = (body: Record<string, unknown>) =>
    api.post(
      '/api/documents',
      { source: 'robustness-valid.txt', text: 'Ofsted praised Lambeth Council.', ...body },
      auth,
    );

  it.each(['2024-02-30', '2024-01-01<script>alert(1)</script>', '2024-13-01', '20240101', '2024-01-01T25'])(
    'refuses the date %s',
    async (date) => {
      const res = await upload({ date });
      expectClientError(res, 400);
      expect(res.body.error.message).toMatch(/date/);
    },
  );

  it('accepts a real date, with or without a time', async () => {
    expect((await upload({ date: '2024-02-29' })).status).toBeLessThan(300);
    expect((await upload({ date: '2024-02-29T10:30:00Z' })).status).toBeLessThan(300);
  });

  it.each([
    ['a NUL in the text', { text: 'Ofsted\u0000 praised Lambeth Council.' }],
    ['a lone surrogate in the text', { text: 'Ofsted \ud800 praised Lambeth Council.' }],
    ['a lone surrogate in the title', { title: 'Title \udc00' }],
    ['a NUL in the author', { author: 'A\u0000B' }],
  ])('refuses %s', async (_what, body) => {
    const res = await upload(body);
    expectClientError(res, 400);
    expect(res.body.error.message).toMatch(/NUL or unpaired surrogate/);
  });

  it('keeps paired surrogates (emoji) in the text', async () => {
    expect((await upload({ text: 'Ofsted praised Lambeth Council 👍.' })).status).toBeLessThan(300);
  });

  it('refuses a file name that slugs to the id of another file’s document, unless it says replace', async () => {
    const first = await api.post(
      '/api/documents',
      { source: 'probe-collide.txt', text: 'Ofsted visited Leeds.' },
      auth,
    );
    expect(first.status).toBe(201);
    const clash = await api.post('/api/documents', { source: 'PROBE_Collide.md', text: 'Other text.' }, auth);
    expectClientError(clash, 409);
    expect(clash.body.error.message).toMatch(/probe-collide\.txt/);
    const stored = await api.get(`/api/documents/${first.body.doc}`);
    expect(stored.body.text).toMatch(/Ofsted visited Leeds/);
    const replaced = await api.post(
      '/api/documents',
      { source: 'PROBE_Collide.md', text: 'Other text.', replace: true },
      auth,
    );
    expect(replaced.status).toBe(200);
    expect((await api.get(`/api/documents/${first.body.doc}`)).body.text).toMatch(/Other text/);
  });

  it('refuses the second of two colliding names sent at the same moment', async () => {
    const [a, b] = await Promise.all([
      api.post('/api/documents', { source: 'race-collide.txt', text: 'Ofsted visited Leeds.' }, auth),
      api.post('/api/documents', { source: 'RACE_Collide.md', text: 'Ofsted visited York.' }, auth),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const winner = a.status === 201 ? a : b;
    const stored = await api.get(`/api/documents/${winner.body.doc}`);
    expect(stored.body.source).toBe(winner.body.source);
  });

  it('honours repeated types on /api/graph like a comma list', async () => {
    const repeated = await api.get('/api/graph?types=Person&types=Organisation&limit=500');
    const comma = await api.get('/api/graph?types=Person,Organisation&limit=500');
    const persons = await api.get('/api/graph?types=Person&limit=500');
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual(comma.body);
    const repeatedTypes = new Set(repeated.body.nodes.map((n: any) => n.type));
    expect(repeatedTypes).toEqual(new Set(['Person', 'Organisation']));
    expect(repeated.body.nodes.length).toBeGreaterThan(persons.body.nodes.length);
    expectClientError(await api.get('/api/graph?types=Person&types=Nope'), 400);
  });
});

describe('faults', () => {
  it('answers 503 within a few seconds when Neo4j accepts connections and never answers', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as net.AddressInfo).port;
    const driver = createDriver(neo4jConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }));
    const server = await startTestServer(driver, 'neo4j', { env: {} });
    try {
      const c = client(server.url);
      for (const path of ['/api/graph', '/api/health']) {
        const t0 = performance.now();
        const res = await c.get(path);
        const ms = performance.now() - t0;
        expect(res.status, path).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(ms).toBeLessThan(ACQUISITION_TIMEOUT_MS + 3_000);
        if (path === '/api/health') expect(res.body.status).toBe('down');
      }
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await server.close();
      await driver.close().catch(() => undefined);
      silent.close();
    }
  }, 30_000);

  it('health says busy, not down, when every pooled connection is in use', async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', neo4jConfig().password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 1_000,
      disableLosslessIntegers: true,
    });
    const holder = driver.session();
    const tx = await holder.beginTransaction();
    const server = await startTestServer(driver, 'neo4j', { env: {} });
    try {
      const res = await client(server.url).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('busy');
    } finally {
      await tx.rollback();
      await holder.close();
      const after = await client(server.url).get('/api/health');
      expect(after.body.status).toBe('ok');
      await server.close();
      await driver.close();
    }
  });
});

describe("people's Cypher on a pool of its own", () => {
  it('returns 64-bit integers whole, and runs at most two queries of one client at once', async () => {
    const cypherDriver = createCypherDriver(neo4jConfig({ NEO4J_URI: process.env.NEO4J_URI }), 4);
    const server = await startTestServer(api.driver, 'neo4j', { env: {}, cypherDriver });
    try {
      const c = client(server.url);
      const big = await c.post('/api/cypher', { query: 'RETURN 9223372036854775807 AS big, 42 AS small' });
      expect(big.status).toBe(200);
      expect(big.body.rows[0]).toEqual(['9223372036854775807', 42]);
      const slow = { query: 'UNWIND range(1, 3000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n' };
      const answers = await Promise.all([1, 2, 3, 4].map(() => c.post('/api/cypher', slow)));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((x) => x === 429).length).toBeGreaterThan(0);
      expect(statuses.filter((x) => x === 200).length).toBeGreaterThan(0);
      // Meanwhile the API's own reads, on the main pool, still answer.
      expect((await c.get('/api/search?q=council')).status).toBe(200);
    } finally {
      await server.close();
      await cypherDriver.close();
    }
  }, 120_000);
});
