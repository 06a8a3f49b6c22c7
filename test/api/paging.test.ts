// Reads stay small around a hub: an organisation with more members than a page, loaded with the real loader,
// answers its roles and members a page at a time with counts in all, and an edge's quotes are paged by the
// server (one relationship at a time when an edge id is given) rather than all sent with the neighbourhood.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, type Evidence } from '@claimgraph/schema';
import { loadDocuments } from '../../ingest/src/load/writer.js';
import { startApi, type Api } from './helpers.js';
import {
  FUNDING_SPANS,
  FUNDS_DOC,
  fundsDocument,
  hub,
  HUB_DOC,
  hubDocument,
  MEMBERS,
  memberName,
  rover,
  roverOrgs,
  trust,
} from './hub-fixture.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await loadDocuments(api.driver, [hubDocument(), fundsDocument()], { force: true });
});
afterAll(async () => {
  await api?.close();
});

const enc = encodeURIComponent;
const entityUrl = (id: string, q = '') => `/api/entities/${enc(id)}${q ? `?${q}` : ''}`;

describe('GET /api/entities/{id}: roles and members in pages', () => {
  it('lists a page of a hub’s members, ordered by name, and counts them all', async () => {
    const { status, body } = await api.get(entityUrl(hub));
    expect(status).toBe(200);
    expect(body.memberCount).toBe(MEMBERS);
    expect(body.members).toHaveLength(50);
    const names = body.members.map((m: { person: { name: string } }) => m.person.name);
    expect(names).toEqual(Array.from({ length: 50 }, (_, i) => memberName(i)));
    expect(body.members[0]).toMatchObject({ predicate: 'WORKS_FOR', qualifier: null });
    expect(body.members[0].edge.evidence[0].quote).toBe(`${memberName(0)} works for Hubshire Council.`);
    expect(body.roleCount).toBe(0);
    expect(body.roles).toEqual([]);
  });

  it('pages members with members and memberOffset until every one has been listed once', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < MEMBERS; offset += 25) {
      const { body } = await api.get(entityUrl(hub, `members=25&memberOffset=${offset}&documents=0`));
      expect(body.memberCount).toBe(MEMBERS);
      expect(body.members).toHaveLength(Math.min(25, MEMBERS - offset));
      seen.push(...body.members.map((m: { person: { id: string } }) => m.person.id));
    }
    expect(seen).toEqual(Array.from({ length: MEMBERS }, (_, i) => entityId('Person', memberName(i))));
    const past = await api.get(entityUrl(hub, `memberOffset=${MEMBERS}`));
    expect(past.body).toMatchObject({ memberCount: MEMBERS, members: [] });
  });

  it('pages a person’s roles with roles and roleOffset', async () => {
    const first = (await api.get(entityUrl(rover, 'roles=2'))).body;
    const rest = (await api.get(entityUrl(rover, 'roles=2&roleOffset=2'))).body;
    expect(first.roleCount).toBe(roverOrgs.length);
    expect(rest.roleCount).toBe(roverOrgs.length);
    const orgs = [...first.roles, ...rest.roles].map((r: { organisation: { name: string } }) => r.organisation.name);
    expect(orgs).toEqual(roverOrgs);
    expect(first.memberCount).toBe(0);
  });

  it('refuses page sizes and offsets out of bounds', async () => {
    for (const q of ['members=201', 'roles=-1', 'memberOffset=x', 'roleOffset=1000001', 'roles=1.5']) {
      const { status, body } = await api.get(entityUrl(hub, q));
      expect(status, q).toBe(400);
      expect(body.error.message, q).toMatch(/roles|members|roleOffset|memberOffset/);
    }
  });
});

describe('an edge’s quotes: a few with the neighbourhood, the rest paged by the server', () => {
  const edgeUrl = (o: Record<string, string | number>) =>
    `/api/edges/claims?${new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString()}`;

  it('neighbours with evidence=2 carry two quotes per edge and the count of all of them', async () => {
    const { body } = await api.get(`${entityUrl(hub)}/neighbours?limit=100&evidence=2`);
    const funds = body.edges.filter((e: { type: string; target: string }) => e.type === 'FUNDS' && e.target === trust);
    expect(funds.map((e: { count: number }) => e.count).sort((a: number, b: number) => a - b)).toEqual([
      2,
      FUNDING_SPANS,
    ]);
    for (const e of funds) expect(e.evidence).toHaveLength(2);
  });

  it('pages one relationship’s spans by its edge id, and all of them without it', async () => {
    const { body } = await api.get(`${entityUrl(hub)}/neighbours?limit=100&evidence=2`);
    const edge = body.edges.find(
      (e: { type: string; target: string; count: number }) =>
        e.type === 'FUNDS' && e.target === trust && e.count === FUNDING_SPANS,
    );
    const key = { subject: hub, predicate: 'FUNDS', object: trust, edge: edge.id as string, limit: 2 };
    const quotes: string[] = [];
    for (let offset = 0; offset < FUNDING_SPANS; offset += 2) {
      const page = (await api.get(edgeUrl({ ...key, offset }))).body;
      expect(page).toMatchObject({ evidenceTotal: FUNDING_SPANS, total: 0, limit: 2, offset });
      expect(page.evidence).toHaveLength(Math.min(2, FUNDING_SPANS - offset));
      quotes.push(...page.evidence.map((ev: Evidence) => ev.quote));
    }
    expect(quotes).toEqual(
      Array.from({ length: FUNDING_SPANS }, (_, i) => `Hubshire Council funds Fenland Care Trust, year ${i + 1}.`),
    );
    expect(quotes.slice(0, 2)).toEqual(edge.evidence.map((ev: Evidence) => ev.quote));

    const both = (await api.get(edgeUrl({ subject: hub, predicate: 'FUNDS', object: trust, limit: 50 }))).body;
    expect(both.evidenceTotal).toBe(FUNDING_SPANS + 2);
    expect(new Set(both.evidence.map((ev: Evidence) => ev.doc))).toEqual(new Set([HUB_DOC, FUNDS_DOC]));
  });

  it('answers 404 for an edge id that is not a relationship between the two entities', async () => {
    const { body } = await api.get(`${entityUrl(hub)}/neighbours?limit=100&evidence=2`);
    const member = body.edges.find((e: { type: string }) => e.type === 'WORKS_FOR');
    const res = await api.get(edgeUrl({ subject: hub, predicate: 'FUNDS', object: trust, edge: member.id }));
    expect(res.status).toBe(404);
  });
});
