// Idempotency and change: ingest ×3 changes nothing; an edited document replaces exactly its own facts;
// removing a document removes its facts and the entities no longer mentioned anywhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { documentId } from '@claimgraph/schema';
import { ingestFiles } from '../../ingest/src/pipeline/ingest.js';
import { ROOT, SEEDS, count, freshSeedGraph, ingestSeeds, testDriver } from '../helpers/db.js';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
});
afterAll(async () => driver?.close());

async function snapshot() {
  const q = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
  return {
    labels: await q('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l'),
    types: await q('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t'),
    aliases: await q('MATCH (e:Entity) RETURN e.id AS id, e.aliases AS a ORDER BY id'),
  };
}

/** Facts each document owns: mentions, comments, claims and relationship edges carrying its id. */
async function factsByDoc() {
  const res = await driver.executeQuery(
    `MATCH (d:Document)
     CALL (d) { MATCH ()-[r]->() WHERE r.doc = d.id RETURN count(r) AS rels }
     CALL (d) { MATCH (c:Comment {doc: d.id}) RETURN count(c) AS comments }
     CALL (d) { MATCH (c:Claim {doc: d.id}) RETURN count(c) AS claims }
     RETURN d.id AS doc, rels, comments, claims ORDER BY doc`,
  );
  return Object.fromEntries(
    res.records.map((r) => [
      r.get('doc'),
      { rels: r.get('rels'), comments: r.get('comments'), claims: r.get('claims') },
    ]),
  );
}

describe('idempotent ingest', () => {
  it('gives identical counts after ingesting the seeds three times', async () => {
    const first = await snapshot();
    await ingestSeeds(driver);
    await ingestSeeds(driver);
    expect(await snapshot()).toEqual(first);
  });
});

describe('a changed document', () => {
  const source = 'change-me.txt';
  let dir: string;
  let file: string;
  let original: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-change-'));
    file = path.join(dir, source);
    original = readFileSync(path.join(SEEDS, '002_576cbf178d336da8.txt'), 'utf8');
    writeFileSync(file, original);
    const [o] = await ingestFiles(driver, [file]);
    expect(o!.error).toBeUndefined();
  });

  it('replaces only its own facts when edited', async () => {
    const others = await factsByDoc();
    delete others[documentId(source)];
    // Drop the second half of the text and add a sentence naming a new organisation.
    const edited =
      original.slice(0, Math.floor(original.length / 2)) + '\nThe Fostering Network criticised Kent County Council.\n';
    writeFileSync(file, edited);
    const [o] = await ingestFiles(driver, [file]);
    expect(o!.result?.outcome).toBe('replaced');
    const after = await factsByDoc();
    const mine = after[documentId(source)];
    delete after[documentId(source)];
    expect(after).toEqual(others);
    const mentions = await driver.executeQuery(
      'MATCH (e:Entity)-[m:MENTIONED_IN {doc: $d}]->(d:Document) RETURN m.start AS s, m.end AS e, m.text AS t, ' +
        'd.text AS text',
      { d: documentId(source) },
    );
    expect(mentions.records.length).toBeGreaterThan(0);
    for (const r of mentions.records) {
      expect(r.get('s')).toBeLessThan(edited.length);
      expect((r.get('text') as string).slice(r.get('s'), r.get('e'))).toBe(r.get('t'));
    }
    expect(mine).toBeDefined();
  });

  it('on removal, deletes its facts and the entities mentioned nowhere else, keeping shared ones', async () => {
    const d = documentId(source);
    const shared = await driver.executeQuery(
      `MATCH (e:Entity)-[:MENTIONED_IN {doc: ` +
        `$d}]->() WHERE EXISTS { (e)-[m:MENTIONED_IN]->() WHERE m.doc <> $d } RETURN DISTINCT e.id AS id`,
      { d },
    );
    const own = await driver.executeQuery(
      `MATCH (e:Entity)-[:MENTIONED_IN {doc: $d}]->() WHERE NOT EXISTS { (e)-[m:MENTIONED_IN]->() WHERE m.doc <> $d }
         AND NOT (e)-[:WROTE]->() AND NOT EXISTS { (e)<-[:MADE_BY]-(c:Claim) WHERE c.doc <> $d }
       RETURN DISTINCT e.id AS id`,
      { d },
    );
    const sharedIds = shared.records.map((r) => r.get('id') as string);
    const ownIds = own.records.map((r) => r.get('id') as string);
    expect(sharedIds.length).toBeGreaterThan(0);
    expect(ownIds.length).toBeGreaterThan(0);

    execFileSync('npx', ['tsx', path.join(ROOT, 'ingest/src/cli/ingest.ts'), '--remove', source], {
      cwd: ROOT,
      env: process.env,
      stdio: 'pipe',
    });

    expect(await count(driver, 'MATCH (d:Document {id: $d}) RETURN count(d)', { d })).toBe(0);
    expect(await count(driver, 'MATCH ()-[r]->() WHERE r.doc = $d RETURN count(r)', { d })).toBe(0);
    expect(await count(driver, 'MATCH (c:Claim {doc: $d}) RETURN count(c)', { d })).toBe(0);
    expect(await count(driver, 'MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e)', { ids: sharedIds })).toBe(
      sharedIds.length,
    );
    expect(await count(driver, 'MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e)', { ids: ownIds })).toBe(0);
  });

  it('says so when asked to remove a document that is not there', () => {
    let out = '';
    try {
      execFileSync('npx', ['tsx', path.join(ROOT, 'ingest/src/cli/ingest.ts'), '--remove', 'no-such-file.txt'], {
        cwd: ROOT,
        env: process.env,
        stdio: 'pipe',
      });
    } catch (e) {
      out = String((e as { stdout: Buffer }).stdout);
      expect((e as { status: number }).status).toBe(1);
    }
    expect(out).toContain('no such document');
  });
});

describe('the seeds graph', () => {
  it('leaves no entity without a fact pointing at it', async () => {
    await freshSeedGraph(driver);
    expect(
      await count(
        driver,
        `MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN|WROTE]->() AND NOT (e)<-[:MADE_BY]-() RETURN count(e)`,
      ),
    ).toBe(0);
  });
});
