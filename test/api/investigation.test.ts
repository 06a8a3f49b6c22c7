// The investigation endpoints against the seeds and the known fixture: claims behind an edge, flags on
// claims (auth, stance edges rebuilt, kept across re-ingest), contested targets, timeline, replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorPlaceholder, claimId, entityId } from '@claimgraph/schema';
import { loadDocuments } from '../../ingest/src/load/writer.js';
import { count } from '../helpers/db.js';
import { startApi, STACK_FRAME, type Api } from './helpers.js';
import { fixtureGraphs, ID, NEWS, NEWS_TEXT_FOR_TESTS, OPINION } from './fixture.js';

const TOKEN = 'another-long-random-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
let api: Api;

beforeAll(async () => {
  api = await startApi({ apiToken: TOKEN, env: {} });
});
afterAll(async () => {
  await api?.close();
});

const q = (o: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();
const claimOf = (phrase: string) => {
  const start = NEWS_TEXT_FOR_TESTS.indexOf(phrase);
  return claimId(NEWS, start, start + phrase.length);
};
const PRYCE_ON_COUNCIL = claimOf('Pryce criticised Northmoor Borough Council over the Milo Hart case.');
const del = (path: string, headers: Record<string, string> = {}) => api.get(path, { method: 'DELETE', headers });
const edgeCount = (s: string, t: string) =>
  count(api.driver, 'MATCH (:Entity {id: $s})-[r:CRITICISES]->(:Entity {id: $t}) RETURN count(r)', { s, t });

describe('GET /api/edges/claims', () => {
  it('lists the claims behind a stance edge with speaker, stance and quote at its offsets', async () => {
    const { status, body } = await api.get(
      `/api/edges/claims?${q({ subject: ID.pryce, predicate: 'CRITICISES', object: ID.council })}`,
    );
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    const [c] = body.items;
    expect(c).toMatchObject({ id: PRYCE_ON_COUNCIL, stance: 'critical', flagged: false });
    expect(c.speaker).toMatchObject({ id: ID.pryce, displayName: 'Gareth Pryce' });
    expect(NEWS_TEXT_FOR_TESTS.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    expect(c.evidence.doc).toBe(NEWS);
  });
  it('gives a fact edge its evidence spans', async () => {
    const { body } = await api.get(
      `/api/edges/claims?${q({ subject: ID.department, predicate: 'FUNDS', object: ID.inspectorate })}`,
    );
    expect(body.total).toBe(0);
    expect(body.evidence).toEqual([
      expect.objectContaining({
        doc: OPINION,
        quote: 'The Department of Family Services funds the Care Standards Inspectorate.',
      }),
    ]);
  });
  it('pages the claims and reports the total on the seeds', async () => {
    const [edge] = await api.driver
      .executeQuery(
        `MATCH (a)-[r:CRITICISES|PRAISES]->(b) WHERE size(r.claims) >= 2
         RETURN a.id AS s, type(r) AS p, b.id AS o, size(r.claims) AS n LIMIT 1`,
      )
      .then((r) => r.records.map((x) => x.toObject()));
    expect(edge, 'the seeds hold a stance edge with two claims').toBeDefined();
    const page = (offset: number) =>
      api.get(`/api/edges/claims?${q({ subject: edge!.s, predicate: edge!.p, object: edge!.o, limit: 1, offset })}`);
    const [a, b] = [(await page(0)).body, (await page(1)).body];
    expect(a.total).toBe(Number(edge!.n));
    expect(a.items).toHaveLength(1);
    expect(b.items[0].id).not.toBe(a.items[0].id);
  });
  it('refuses bad parameters and answers 404 for a missing edge', async () => {
    const bad = await api.get(`/api/edges/claims?${q({ subject: ID.pryce, predicate: 'LIKES', object: ID.council })}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/predicate/);
    expect((await api.get(`/api/edges/claims?${q({ subject: ID.pryce, predicate: 'CRITICISES' })}`)).status).toBe(400);
    const lim = await api.get(
      `/api/edges/claims?${q({ subject: ID.pryce, predicate: 'CRITICISES', object: ID.council, limit: 999 })}`,
    );
    expect(lim.status).toBe(400);
    const none = await api.get(`/api/edges/claims?${q({ subject: ID.pryce, predicate: 'FUNDS', object: ID.council })}`);
    expect(none.status).toBe(404);
  });
});

describe('claims and their flags', () => {
  const path = `/api/claims/${encodeURIComponent(PRYCE_ON_COUNCIL)}`;
  it('GET /api/claims/{id} returns one claim, 404 for an unknown one', async () => {
    const { status, body } = await api.get(path);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: PRYCE_ON_COUNCIL, stance: 'critical', flagged: false });
    expect(body.speaker.displayName).toBe('Gareth Pryce');
    expect((await api.get('/api/claims/nope%23claim:1-2')).status).toBe(404);
  });
  it('needs the API token', async () => {
    expect((await api.post(`${path}/flag`, { reason: 'x' })).status).toBe(401);
    expect((await api.post(`${path}/flag`, { reason: 'x' }, { authorization: 'Bearer wrong' })).status).toBe(403);
    expect((await del(`${path}/flag`)).status).toBe(401);
  });
  it('validates the reason', async () => {
    const res = await api.post(`${path}/flag`, { reason: '  ' }, auth);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/reason/);
    expect((await api.post(`${path}/flag`, { reason: 'x', extra: 1 }, auth)).status).toBe(400);
    for (const reason of ['a\u0000b', 'lone \ud800 surrogate']) {
      const bad = await api.post(`${path}/flag`, { reason }, auth);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/NUL or unpaired surrogate/);
    }
    expect((await api.get(path)).body.flagged).toBe(false);
    expect((await api.post('/api/claims/nope/flag', { reason: 'x' }, auth)).status).toBe(404);
  });
  it('flags: kept on the claim, out of the stance edge, evidence intact; unflag restores the edge', async () => {
    expect(await edgeCount(ID.pryce, ID.council)).toBe(1);
    const res = await api.post(`${path}/flag`, { reason: 'Pryce was quoting someone else' }, auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ flagged: true, flagReason: 'Pryce was quoting someone else' });
    expect(Date.parse(res.body.flaggedAt)).not.toBeNaN();
    expect(await edgeCount(ID.pryce, ID.council)).toBe(0);
    expect(await count(api.driver, 'MATCH (c:Claim {id: $id}) RETURN count(c)', { id: PRYCE_ON_COUNCIL })).toBe(1);
    // Jane Reader's claim on the council still makes her edge.
    expect(
      await count(api.driver, 'MATCH (:Entity)-[r:CRITICISES]->(:Entity {id: $c}) RETURN count(r)', { c: ID.council }),
    ).toBeGreaterThan(0);
    // The same speaker's other edges stay.
    expect(await count(api.driver, 'MATCH (:Entity {id: $p})-[r:PRAISES]->() RETURN count(r)', { p: ID.pryce })).toBe(
      1,
    );

    const un = await del(`${path}/flag`, auth);
    expect(un.status).toBe(200);
    expect(un.body.flagged).toBe(false);
    expect(un.body.flagReason).toBeNull();
    expect(await edgeCount(ID.pryce, ID.council)).toBe(1);
  });
  it('a flag survives re-ingesting the document, unchanged or rewritten, and lapses with its claim', async () => {
    await api.post(`${path}/flag`, { reason: 'wrong stance' }, auth);
    const flagged = () =>
      count(api.driver, 'MATCH (c:Claim {id: $id}) WHERE c.flagged RETURN count(c)', { id: PRYCE_ON_COUNCIL });
    const [unchanged] = await loadDocuments(api.driver, fixtureGraphs().slice(0, 1));
    expect(unchanged!.outcome).toBe('unchanged');
    expect(await flagged()).toBe(1);
    const [forced] = await loadDocuments(api.driver, fixtureGraphs().slice(0, 1), { force: true });
    expect(forced!.outcome).toBe('replaced');
    expect(await flagged()).toBe(1);
    expect(await edgeCount(ID.pryce, ID.council)).toBe(0);

    const changed = fixtureGraphs()[0]!;
    changed.claims = changed.claims.filter((c) => c.id !== PRYCE_ON_COUNCIL);
    const otherFlag = changed.claims[0]!.id;
    await api.post(`/api/claims/${encodeURIComponent(otherFlag)}/flag`, { reason: 'kept' }, auth);
    await loadDocuments(api.driver, [changed]);
    expect(await flagged()).toBe(0);
    expect(
      await count(api.driver, 'MATCH (c:Claim {id: $id}) WHERE c.flagged RETURN count(c)', { id: otherFlag }),
    ).toBe(1);
    // Back to the fixture as loaded, with no flags, for the tests that follow.
    await loadDocuments(api.driver, fixtureGraphs(), { force: true });
    await del(`/api/claims/${encodeURIComponent(otherFlag)}/flag`, auth);
    expect(await edgeCount(ID.pryce, ID.council)).toBe(1);
  });
});

describe('GET /api/contested', () => {
  it('ranks targets judged both ways by different speakers, with each side’s claims', async () => {
    const { status, body } = await api.get('/api/contested?limit=100');
    expect(status).toBe(200);
    const csi = body.items.find((x: any) => x.target.id === ID.inspectorate);
    expect(csi).toMatchObject({ critical: 1, supportive: 1, speakers: 2 });
    expect(csi.criticalClaims.map((c: any) => c.speaker.id)).toEqual([ID.fenwick]);
    expect(csi.supportiveClaims.map((c: any) => c.speaker.id)).toEqual([ID.pryce]);
    for (const c of [...csi.criticalClaims, ...csi.supportiveClaims])
      expect(NEWS_TEXT_FOR_TESTS.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    // The council is only criticised: not contested.
    expect(body.items.map((x: any) => x.target.id)).not.toContain(ID.council);
    const rank = (x: any) => [Math.min(x.critical, x.supportive), x.speakers];
    for (let i = 1; i < body.items.length; i++) {
      const [a, b] = [rank(body.items[i - 1]), rank(body.items[i])];
      expect(a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]), `rank order at ${i}`).toBe(true);
    }
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
  });
  it('pages and validates', async () => {
    const all = (await api.get('/api/contested?limit=100')).body;
    const second = (await api.get('/api/contested?limit=1&offset=1')).body;
    expect(all.total, 'the seeds and fixture hold two contested targets').toBeGreaterThan(1);
    expect(second.items[0].target.id).toBe(all.items[1].target.id);
    expect((await api.get('/api/contested?limit=0')).status).toBe(400);
    expect((await api.get('/api/contested?offset=-1')).status).toBe(400);
  });
});

describe('GET /api/timeline', () => {
  it('counts comments and claims per day inside a window', async () => {
    const { status, body } = await api.get('/api/timeline?from=2024-03-12&to=2024-03-12');
    expect(status).toBe(200);
    expect(body.unit).toBe('day');
    expect(body.buckets).toHaveLength(1);
    const expected = await count(
      api.driver,
      "MATCH (c:Comment) WHERE c.postedAt STARTS WITH '2024-03-12' RETURN count(c)",
    );
    expect(body.buckets[0]).toMatchObject({ start: '2024-03-12', comments: expected });
    expect(body.buckets[0].claims).toBeGreaterThanOrEqual(4);
  });
  it('buckets by month over a long span, and validates dates', async () => {
    const { body } = await api.get('/api/timeline');
    if (body.buckets.length > 1 && Date.parse(body.to) - Date.parse(body.from) > 92 * 86_400_000)
      expect(body.unit).toBe('month');
    const total = body.buckets.reduce((n: number, b: any) => n + b.comments, 0);
    expect(total).toBe(await count(api.driver, 'MATCH (c:Comment) WHERE c.postedAt IS NOT NULL RETURN count(c)'));
    for (const bad of ['from=2024-02-30', 'to=March', 'from=2024-05-01&to=2024-04-01']) {
      const res = await api.get(`/api/timeline?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(JSON.stringify(res.body)).not.toMatch(STACK_FRAME);
    }
  });
});

describe('GET /api/replies', () => {
  it('draws commenter → commenter edges with counts in the /api/graph shape', async () => {
    const { status, body } = await api.get(`/api/replies?document=${encodeURIComponent(NEWS)}`);
    expect(status).toBe(200);
    expect(body.edges).toHaveLength(1);
    const [e] = body.edges;
    expect(e).toMatchObject({ type: 'REPLIES_TO', count: 1 });
    const names = Object.fromEntries(body.nodes.map((n: any) => [n.id, n.label]));
    expect([names[e.source], names[e.target]]).toEqual(['Tom Bell', 'Jane Reader']);
    const all = (await api.get('/api/replies')).body;
    const replies = await count(
      api.driver,
      'MATCH (:Entity)-[:WROTE]->(:Comment)-[r:REPLY_TO]->(:Comment)<-[:WROTE]-(:Entity) RETURN count(r)',
    );
    expect(all.edges.reduce((n: number, x: any) => n + x.count, 0)).toBe(replies);
  });
});

describe('speaker display names', () => {
  it('names a placeholder speaker "Author of <title>" in the graph and shows that same name, never a file name', async () => {
    const rows = await api.driver
      .executeQuery(
        `MATCH (s:Entity)<-[:MADE_BY]-(c:Claim) WHERE s.name STARTS WITH 'Author of '
         MATCH (d:Document {id: c.doc}) WHERE d.author IS NULL
         RETURN DISTINCT s.id AS id, s.name AS name, d.title AS title, d.source AS source LIMIT 3`,
      )
      .then((r) => r.records.map((x) => x.toObject()));
    expect(rows.length, 'the seeds hold claims by placeholder speakers').toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.name).toBe(authorPlaceholder({ title: row.title as string, source: row.source as string }));
      expect(row.name).toBe(`Author of ${row.title}`);
      expect(row.id).toBe(entityId('Person', row.name));
      const { body } = await api.get(`/api/claims?speaker=${encodeURIComponent(row.id)}&limit=1`);
      expect(body.items[0].speaker).toMatchObject({ id: row.id, name: row.name, displayName: row.name });
      expect(body.items[0].speaker.displayName).not.toContain(row.source);
    }
  });
});

describe('GET /api/graph focus', () => {
  const ids = async (query: string) =>
    (await api.get(`/api/graph?limit=5000&${query}`)).body.nodes.map((n: any) => n.id);
  it('narrows to a document, a speaker and a time window', async () => {
    const opinion = await ids(`document=${encodeURIComponent(OPINION)}`);
    expect(new Set(opinion)).toEqual(new Set([ID.pryce, ID.department, ID.inspectorate, ID.price, ID.westbrook]));
    const pryce = await ids(`speaker=${encodeURIComponent(ID.pryce)}`);
    expect(new Set(pryce)).toEqual(new Set([ID.pryce, ID.inspectorate, ID.council, ID.milo]));
    const april = await ids('from=2024-04-01&to=2024-04-01');
    expect(april).toEqual(expect.arrayContaining([ID.department, ID.westbrook]));
    expect(april).not.toContain(ID.fenwick); // mentioned only in March
    const march = await ids('from=2024-03-12&to=2024-03-12');
    expect(march).toEqual(expect.arrayContaining([ID.fenwick, ID.jane, ID.tom]));
    expect(march).not.toContain(ID.westbrook);
  });
  it('validates the focus parameters', async () => {
    for (const bad of ['from=yesterday', 'to=2024-13-01', 'from=2024-05-01&to=2024-04-01', 'document=']) {
      const res = await api.get(`/api/graph?${bad}`);
      expect(res.status, bad).toBe(400);
    }
  });
});

describe('totals beside every capped list', () => {
  it('/api/claims pages through all claims with the total', async () => {
    const all = await count(api.driver, 'MATCH (c:Claim) RETURN count(c)');
    const seen = new Set<string>();
    for (let offset = 0; offset < all; offset += 200) {
      const { body } = await api.get(`/api/claims?limit=200&offset=${offset}`);
      expect(body.total).toBe(all);
      for (const c of body.items) seen.add(c.id);
    }
    expect(seen.size).toBe(all);
  });
  it('/api/entities/{id}/claims and /api/documents report totals', async () => {
    const ent = await api.get(`/api/entities/${encodeURIComponent(ID.council)}/claims?limit=1`);
    expect(ent.body.total).toBe(
      await count(api.driver, 'MATCH (:Entity {id: $id})<-[:MADE_BY|ABOUT]-(c:Claim) RETURN count(DISTINCT c)', {
        id: ID.council,
      }),
    );
    expect(ent.body.items).toHaveLength(1);
    const docs = await api.get('/api/documents?limit=1&offset=1');
    expect(docs.body).toMatchObject({
      total: await count(api.driver, 'MATCH (d:Document) RETURN count(d)'),
      offset: 1,
    });
    expect((await api.get('/api/documents?limit=100000')).status).toBe(400);
  });
});
