// The contract against the live API: every documented operation is called on the seeds graph with
// parameters taken from that graph, and each answer is validated twice, against the served OpenAPI
// document (with a JSON Schema validator, which proves the document) and against the zod schema it is
// generated from. A documented operation without a case here fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { get } from 'node:http';
import { routes, SECURITY_HEADERS, TRANSPORT_HEADERS } from '@claimgraph/schema/api';
import { startApi, type Api } from './helpers.js';

const TOKEN = 'contract-token';

interface Case {
  method: 'get' | 'post' | 'delete';
  /** The documented path, e.g. /entities/{id}. */
  path: string;
  /** The request actually sent: a path under /api plus, for writes, a JSON body. */
  url: string;
  body?: unknown;
  status: number;
}

let api: Api;
let doc: { paths: Record<string, Record<string, unknown>> };
let ajv: Ajv2020;
let cases: Case[];

/** The first row of a Cypher query against the test graph; the test needs it to exist. */
async function one(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, string>> {
  const res = await api.driver.executeQuery(cypher, params);
  const rec = res.records[0];
  if (!rec) throw new Error(`no row for ${cypher}`);
  return rec.toObject();
}

const enc = encodeURIComponent;

/** Requests for every operation, with ids, predicates and dates found in the graph. */
async function buildCases(): Promise<Case[]> {
  const talker = await one(
    `MATCH (e:Entity)<-[:MADE_BY]-(:Claim) WITH e, count(*) AS n ORDER BY n DESC, e.id LIMIT 1 RETURN e.id AS id`,
  );
  const edge = await one(
    `MATCH (s:Entity)-[r:CRITICISES|PRAISES|SUPPORTS|OPPOSES]->(o:Entity)
     RETURN s.id AS subject, type(r) AS predicate, o.id AS object ORDER BY s.id, o.id LIMIT 1`,
  );
  const factEdge = await one(
    `MATCH (s:Entity)-[r:WORKS_FOR|LEADS|FUNDS|INSPECTED]->(o:Entity)
     RETURN s.id AS subject, type(r) AS predicate, o.id AS object, elementId(r) AS id ORDER BY s.id, o.id LIMIT 1`,
  );
  // An organisation with two members or more, so a page of one leaves some out.
  const employer = await one(
    `MATCH (:Entity)-[:WORKS_FOR|LEADS]->(o:Entity) WITH o, count(*) AS n WHERE n >= 2
     RETURN o.id AS id ORDER BY n DESC, o.id LIMIT 1`,
  );
  const path = await one(
    `MATCH (a:Entity)-[:WORKS_FOR|LEADS|FUNDS|INSPECTED]->(:Entity)-[:WORKS_FOR|LEADS|FUNDS|INSPECTED]-(b:Entity)
     WHERE a <> b RETURN a.id AS from, b.id AS to ORDER BY a.id, b.id LIMIT 1`,
  );
  const thread = await one(
    `MATCH (d:Document)<-[:PART_OF]-(:Comment)-[:REPLY_TO]->(:Comment)
     WITH d, count(*) AS n ORDER BY n DESC, d.id LIMIT 1
     RETURN d.id AS id, d.kind AS kind`,
  );
  const claim = await one(`MATCH (c:Claim)-[:STATED_IN]->(:Comment) RETURN c.id AS id ORDER BY c.id LIMIT 1`);
  const dated = await one(
    `MATCH (c:Comment) WHERE c.postedAt IS NOT NULL
     RETURN substring(min(c.postedAt), 0, 10) AS from, substring(max(c.postedAt), 0, 10) AS to`,
  );
  const name = await one('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type', { id: talker.id });
  const get = (path: string, url: string, status = 200): Case => ({ method: 'get', path, url, status });
  const entity = enc(talker.id!);
  return [
    get('/health', '/health'),
    get('/openapi.json', '/openapi.json'),
    get('/stats', '/stats'),
    get('/search', `/search?q=${enc(name.name!)}&type=${name.type}&limit=5`),
    get('/entities/{id}', `/entities/${entity}`),
    get('/entities/{id}', `/entities/${enc(employer.id!)}?members=1&memberOffset=1&roles=1&roleOffset=0`),
    get('/entities/{id}/neighbours', `/entities/${entity}/neighbours?depth=2&limit=20`),
    get('/entities/{id}/claims', `/entities/${entity}/claims?role=by&limit=10`),
    get('/claims', `/claims?speaker=${entity}&stance=critical&limit=5`),
    get('/path', `/path?from=${enc(path.from!)}&to=${enc(path.to!)}&maxHops=4`),
    get('/documents', `/documents?kind=${thread.kind}&limit=5`),
    get('/documents/{id}', `/documents/${enc(thread.id!)}`),
    get('/graph', `/graph?limit=200&types=Person,Organisation&from=${dated.from}&to=${dated.to}`),
    get(
      '/edges/claims',
      `/edges/claims?subject=${enc(edge.subject!)}&predicate=${edge.predicate}&object=${enc(edge.object!)}`,
    ),
    get(
      '/edges/claims',
      `/edges/claims?subject=${enc(factEdge.subject!)}&predicate=${factEdge.predicate}` +
        `&object=${enc(factEdge.object!)}`,
    ),
    get(
      '/edges/claims',
      `/edges/claims?subject=${enc(factEdge.subject!)}&predicate=${factEdge.predicate}` +
        `&object=${enc(factEdge.object!)}&edge=${enc(factEdge.id!)}&limit=1`,
    ),
    get('/claims/{id}', `/claims/${enc(claim.id!)}`),
    get('/contested', '/contested?limit=5'),
    get('/timeline', `/timeline?from=${dated.from}&to=${dated.to}`),
    get('/replies', `/replies?document=${enc(thread.id!)}`),
    {
      method: 'post',
      path: '/cypher',
      url: '/cypher',
      body: { query: 'MATCH (e:Entity) RETURN e LIMIT 3' },
      status: 200,
    },
    {
      method: 'post',
      path: '/claims/{id}/flag',
      url: `/claims/${enc(claim.id!)}/flag`,
      body: { reason: 'The stance is wrong.' },
      status: 200,
    },
    { method: 'delete', path: '/claims/{id}/flag', url: `/claims/${enc(claim.id!)}/flag`, status: 200 },
    {
      method: 'post',
      path: '/documents',
      url: '/documents',
      body: { source: 'contract-check.txt', text: 'Gareth Pryce praised Northmoor Borough Council.', kind: 'news' },
      status: 201,
    },
  ];
}

async function call(c: Case) {
  const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
  if (c.body === undefined) return api.get(`/api${c.url}`, { method: c.method.toUpperCase(), headers });
  headers['content-type'] = 'application/json';
  return api.get(`/api${c.url}`, { method: c.method.toUpperCase(), headers, body: JSON.stringify(c.body) });
}

/** JSON pointer escaping for a path segment. */
const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The documented schema of one response, by reference into the served document. */
function documented(c: Case, status: number) {
  const ref = `openapi.json#/paths/${pointer(c.path)}/${c.method}/responses/${status}/content/application~1json/schema`;
  return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
}

/** The zod schema the document's response was generated from. */
function zodSchema(c: Case, status: number): z.ZodType {
  const route = routes.find((r) => r.method === c.method && r.path === c.path);
  const response = route?.responses[status];
  const media = response && 'content' in response ? response.content?.['application/json'] : undefined;
  const schema: unknown = media && 'schema' in media ? media.schema : undefined;
  if (!(schema instanceof z.ZodType)) throw new Error(`no zod schema for ${c.method} ${c.path} ${status}`);
  return schema;
}

beforeAll(async () => {
  api = await startApi({ apiToken: TOKEN, env: {} });
  doc = (await api.get('/api/openapi.json')).body;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc, 'openapi.json');
  cases = await buildCases();
});
afterAll(async () => {
  await api?.close();
});

describe('the API contract', () => {
  it('has a case for every documented operation', () => {
    const documentedOps = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    const covered = new Set(cases.map((c) => `${c.method} ${c.path}`));
    expect(documentedOps.filter((op) => !covered.has(op))).toEqual([]);
  });

  it('answers every case with a body the generated document and its zod schema both accept', async () => {
    for (const c of cases) {
      const res = await call(c);
      const label = `${c.method.toUpperCase()} ${c.url}`;
      expect(res.status, `${label}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(c.status);
      const validate = documented(c, c.status);
      const ok = validate(res.body);
      expect(ok ? [] : validate.errors?.slice(0, 5), label).toEqual([]);
      const parsed = zodSchema(c, c.status).safeParse(res.body);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 5), label).toEqual([]);
    }
  });

  it('documents every header an answer carries on its operation and status', async () => {
    const named = new Set([...TRANSPORT_HEADERS, ...SECURITY_HEADERS]);
    const undocumented: string[] = [];
    const conditional: Case[] = [];
    for (const c of cases) {
      const res = await call(c);
      const op = doc.paths[c.path]?.[c.method] as { responses: Record<string, { headers?: object }> };
      const documentedHeaders = new Set(
        Object.keys(op.responses[res.status]?.headers ?? {}).map((h) => h.toLowerCase()),
      );
      for (const [h] of res.headers)
        if (!named.has(h) && !documentedHeaders.has(h)) undocumented.push(`${c.method} ${c.path} ${res.status}: ${h}`);
      if (res.headers.get('etag')) conditional.push(c);
    }
    expect(undocumented).toEqual([]);
    // The cached reads: a conditional repeat is a documented 304, and a client accepting gzip is sent it.
    expect(conditional.length).toBeGreaterThan(10);
    const c = conditional.find((x) => x.path === '/entities/{id}/neighbours')!;
    const first = await call(c);
    const gzipped = () =>
      new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        get(`${api.server.url}/api${c.url}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
        }).on('error', reject);
      });
    let zipped = await gzipped();
    // The first gzip'd read compresses in the background; wait by time, as a loaded machine may take a while.
    for (const end = Date.now() + 10_000; zipped.headers['content-encoding'] !== 'gzip' && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 20));
      zipped = await gzipped();
    }
    expect([zipped.status, zipped.headers['content-encoding'], zipped.headers['x-cache']]).toEqual([
      200,
      'gzip',
      'hit',
    ]);
    expect(zipped.headers.etag).toBe(first.headers.get('etag'));
    const op = doc.paths[c.path]?.[c.method] as { responses: Record<string, { headers?: object }> };
    expect(Object.keys(op.responses['304']?.headers ?? {})).toContain('ETag');
    expect(Object.keys(op.responses['200']?.headers ?? {})).toEqual(
      expect.arrayContaining(['X-Cache', 'ETag', 'Vary', 'Content-Encoding', 'X-Worker']),
    );
  });

  it('fills the answers it validates: the graph parameters found real data', async () => {
    const bodies = new Map<string, any>();
    for (const c of cases.filter((x) => x.method === 'get' && !bodies.has(x.path)))
      bodies.set(c.path, (await call(c)).body);
    expect(bodies.get('/search').results.length).toBeGreaterThan(0);
    expect(bodies.get('/entities/{id}/claims').items.length).toBeGreaterThan(0);
    expect(bodies.get('/path').paths.length).toBeGreaterThan(0);
    expect(bodies.get('/graph').nodes.length).toBeGreaterThan(0);
    const edge = bodies.get('/edges/claims');
    expect(edge.total + edge.evidence.length).toBeGreaterThan(0);
    expect(bodies.get('/contested').items.length).toBeGreaterThan(0);
    expect(bodies.get('/timeline').buckets.length).toBeGreaterThan(0);
    expect(bodies.get('/replies').edges.length).toBeGreaterThan(0);
    expect(bodies.get('/documents/{id}').comments.length).toBeGreaterThan(0);
    // The paged lists: a page of one member of several, and one span of one relationship.
    const bodyOf = async (part: string) => (await call(cases.find((x) => x.url.includes(part))!)).body;
    const employer = await bodyOf('members=1');
    expect(employer.members).toHaveLength(1);
    expect(employer.memberCount).toBeGreaterThanOrEqual(2);
    expect(employer.roleCount).toBeGreaterThanOrEqual(employer.roles.length);
    const span = await bodyOf('&edge=');
    expect(span.evidence).toHaveLength(1);
    expect(span.evidenceTotal).toBeGreaterThanOrEqual(1);
  });

  it('answers refusals with the documented error body', async () => {
    const refusals: Case[] = [
      { method: 'get', path: '/search', url: '/search', status: 400 },
      { method: 'get', path: '/entities/{id}', url: '/entities/person%3Anobody-at-all', status: 404 },
      { method: 'get', path: '/graph', url: '/graph?limit=0', status: 400 },
      { method: 'get', path: '/entities/{id}', url: '/entities/person%3Anobody-at-all?members=201', status: 400 },
      { method: 'get', path: '/timeline', url: '/timeline?from=2024-02-30', status: 400 },
    ];
    for (const c of refusals) {
      const res = await call(c);
      expect(res.status, c.url).toBe(c.status);
      const validate = documented(c, c.status);
      expect(validate(res.body) ? [] : validate.errors, c.url).toEqual([]);
      expect(zodSchema(c, c.status).safeParse(res.body).success, c.url).toBe(true);
    }
  });
});
