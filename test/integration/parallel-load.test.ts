// A batch written as groups side by side (ingest/src/load/parallel.ts) must give the graph one transaction
// gives, leave nothing half-written when a group fails, and have what a stopped load left tidied by the next.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadDocuments } from '../../ingest/src/load/writer.js';
import { PartialLoadError } from '../../ingest/src/load/parallel.js';
import { parseSourceText } from '../../ingest/src/parse/index.js';
import { extract } from '../../ingest/src/extract/index.js';
import { resolveDocument } from '../../ingest/src/resolve/index.js';
import type { DocumentGraph } from '../../ingest/src/pipeline/types.js';
import { SEEDS, count, testDriver, wipe } from '../helpers/db.js';
import { graphCounts, graphDump } from '../helpers/graph-snapshot.js';

let driver: Driver;
let seeds: DocumentGraph[];
beforeAll(() => {
  driver = testDriver();
  seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const parsed = parseSourceText(f, readFileSync(path.join(SEEDS, f), 'utf8'));
      return resolveDocument(parsed, extract(parsed));
    });
});
afterAll(async () => driver?.close());

const orphans = () =>
  count(driver, 'MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN|WROTE]->() AND NOT (e)<-[:MADE_BY]-() RETURN count(e)');
const journals = () => count(driver, 'MATCH (j:LoadJournal) RETURN count(j)');

describe('loading a batch side by side', () => {
  it('gives exactly the graph that one transaction gives, and a second load changes nothing', async () => {
    await wipe(driver);
    await loadDocuments(driver, seeds);
    const expected = { counts: await graphCounts(driver), dump: await graphDump(driver) };

    await wipe(driver);
    const results = await loadDocuments(driver, seeds, { parallel: 3 });
    expect(results.map((r) => r.outcome)).toEqual(seeds.map(() => 'created'));
    expect(await graphCounts(driver)).toEqual(expected.counts);
    expect(await graphDump(driver)).toEqual(expected.dump);
    expect(await journals()).toBe(0);

    const again = await loadDocuments(driver, seeds, { parallel: 3 });
    expect(again.map((r) => r.outcome)).toEqual(seeds.map(() => 'unchanged'));
    expect(await graphDump(driver)).toEqual(expected.dump);
  }, 120_000);

  it('when one group fails, keeps the others and leaves neither the failed document nor its entities', async () => {
    // A new document that breaks inside its group's transaction: its comment appears twice, which the comment
    // id's uniqueness constraint refuses. The others are changed versions of documents already stored.
    const broken = seeds.findIndex((g) => g.comments.length > 0);
    const others = seeds.filter((_, i) => i !== broken);
    await wipe(driver);
    await loadDocuments(driver, others);
    const changed = seeds.map((g) => ({ ...g, document: { ...g.document, title: `${g.document.title ?? ''} (2)` } }));
    changed[broken] = { ...changed[broken]!, comments: [...changed[broken]!.comments, changed[broken]!.comments[0]!] };

    const error = await loadDocuments(driver, changed, { parallel: changed.length }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialLoadError);
    const results = (error as PartialLoadError).results;
    expect(results[broken]).toBeUndefined();
    expect(results.filter((r) => r?.outcome === 'replaced')).toHaveLength(others.length);

    const titles = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id, d.title AS title');
    expect(new Map(titles.records.map((r) => [r.get('id') as string, r.get('title') as string]))).toEqual(
      new Map(changed.filter((_, i) => i !== broken).map((g) => [g.document.id, g.document.title])),
    );
    // The entities only the failed document names were merged before its group ran; none is left behind.
    const elsewhere = new Set(others.flatMap((g) => g.entities.map((e) => e.id)));
    const own = seeds[broken]!.entities.map((e) => e.id).filter((id) => !elsewhere.has(id));
    expect(own.length).toBeGreaterThan(0);
    expect(await count(driver, 'MATCH (e:Entity) WHERE e.id IN $own RETURN count(e)', { own })).toBe(0);
    expect(await orphans()).toBe(0);
    expect(await journals()).toBe(0);
  }, 120_000);

  it('tidies what a load that stopped halfway merged, once its journal is stale', async () => {
    await wipe(driver);
    await loadDocuments(driver, seeds.slice(0, 1));
    const session = driver.session();
    try {
      await session.run(
        `CREATE (:Entity:Person {id: 'person:left-behind', name: 'Left Behind', type: 'Person', aliases: []})
         CREATE (:LoadJournal {id: 'stopped', ids: ['person:left-behind'], startedAt: datetime() - duration('PT1H')})
         CREATE (:LoadJournal {id: 'running', ids: ['person:still-loading'], startedAt: datetime()})
         CREATE (:Entity:Person {id: 'person:still-loading', name: 'Still Loading', type: 'Person', aliases: []})`,
      );
    } finally {
      await session.close();
    }
    await loadDocuments(driver, seeds.slice(1, 2));
    expect(await count(driver, "MATCH (e:Entity {id: 'person:left-behind'}) RETURN count(e)")).toBe(0);
    expect(await count(driver, "MATCH (j:LoadJournal {id: 'stopped'}) RETURN count(j)")).toBe(0);
    // A journal as young as a load still running is left to that load.
    expect(await count(driver, "MATCH (e:Entity {id: 'person:still-loading'}) RETURN count(e)")).toBe(1);
    expect(await count(driver, "MATCH (j:LoadJournal {id: 'running'}) RETURN count(j)")).toBe(1);
  }, 120_000);
});
