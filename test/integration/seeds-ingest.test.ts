// The platform slice: the seeds in a real Neo4j, comment threads intact, and re-ingesting is a no-op.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { documentId } from '@claimgraph/schema';
import { SEEDS, count, freshSeedGraph, ingestSeeds, testDriver } from '../helpers/db.js';

const NEWS = '001_b25a08d3d9a2df66.txt';
const OPINION = '003_a0e81e5ce5b8d304.txt';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  const outcomes = await freshSeedGraph(driver);
  expect(outcomes.filter((o) => o.error)).toEqual([]);
});
afterAll(async () => driver?.close());

/** The comment whose header line in the seed reads `<author> <date> #` (first match). */
async function commentByHeader(doc: string, author: string, postedAt: string) {
  const res = await driver.executeQuery(
    `MATCH (c:Comment {doc: $doc, author: $author, postedAt: $postedAt})
     OPTIONAL MATCH (c)-[:REPLY_TO]->(p:Comment)
     OPTIONAL MATCH (w:Commentator)-[:WROTE]->(c)
     RETURN c.id AS id, c.text AS text, p.author AS parentAuthor, p.postedAt AS parentPostedAt, w.name AS writer`,
    { doc, author, postedAt },
  );
  expect(res.records).toHaveLength(1);
  return res.records[0]!.toObject() as {
    id: string;
    text: string;
    parentAuthor: string | null;
    parentPostedAt: string | null;
    writer: string | null;
  };
}

describe('seeds in Neo4j', () => {
  it('stores every comment of the news thread and of the opinion thread, each PART_OF its document', async () => {
    expect(
      await count(driver, 'MATCH (c:Comment)-[:PART_OF]->(:Document {id: $d}) RETURN count(c)', {
        d: documentId(NEWS),
      }),
    ).toBe(49);
    expect(
      await count(driver, 'MATCH (c:Comment)-[:PART_OF]->(:Document {id: $d}) RETURN count(c)', {
        d: documentId(OPINION),
      }),
    ).toBe(74);
  });

  it('links comment authors as commentators and keeps every comment with a header authored', async () => {
    for (const source of [NEWS, OPINION]) {
      const d = documentId(source);
      const unauthored = await count(
        driver,
        'MATCH (c:Comment {doc: $d}) WHERE NOT (:Commentator)-[:WROTE]->(c) RETURN count(c)',
        { d },
      );
      expect(unauthored).toBe(0);
    }
  });

  it('keeps reply edges and timestamps as written in the files', async () => {
    const jo = await commentByHeader(documentId(NEWS), 'Jo', '2021-12-07T18:12:00');
    expect(jo).toMatchObject({ parentAuthor: 'Mark', parentPostedAt: '2021-12-07T14:43:00', writer: 'Jo' });
    expect(jo.text).toContain('Well said!!!');

    const ruth = await commentByHeader(documentId(NEWS), 'Ruth Cartwright', '2021-12-10T16:34:00');
    expect(ruth).toMatchObject({ parentAuthor: 'Registered Social Worker', parentPostedAt: '2021-12-07T14:44:00' });

    const cath = await commentByHeader(documentId(NEWS), 'Cath Measures', '2021-12-07T14:46:00');
    expect(cath.parentAuthor).toBeNull();

    const sec = await commentByHeader(documentId(OPINION), 'S E C', '2016-08-10T16:45:00');
    expect(sec).toMatchObject({ parentAuthor: 'Del Toro', parentPostedAt: '2016-08-10T10:33:00' });
  });

  it('stores comment spans that slice back out of the document text', async () => {
    const res = await driver.executeQuery(
      'MATCH (c:Comment)-[:PART_OF]->(d:Document) RETURN c.start AS s, c.end AS e, c.text AS t, d.text AS doc',
    );
    expect(res.records.length).toBeGreaterThanOrEqual(123);
    for (const r of res.records) expect((r.get('doc') as string).slice(r.get('s'), r.get('e'))).toBe(r.get('t'));
    const news = readFileSync(path.join(SEEDS, NEWS), 'utf8');
    const stored = await driver.executeQuery('MATCH (d:Document {id: $d}) RETURN d.text AS text', {
      d: documentId(NEWS),
    });
    expect(stored.records[0]!.get('text')).toBe(news);
  });

  it('keeps typed entities with aliases, relations and claims whose every piece of evidence slices back', async () => {
    const doc = new Map(
      (await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id, d.text AS text')).records.map((r) => [
        r.get('id') as string,
        r.get('text') as string,
      ]),
    );
    const mentions = await driver.executeQuery(
      'MATCH (:Entity)-[m:MENTIONED_IN]->(d:Document) RETURN d.id AS d, m.start AS s, m.end AS e, m.text AS t',
    );
    expect(mentions.records.length).toBeGreaterThan(300);
    for (const r of mentions.records) expect(doc.get(r.get('d'))!.slice(r.get('s'), r.get('e'))).toBe(r.get('t'));
    const rels = await driver.executeQuery(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.doc IS NOT NULL AND type(r) <> 'MENTIONED_IN' RETURN r.doc AS d, " +
        'r.starts AS s, r.ends AS e, r.quotes AS q',
    );
    expect(rels.records.length).toBeGreaterThan(10);
    for (const r of rels.records)
      (r.get('s') as number[]).forEach((s, i) => {
        expect(doc.get(r.get('d'))!.slice(s, (r.get('e') as number[])[i])).toBe((r.get('q') as string[])[i]);
      });
    const claims = await driver.executeQuery(
      `MATCH (c:Claim)-[:MADE_BY]->(:Entity), (c)-[:STATED_IN]->(), (c)-[:ABOUT]->(:Entity) RETURN DISTINCT c.doc ` +
        `AS d, c.start AS s, c.end AS e, c.quote AS q`,
    );
    expect(claims.records.length).toBeGreaterThan(50);
    for (const r of claims.records) expect(doc.get(r.get('d'))!.slice(r.get('s'), r.get('e'))).toBe(r.get('q'));
    expect(
      await count(
        driver,
        'MATCH (c:Claim) WHERE NOT (c)-[:MADE_BY]->() OR NOT (c)-[:ABOUT]->() OR NOT (c)-[:STATED_IN]->() RETURN ' +
          'count(c)',
      ),
    ).toBe(0);
    const zahawi = (
      await driver.executeQuery("MATCH (e:Person {id: 'person:nadhim-zahawi'}) RETURN e.aliases AS a, e.kind AS k")
    ).records[0]!;
    expect(zahawi.get('a')).toContain('Zahawi');
    expect(await count(driver, 'MATCH ()-[r:CRITICISES|PRAISES]->() WHERE r.derived RETURN count(r)')).toBeGreaterThan(
      0,
    );
  });

  it('changes nothing when the same seeds are ingested again', async () => {
    const before = await snapshot();
    const outcomes = await ingestSeeds(driver);
    expect(outcomes.map((o) => o.result?.outcome)).toEqual(outcomes.map(() => 'unchanged'));
    expect(await snapshot()).toEqual(before);
  });
});

async function snapshot() {
  return {
    nodes: await count(driver, 'MATCH (n) RETURN count(n)'),
    relationships: await count(driver, 'MATCH ()-[r]->() RETURN count(r)'),
    labels: (
      await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l')
    ).records.map((r) => r.toObject()),
  };
}
