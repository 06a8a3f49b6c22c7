// The read endpoints against the real Neo4j holding the seeds and a small known fixture: answers,
// evidence spans that match the document text, validation (400) and unknown ids (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, STACK_FRAME, type Api } from './helpers.js';
import { ID, NEWS, NEWS_TEXT_FOR_TESTS, OPINION } from './fixture.js';
import { count } from '../helpers/db.js';
import type { Driver, Session } from 'neo4j-driver';
import { shortestPaths } from '../../server/src/queries/path.js';
import { PREDICATES } from '@claimgraph/schema';

let api: Api;
const texts = new Map<string, string>();

beforeAll(async () => {
  api = await startApi();
  for (const doc of [NEWS, OPINION]) texts.set(doc, (await api.get(`/api/documents/${doc}`)).body.text);
});
afterAll(async () => {
  await api?.close();
});

/** Every evidence span must be a real slice of its document's text. */
function expectEvidence(ev: { doc: string; start: number; end: number; quote: string }) {
  const text = texts.get(ev.doc);
  expect(text, `text of ${ev.doc}`).toBeTypeOf('string');
  expect(text!.slice(ev.start, ev.end)).toBe(ev.quote);
}
function expectEdgeEvidence(edge: any) {
  expect(edge.evidence.length + edge.claims.length, `${edge.type} has evidence`).toBeGreaterThan(0);
  for (const ev of edge.evidence) expectEvidence(ev);
  for (const c of edge.claims) expectEvidence(c.evidence);
}

describe('GET /api/stats', () => {
  it('counts labels, relationship types, entity types and kinds as the database does', async () => {
    const { status, body } = await api.get('/api/stats');
    expect(status).toBe(200);
    expect(body.labels.Document).toBe(await count(api.driver, 'MATCH (d:Document) RETURN count(d)'));
    expect(body.labels.Claim).toBe(await count(api.driver, 'MATCH (c:Claim) RETURN count(c)'));
    expect(body.relationships.MENTIONED_IN).toBe(
      await count(api.driver, 'MATCH ()-[r:MENTIONED_IN]->() RETURN count(r)'),
    );
    expect(body.relationships.FUNDS).toBe(await count(api.driver, 'MATCH ()-[r:FUNDS]->() RETURN count(r)'));
    expect(body.entities.total).toBe(await count(api.driver, 'MATCH (e:Entity) RETURN count(e)'));
    expect(body.entities.byType.Organisation).toBe(
      await count(api.driver, 'MATCH (e:Entity {type: "Organisation"}) RETURN count(e)'),
    );
    const regulators = body.entities.byKind.find((k: any) => k.type === 'Organisation' && k.kind === 'regulator');
    expect(regulators.count).toBe(
      await count(api.driver, 'MATCH (e:Entity {type: "Organisation", kind: "regulator"}) RETURN count(e)'),
    );
    expect(body.claims.byStance.supportive).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /api/search', () => {
  it('puts the exact name first, then close matches', async () => {
    const { status, body } = await api.get('/api/search?q=Gareth%20Pryce');
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ id: ID.pryce, match: 'name' });
    expect(body.results.map((r: any) => r.id)).toContain(ID.price); // one letter off
    const other = await api.get('/api/search?q=gareth%20price');
    expect(other.body.results[0]).toMatchObject({ id: ID.price, match: 'name' });
  });
  it('finds by alias, by prefix and by a misspelling', async () => {
    expect((await api.get('/api/search?q=CSI')).body.results[0]).toMatchObject({ id: ID.inspectorate, match: 'alias' });
    expect((await api.get('/api/search?q=northm')).body.results.map((r: any) => r.id)).toContain(ID.council);
    expect((await api.get('/api/search?q=Inspectorat')).body.results[0].id).toBe(ID.inspectorate);
    expect((await api.get('/api/search?q=Fenwik')).body.results.map((r: any) => r.id)).toContain(ID.fenwick);
  });
  it('filters by type and honours limit', async () => {
    const { body } = await api.get('/api/search?q=gareth&type=Organisation');
    expect(body.results).toEqual([]);
    const one = await api.get('/api/search?q=gareth&limit=1');
    expect(one.body.results).toHaveLength(1);
  });
  it('treats Lucene syntax in the input as text', async () => {
    for (const q of ['Pryce~"(', 'AND', 'a:b OR c*', '\\', '[}{', '/regex/', '!', 'Gareth && Pryce']) {
      const res = await api.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(Array.isArray(res.body.results)).toBe(true);
    }
    expect((await api.get(`/api/search?q=${encodeURIComponent('Gareth && Pryce')}`)).body.results[0].id).toBe(ID.pryce);
  });
  it('rejects a missing or bad query with 400', async () => {
    for (const p of [
      '/api/search',
      '/api/search?q=',
      '/api/search?q=x&limit=0',
      '/api/search?q=x&limit=abc',
      '/api/search?q=x&type=Dog',
      '/api/search?q=a&q=b',
    ]) {
      const res = await api.get(p);
      expect(res.status, p).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    }
  });
});

describe('GET /api/entities/:id', () => {
  it('returns properties, aliases, roles with evidence, mention count and documents', async () => {
    const { status, body } = await api.get(`/api/entities/${ID.fenwick}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: ID.fenwick,
      name: 'Alys Fenwick',
      type: 'Person',
      kind: 'official',
      mentionCount: 1,
      claims: { by: 1, about: 0 },
    });
    expect(body.roles).toHaveLength(1);
    expect(body.roles[0]).toMatchObject({
      predicate: 'WORKS_FOR',
      qualifier: "director of children's services",
      organisation: { id: ID.council },
    });
    expectEdgeEvidence(body.roles[0].edge);
    expect(body.documents).toEqual([expect.objectContaining({ id: NEWS, mentions: 1 })]);
    expect(body.documentCount).toBe(1);
    expect(body).not.toHaveProperty('aliasText');
  });
  it('lists aliases, members and per-document counts for an organisation', async () => {
    const { body } = await api.get(`/api/entities/${ID.council}`);
    expect(body.aliases).toEqual(['Northmoor Council']);
    expect(body.mentionCount).toBe(4);
    expect(body.members.map((m: any) => m.person.id)).toEqual([ID.fenwick]);
    expect(body.documents[0]).toMatchObject({ id: NEWS, mentions: 4 });
    for (const s of body.documents[0].spans) expect(NEWS_TEXT_FOR_TESTS.slice(s.start, s.end)).toBe(s.text);
  });
  it('pages its documents with documents and offset, and lists up to spans mention spans of each', async () => {
    const [row] = (
      await api.driver.executeQuery(
        `MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) WITH e, count(DISTINCT d) AS docs
         WHERE docs >= 3 RETURN e.id AS id ORDER BY docs DESC, e.id LIMIT 1`,
      )
    ).records;
    const url = `/api/entities/${encodeURIComponent(row!.get('id') as string)}`;
    const all = (await api.get(url)).body;
    expect(all.documents.length).toBeGreaterThanOrEqual(3);
    const page = (await api.get(`${url}?documents=2&offset=1&spans=1`)).body;
    expect(page.documentCount).toBe(all.documentCount);
    expect(page.mentionCount).toBe(all.mentionCount);
    expect(page.documents.map((d: any) => [d.id, d.mentions])).toEqual(
      all.documents.slice(1, 3).map((d: any) => [d.id, d.mentions]),
    );
    for (const [i, d] of page.documents.entries()) expect(d.spans).toEqual(all.documents[i + 1].spans.slice(0, 1));
    const bare = (await api.get(`${url}?spans=0`)).body;
    expect(bare.documents.every((d: any) => d.spans.length === 0)).toBe(true);
    for (const q of ['documents=101', 'spans=21', 'offset=-1', 'spans=some'])
      expect((await api.get(`${url}?${q}`)).status, q).toBe(400);
  });
  it('404s an unknown id', async () => {
    const res = await api.get('/api/entities/person:nobody-at-all');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('GET /api/entities/:id/neighbours', () => {
  it("returns neighbours with every edge's evidence, stance edges with their claims", async () => {
    const { status, body } = await api.get(`/api/entities/${ID.pryce}/neighbours`);
    expect(status).toBe(200);
    // Claims about the Milo Hart case make Pryce a critic of it too.
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual(
      [ID.department, ID.inspectorate, ID.council, ID.milo].sort(),
    );
    expect(body.more).toBe(0);
    for (const e of body.edges) expectEdgeEvidence(e);
    const praise = body.edges.find((e: any) => e.type === 'PRAISES');
    expect(praise).toMatchObject({ source: ID.pryce, target: ID.inspectorate, derived: true, count: 1 });
    expect(praise.claims[0].text).toBe('Gareth Pryce praised the Care Standards Inspectorate for its candour.');
    const leads = body.edges.find((e: any) => e.type === 'LEADS');
    expect(leads.evidence[0]).toMatchObject({
      doc: OPINION,
      quote: 'Gareth Pryce leads the Department of Family Services.',
    });
  });
  it('caps the list and says how many more there are', async () => {
    const { body } = await api.get(`/api/entities/${ID.pryce}/neighbours?limit=1`);
    expect(body.nodes).toHaveLength(1);
    expect(body.total).toBe(4);
    expect(body.more).toBe(3);
    // Only edges among the entity and the neighbours shown.
    const shown = new Set([ID.pryce, body.nodes[0].id]);
    for (const e of body.edges) expect(shown.has(e.source) && shown.has(e.target)).toBe(true);
  });
  it('goes deeper with depth and filters by predicate and type', async () => {
    const d2 = await api.get(`/api/entities/${ID.fenwick}/neighbours?depth=2`);
    const byId = new Map(d2.body.nodes.map((n: any) => [n.id, n.distance]));
    expect(byId.get(ID.council)).toBe(1);
    expect(byId.get(ID.pryce)).toBe(2);
    const works = await api.get(`/api/entities/${ID.fenwick}/neighbours?predicates=WORKS_FOR`);
    expect(works.body.nodes.map((n: any) => n.id)).toEqual([ID.council]);
    expect(works.body.edges.every((e: any) => e.type === 'WORKS_FOR')).toBe(true);
    const people = await api.get(`/api/entities/${ID.inspectorate}/neighbours?types=Person`);
    expect(people.body.nodes.map((n: any) => n.id).sort()).toEqual([ID.fenwick, ID.pryce].sort());
  });
  it('answers an entity without relations with no neighbours, and 404s an unknown one', async () => {
    const lone = await api.get(`/api/entities/${ID.westbrook}/neighbours`);
    expect(lone.status).toBe(200);
    expect(lone.body).toMatchObject({ nodes: [], edges: [], total: 0, more: 0 });
    expect((await api.get('/api/entities/place:atlantis/neighbours')).status).toBe(404);
  });
  it('gives each node of three hops its least distance, and counts every node within them', async () => {
    const id = ID.fenwick;
    const { body } = await api.get(`/api/entities/${encodeURIComponent(id)}/neighbours?depth=3&limit=500`);
    const within = await api.driver.executeQuery(
      `MATCH (a:Entity {id: $id}), (b:Entity) WHERE a <> b
       MATCH p = shortestPath((a)-[:${PREDICATES.join('|')}*..3]-(b))
       RETURN b.id AS id, length(p) AS hops`,
      { id },
    );
    const expected = new Map(within.records.map((r) => [r.get('id') as string, Number(r.get('hops'))]));
    expect(body.total).toBe(expected.size);
    expect(body.nodes.length).toBe(Math.min(500, expected.size));
    for (const n of body.nodes) expect(n.distance, n.id).toBe(expected.get(n.id));
    // Nearest first.
    const distances = body.nodes.map((n: { distance: number }) => n.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
  it('with evidence=N, carries at most N spans or claims per edge; count still says how many there are', async () => {
    // The seeds' stance edge with the most claims, and a fact edge with more than one span.
    const most = async (cypher: string) =>
      (await api.driver.executeQuery(cypher)).records[0]!.toObject() as { source: string; n: number };
    const stance = await most(
      `MATCH (a:Entity)-[r:CRITICISES|PRAISES]->(:Entity) WHERE size(r.claims) >= 2
       RETURN a.id AS source, size(r.claims) AS n ORDER BY n DESC, a.id LIMIT 1`,
    );
    const fact = await most(
      `MATCH (a:Entity)-[r]->(:Entity) WHERE size(coalesce(r.starts, [])) >= 2
       RETURN a.id AS source, size(r.starts) AS n ORDER BY n DESC, a.id LIMIT 1`,
    );
    for (const { source } of [stance, fact]) {
      const url = `/api/entities/${encodeURIComponent(source)}/neighbours?limit=500`;
      const all = (await api.get(url)).body;
      const capped = (await api.get(`${url}&evidence=1`)).body;
      const none = (await api.get(`${url}&evidence=0`)).body;
      expect(capped.nodes).toEqual(all.nodes);
      const key = (e: { id: string }) => e.id;
      expect(capped.edges.map(key)).toEqual(all.edges.map(key));
      for (const [i, e] of all.edges.entries()) {
        // Without a bound every span and claim is there: count says how many.
        expect(e.evidence.length + e.claims.length, e.id).toBe(e.count);
        expect(capped.edges[i].count).toBe(e.count);
        expect(capped.edges[i].evidence).toEqual(e.evidence.slice(0, 1));
        expect(capped.edges[i].claims.length).toBe(Math.min(1, e.claims.length));
        expect(none.edges[i].evidence.length + none.edges[i].claims.length).toBe(0);
      }
      const big = all.edges.find((e: { count: number }) => e.count >= 2);
      expect(big, `${source} has an edge with several spans or claims`).toBeDefined();
    }
  });
  it('with linkEvidence=0, edges between two neighbours carry their counts alone; the entity’s own keep theirs', async () => {
    // The entity with the most edges among its neighbours: there are edges that do not touch it.
    const { id } = (
      await api.driver.executeQuery(
        `MATCH (e:Entity)--(n:Entity)--(m:Entity) WHERE (e)--(m) AND n <> m AND e <> m
         RETURN e.id AS id, count(*) AS k ORDER BY k DESC, id LIMIT 1`,
      )
    ).records[0]!.toObject() as { id: string };
    const url = `/api/entities/${encodeURIComponent(id)}/neighbours?limit=500&evidence=2`;
    const both = (await api.get(url)).body;
    const links = (await api.get(`${url}&linkEvidence=0`)).body;
    expect(links.nodes).toEqual(both.nodes);
    expect(links.edges.map((e: { id: string }) => e.id)).toEqual(both.edges.map((e: { id: string }) => e.id));
    type Edge = { source: string; target: string; count: number; evidence: unknown[]; claims: unknown[] };
    const between = (e: Edge) => e.source !== id && e.target !== id;
    expect(both.edges.filter(between).length, `${id} has edges between its neighbours`).toBeGreaterThan(0);
    for (const [i, e] of (both.edges as Edge[]).entries()) {
      const l = links.edges[i] as Edge;
      expect(l.count).toBe(e.count);
      if (between(e)) expect(l.evidence.length + l.claims.length, 'an edge between neighbours').toBe(0);
      else expect(l).toEqual(e);
    }
    expect((await api.get(`${url}&linkEvidence=51`)).status).toBe(400);
  });

  it('400s bad depth, limit, types, predicates and evidence', async () => {
    for (const q of [
      'depth=0',
      'depth=4',
      'limit=501',
      'types=Dog',
      'predicates=LIKES',
      'predicates=WORKS_FOR,DROP',
      'evidence=51',
      'evidence=-1',
      'evidence=all',
    ]) {
      const res = await api.get(`/api/entities/${ID.pryce}/neighbours?${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

describe('claims', () => {
  it('lists claims by and about an entity, with speaker, targets and evidence', async () => {
    const by = await api.get(`/api/entities/${ID.pryce}/claims?role=by`);
    expect(by.status).toBe(200);
    expect(by.body.total).toBe(2);
    for (const c of by.body.items) {
      expect(c.speaker.id).toBe(ID.pryce);
      expectEvidence(c.evidence);
      expect(c.text).toBe(c.evidence.quote);
    }
    const about = await api.get(`/api/entities/${ID.council}/claims?role=about`);
    expect(about.body.items.map((c: any) => c.speaker.id).sort()).toEqual([ID.pryce, ID.jane].sort());
    const fromComment = about.body.items.find((c: any) => c.speaker.id === ID.jane);
    expect(fromComment.comment).toMatchObject({ id: `${NEWS}#c1`, author: 'Jane Reader' });
    const either = await api.get(`/api/entities/${ID.inspectorate}/claims`);
    expect(either.body.total).toBe(2);
    const supportive = await api.get(`/api/entities/${ID.inspectorate}/claims?role=about&stance=supportive`);
    expect(supportive.body.items.map((c: any) => c.speaker.id)).toEqual([ID.pryce]);
  });
  it('filters /api/claims by speaker, target and stance, and pages', async () => {
    const all = await api.get(`/api/claims?about=${ID.council}`);
    expect(all.body.total).toBe(2);
    const page2 = await api.get(`/api/claims?about=${ID.council}&limit=1&offset=1`);
    expect(page2.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].id).toBe(all.body.items[1].id);
    const both = await api.get(`/api/claims?speaker=${ID.pryce}&about=${ID.inspectorate}`);
    expect(both.body.items.map((c: any) => c.stance)).toEqual(['supportive']);
    const critical = await api.get('/api/claims?stance=critical&limit=200');
    expect(critical.body.items.every((c: any) => c.stance === 'critical')).toBe(true);
    expect(critical.body.total).toBe(await count(api.driver, 'MATCH (c:Claim {stance: "critical"}) RETURN count(c)'));
  });
  it('400s bad filters and 404s an unknown entity', async () => {
    expect((await api.get('/api/claims?stance=angry')).status).toBe(400);
    expect((await api.get('/api/claims?offset=-1')).status).toBe(400);
    expect((await api.get(`/api/entities/${ID.pryce}/claims?role=against`)).status).toBe(400);
    expect((await api.get('/api/entities/person:nobody/claims')).status).toBe(404);
  });
});

describe('GET /api/path', () => {
  it("finds the shortest paths with every edge's evidence", async () => {
    const { status, body } = await api.get(`/api/path?from=${ID.fenwick}&to=${ID.department}`);
    expect(status).toBe(200);
    expect(body.hops).toBe(2); // Fenwick -CRITICISES-> Inspectorate <-FUNDS- Department
    expect(body.paths.length).toBeGreaterThanOrEqual(1);
    for (const p of body.paths) {
      expect(p.nodes[0].id).toBe(ID.fenwick);
      expect(p.nodes.at(-1).id).toBe(ID.department);
      expect(p.edges).toHaveLength(2);
      for (const e of p.edges) expectEdgeEvidence(e);
    }
  });
  it('with evidence=N, carries at most N spans or claims per edge', async () => {
    const url = `/api/path?from=${ID.fenwick}&to=${ID.department}`;
    const all = (await api.get(url)).body;
    const capped = (await api.get(`${url}&evidence=0`)).body;
    expect(capped.paths.map((p: any) => p.nodes)).toEqual(all.paths.map((p: any) => p.nodes));
    for (const p of capped.paths) for (const e of p.edges) expect([e.evidence, e.claims]).toEqual([[], []]);
    expect((await api.get(`${url}&evidence=51`)).status).toBe(400);
  });
  it('honours maxHops and reports no path as an empty list', async () => {
    const short = await api.get(`/api/path?from=${ID.fenwick}&to=${ID.department}&maxHops=1`);
    expect(short.body).toMatchObject({ hops: null, paths: [] });
    const none = await api.get(`/api/path?from=${ID.westbrook}&to=${ID.pryce}`);
    expect(none.body.paths).toEqual([]);
  });
  it('400s missing or equal ends and bad maxHops; 404s unknown ends', async () => {
    expect((await api.get(`/api/path?from=${ID.pryce}`)).status).toBe(400);
    expect((await api.get(`/api/path?from=${ID.pryce}&to=${ID.pryce}`)).status).toBe(400);
    expect((await api.get(`/api/path?from=${ID.pryce}&to=${ID.council}&maxHops=7`)).status).toBe(400);
    const unknown = await api.get(`/api/path?from=${ID.pryce}&to=person:nobody`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('person:nobody');
  });
  it('answers in one statement whether a path, no path or an unknown end is found', async () => {
    const statements: string[] = [];
    const counting = new Proxy(api.driver, {
      get(target, prop, receiver) {
        if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
        return (config: Parameters<Driver['session']>[0]) => {
          const session = target.session(config);
          const run = session.run.bind(session);
          session.run = ((q: string, params?: Record<string, unknown>) => {
            statements.push(q);
            return run(q, params);
          }) as Session['run'];
          return session;
        };
      },
    });
    const ctx = { driver: counting, database: 'neo4j' };
    const cases = [
      [
        { from: ID.fenwick, to: ID.department, maxHops: 4 },
        (r: any) => {
          expect(r.paths.length).toBeGreaterThan(0);
        },
      ],
      [
        { from: ID.westbrook, to: ID.pryce, maxHops: 4 },
        (r: any) => {
          expect(r).toMatchObject({ hops: null, paths: [] });
        },
      ],
      [
        { from: 'person:nobody', to: ID.pryce, maxHops: 4 },
        (r: any) => {
          expect(r).toEqual({ missing: 'person:nobody' });
        },
      ],
      [
        { from: ID.pryce, to: 'person:nobody', maxHops: 4 },
        (r: any) => {
          expect(r).toEqual({ missing: 'person:nobody' });
        },
      ],
    ] as const;
    for (const [opts, check] of cases) {
      statements.length = 0;
      check(await shortestPaths(ctx, opts));
      expect(statements).toHaveLength(1);
    }
  });
});

describe('documents', () => {
  it('lists documents with counts and pages', async () => {
    const { status, body } = await api.get('/api/documents?limit=500');
    expect(status).toBe(200);
    expect(body.total).toBe(await count(api.driver, 'MATCH (d:Document) RETURN count(d)'));
    expect(body.items.length).toBe(body.total);
    expect(body.items.find((d: any) => d.id === NEWS)).toMatchObject({
      kind: 'news',
      mentions: 14,
      comments: 2,
      claims: 4,
    });
    const opinion = await api.get('/api/documents?kind=opinion');
    expect(opinion.body.items.map((d: any) => d.id)).toContain(OPINION);
    expect(opinion.body.items.every((d: any) => d.kind === 'opinion')).toBe(true);
    const page = await api.get('/api/documents?limit=1&offset=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].id).toBe(body.items[1].id);
    expect((await api.get('/api/documents?kind=poem')).status).toBe(400);
  });
  it('returns a document with text, mentions, relations and claims at their offsets, and its comments', async () => {
    const { status, body } = await api.get(`/api/documents/${NEWS}`);
    expect(status).toBe(200);
    expect(body.text).toBe(NEWS_TEXT_FOR_TESTS);
    expect(body.mentions).toHaveLength(14);
    for (const m of body.mentions) expect(body.text.slice(m.start, m.end)).toBe(m.text);
    expect(body.relations.map((r: any) => r.type).sort()).toEqual(['INSPECTED', 'WORKS_FOR']);
    for (const r of body.relations) expectEdgeEvidence(r);
    expect(body.claims).toHaveLength(4);
    for (const c of body.claims) expectEvidence(c.evidence);
    expect(body.comments).toHaveLength(1);
    const [top] = body.comments;
    expect(top).toMatchObject({
      id: `${NEWS}#c1`,
      author: 'Jane Reader',
      authorId: ID.jane,
      postedAt: '2024-03-12T10:00:00',
    });
    expect(top.replies).toHaveLength(1);
    expect(top.replies[0]).toMatchObject({ id: `${NEWS}#c2`, author: 'Tom Bell', parent: `${NEWS}#c1`, replies: [] });
    expect(body.text.slice(top.replies[0].start, top.replies[0].end)).toContain('I agree with Jane.');
  });
  it('serves every seed document with mention offsets that match its text', async () => {
    const { body } = await api.get('/api/documents?limit=500');
    const seeds = body.items.filter((d: any) => ![NEWS, OPINION].includes(d.id));
    expect(seeds.length).toBeGreaterThan(0);
    for (const d of seeds) {
      const doc = (await api.get(`/api/documents/${encodeURIComponent(d.id)}`)).body;
      expect(doc.id).toBe(d.id);
      expect(doc.text.length).toBeGreaterThan(0);
      for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      for (const c of doc.claims) expect(doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    }
  });
  it('404s an unknown document', async () => {
    const res = await api.get('/api/documents/doc:missing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('GET /api/graph', () => {
  it('returns the overview, filtered by entity type and predicate', async () => {
    const all = await api.get('/api/graph?limit=500');
    expect(all.status).toBe(200);
    expect(all.body.nodes.map((n: any) => n.id)).toContain(ID.inspectorate);
    const orgs = await api.get('/api/graph?types=Organisation&predicates=FUNDS');
    expect(orgs.body.nodes.every((n: any) => n.type === 'Organisation')).toBe(true);
    expect(orgs.body.edges.map((e: any) => e.type)).toEqual(['FUNDS']);
    expect((await api.get('/api/graph?predicates=NOPE')).status).toBe(400);
  });
});

describe('unknown routes and error bodies', () => {
  it('404s an unknown endpoint with a JSON error and no stack trace', async () => {
    const res = await api.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found' });
    for (const p of ['/api/nothing-here', '/api/search?q=x&limit=-5', `/api/entities/${'x'.repeat(400)}`]) {
      const r = await api.get(p);
      expect(JSON.stringify(r.body)).not.toMatch(STACK_FRAME);
    }
  });
});
