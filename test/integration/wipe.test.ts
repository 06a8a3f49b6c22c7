// Wiping a large graph: the bench empties its database before each run, and a graph of the whole corpus has
// entities named in thousands of documents. Deleting nodes with DETACH took every relationship of such a hub
// into one transaction, which then outgrew the server's per-transaction memory limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { count, testDriver, wipe } from '../helpers/db.js';

const EDGES = 300_000;

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver?.close());

describe('wiping the database', () => {
  it('empties a graph whose two hubs share more relationships than one transaction may hold', async () => {
    await wipe(driver);
    const session = driver.session();
    try {
      await session.run('CREATE (:Hub {id: 1}), (:Hub {id: 2})');
      await session.run(
        `UNWIND range(1, $n) AS i
         CALL (i) {
           MATCH (a:Hub {id: 1}), (b:Hub {id: 2})
           CREATE (a)-[:MENTIONED_IN {doc: 'd', start: i, end: i + 40, text: 'words of a mention of some length'}]->(b)
         } IN TRANSACTIONS OF 50000 ROWS`,
        { n: EDGES },
      );
    } finally {
      await session.close();
    }
    expect(await count(driver, 'MATCH ()-[r]->() RETURN count(r)')).toBe(EDGES);
    await wipe(driver);
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(0);
    expect(await count(driver, 'MATCH ()-[r]->() RETURN count(r)')).toBe(0);
  }, 300_000);
});
