// The read-only Cypher path: every write or admin attempt of the shared corpus is refused by the runner
// and by the HTTP API, and the database is the same afterwards; reads, params, timeout and row cap work.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { CypherRefusedError, CypherTimeoutError, explainRefusal, runReadOnly } from '../../server/src/cypher/index.js';
import { ROOT, freshSeedGraph, testDriver } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const { attempts, leaks } = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/cypher-write-attempts.json'), 'utf8'),
) as { attempts: string[]; leaks: string[] };
const hostname = readFileSync('/etc/hostname', 'utf8').trim();
let driver: Driver;
let server: TestServer;
const opts = { timeoutMs: 5_000, maxRows: 100 };

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server?.close();
  await driver?.close();
});

async function fingerprint() {
  const q = async (c: string) => JSON.stringify((await driver.executeQuery(c)).records.map((r) => r.toObject()));
  return {
    counts: await q('MATCH (n) WITH count(n) AS n OPTIONAL MATCH ()-[r]->() RETURN n, count(r) AS r'),
    labels: await q('CALL db.labels() YIELD label RETURN label ORDER BY label'),
    types: await q(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType',
    ),
    keys: await q('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey'),
    indexes: await q('SHOW INDEXES YIELD name RETURN name ORDER BY name'),
    constraints: await q('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'),
    users: JSON.stringify(
      (await driver.executeQuery('SHOW USERS YIELD user RETURN user', {}, { database: 'system' })).records.map((r) =>
        r.get('user'),
      ),
    ),
    names: await q("MATCH (e:Entity) WHERE e.name = 'pwned' OR e.name = 'x' OR e.hacked RETURN count(e)"),
  };
}

describe('read-only Cypher', () => {
  it(`refuses all ${leaks.length} statements that would read files, settings or other clients' queries`, async () => {
    for (const query of leaks) {
      await expect(runReadOnly(driver, 'neo4j', query, {}, opts), query).rejects.toThrow(CypherRefusedError);
      const res = await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const text = await res.text();
      expect(res.status, query).toBe(400);
      expect(text, query).not.toContain(hostname);
      expect(text, query).not.toMatch(/dbms\.security|currentQuery|clientAddress/);
    }
  });

  it("refuses them on the database's plan alone, without the static filter", async () => {
    // USE naming the configured database reads nothing more; only the static filter refuses it.
    for (const query of leaks.filter((q) => !/\bUSE neo4j\b/.test(q))) {
      // A statement the database will not even plan here (USE system…) is refused by its error instead.
      const verdict = await explainRefusal(driver, 'neo4j', query, {}).catch((e: unknown) => `error: ${String(e)}`);
      expect(verdict, query).not.toBeNull();
    }
  });

  it('cuts a result by bytes and by nesting depth, quickly, and says which limit cut it', async () => {
    const big = await runReadOnly(driver, 'neo4j', 'RETURN range(1, 2000000) AS r', {}, opts);
    expect(big.truncated).toBe(true);
    expect(big.truncatedBy).toBe('bytes');
    const deep = await runReadOnly(driver, 'neo4j', 'RETURN reduce(l = [], i IN range(1, 200) | [l]) AS r', {}, opts);
    expect(deep.truncatedBy).toBe('depth');
  });

  it(`refuses all ${attempts.length} write and admin attempts, in the runner and over HTTP, unchanged`, async () => {
    expect(attempts.length).toBeGreaterThanOrEqual(30);
    const before = await fingerprint();
    for (const query of attempts) {
      await expect(runReadOnly(driver, 'neo4j', query, {}, opts), query).rejects.toThrow();
      const res = await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('names the refusal of a write clearly', async () => {
    await expect(runReadOnly(driver, 'neo4j', 'CREATE (:X)', {}, opts)).rejects.toBeInstanceOf(CypherRefusedError);
    await expect(runReadOnly(driver, 'neo4j', 'CALL db.createLabel("X")', {}, opts)).rejects.toThrow(/not allowed/);
  });

  it('runs reads with parameters and returns rows and the graph they contain', async () => {
    const r = await runReadOnly(
      driver,
      'neo4j',
      'MATCH (c:Comment {author: $a})-[p:PART_OF]->(d) RETURN c, p, d.source AS source LIMIT 2',
      { a: 'Mark' },
      opts,
    );
    expect(r.columns).toEqual(['c', 'p', 'source']);
    expect(r.rows.length).toBe(2);
    expect((r.rows[0]![0] as { labels: string[] }).labels).toContain('Comment');
    expect(r.graph.relationships.length).toBeGreaterThan(0);
    expect(r.truncated).toBe(false);
  });

  it('caps rows and says so', async () => {
    const r = await runReadOnly(driver, 'neo4j', 'UNWIND range(1, 50) AS x RETURN x', {}, { ...opts, maxRows: 10 });
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
  });

  it('stops a query that runs past its timeout', async () => {
    await expect(
      runReadOnly(
        driver,
        'neo4j',
        'UNWIND range(1, 300000000) AS x WITH x WHERE x < 0 RETURN count(x)',
        {},
        { timeoutMs: 300, maxRows: 10 },
      ),
    ).rejects.toBeInstanceOf(CypherTimeoutError);
  });

  it('allows SHOW INDEXES and read procedures', async () => {
    const r = await runReadOnly(driver, 'neo4j', 'SHOW INDEXES YIELD name RETURN name', {}, opts);
    expect(r.rows.map((x) => x[0])).toContain('entity_names');
    const l = await runReadOnly(driver, 'neo4j', 'CALL db.labels() YIELD label RETURN label', {}, opts);
    expect(l.rows.map((x) => x[0])).toContain('Entity');
  });
});
