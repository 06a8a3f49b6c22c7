// Reads about one entity must cost what that entity touches, not the size of the graph: documents that have
// nothing to do with it must not add to the work Neo4j does to answer. A display name that matched each
// document's source against a placeholder speaker's name read every document once per such speaker (inside an
// expression, where EXPLAIN shows no scan), and made the neighbours of a hub take seconds on a few thousand
// documents; PROFILE's database hits show it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResult } from 'neo4j-driver';
import { loadDocuments, removeDocument } from '../../ingest/src/load/writer.js';
import type { DocumentGraph } from '../../ingest/src/pipeline/types.js';
import { recording, type Statement } from '../../bench/recording-driver.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { DISPLAY_NAME } from '../../server/src/queries/speakers.js';
import { client, startApi, type Api } from './helpers.js';

interface Profile {
  dbHits: number;
  children: Profile[];
}
const hitsOf = (p: Profile): number => p.dbHits + p.children.reduce((n, c) => n + hitsOf(c), 0);

let api: Api;
let server: TestServer;
const log: Statement[] = [];
beforeAll(async () => {
  api = await startApi({ env: {} });
  server = await startTestServer(recording(api.driver, log), 'neo4j', { env: {}, cacheMaxEntries: 0 });
});
afterAll(async () => {
  await server?.close();
  await api?.close();
});

/** Database hits of a statement (PROFILE). */
async function hitsOfStatement(statement: string, parameters: Record<string, unknown>): Promise<number> {
  const session = api.driver.session();
  try {
    const r: QueryResult = await session.run(`PROFILE ${statement}`, parameters);
    return hitsOf(r.summary.profile as unknown as Profile);
  } finally {
    await session.close();
  }
}

/** Database hits of every statement the read runs (PROFILE), summed. */
async function hitsOfRead(url: string): Promise<number> {
  log.length = 0;
  const res = await client(server.url).get(url);
  expect(res.status, url).toBe(200);
  const statements = log.filter((s) => !s.statement.includes('GraphVersion'));
  expect(statements.length, url).toBeGreaterThan(0);
  let hits = 0;
  for (const s of statements) hits += await hitsOfStatement(s.statement, s.boltParameters);
  return hits;
}

/** Loads `n` documents that mention nothing, runs `check`, and removes them again. */
async function withUnrelated(n: number, check: () => Promise<void>): Promise<void> {
  const extra = unrelated(n);
  await loadDocuments(api.driver, extra);
  try {
    await check();
  } finally {
    for (const g of extra) await removeDocument(api.driver, g.document.id);
  }
}

/** Documents that mention nothing: they change no answer about any entity. */
const unrelated = (n: number): DocumentGraph[] =>
  Array.from({ length: n }, (_, i) => ({
    document: {
      id: `doc:read-plans-${i}`,
      source: `read-plans-${i}.txt`,
      title: `Unrelated ${i}`,
      author: null,
      publisher: null,
      kind: 'other',
      date: null,
    },
    text: `Unrelated ${i}\n`,
    entities: [],
    relations: [],
    comments: [],
    claims: [],
  }));

describe('reads about one entity', () => {
  it('cost the same database hits however many unrelated documents the graph holds', async () => {
    // An entity that placeholder speakers ("Author of <file>") judge: their display names are part of its reads.
    const [row] = (
      await api.driver.executeQuery(
        `MATCH (p:Entity)-[:CRITICISES|PRAISES]->(x:Entity) WHERE p.name STARTS WITH 'Author of '
         WITH x, count(p) AS n ORDER BY n DESC, x.id LIMIT 1
         RETURN x.id AS id, COLLECT { MATCH (p:Entity)-[:CRITICISES|PRAISES]->(x) RETURN p.id }[0] AS speaker`,
      )
    ).records;
    expect(row, 'the seeds hold claims of placeholder speakers').toBeDefined();
    const e = encodeURIComponent;
    const [id, speaker] = [row!.get('id') as string, row!.get('speaker') as string];
    const reads = [
      `/api/entities/${e(id)}`,
      `/api/entities/${e(id)}/neighbours`,
      `/api/entities/${e(id)}/neighbours?depth=2`,
      `/api/entities/${e(speaker)}/claims`,
      `/api/path?from=${e(speaker)}&to=${e(id)}`,
    ];
    const before: number[] = [];
    for (const url of reads) before.push(await hitsOfRead(url));
    await withUnrelated(60, async () => {
      for (const [i, url] of reads.entries()) {
        const after = await hitsOfRead(url);
        // Index seeks may cost a hit or two more in a bigger index; 60 documents per speaker is a scan.
        expect(after, url).toBeLessThanOrEqual(before[i]! + 10);
      }
    });
  });

  it('find a placeholder speaker’s document through the index, not by reading every document', async () => {
    // A speaker whose document is not there: a scan cannot stop early, so it reads every document.
    const statement = `WITH {name: $name} AS s RETURN ${DISPLAY_NAME('s')} AS shown`;
    const params = { name: 'Author of no-such-file.txt' };
    const before = await hitsOfStatement(statement, params);
    await withUnrelated(60, async () => {
      expect(await hitsOfStatement(statement, params)).toBeLessThanOrEqual(before + 10);
    });
  });
});
