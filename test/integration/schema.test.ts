// The schema the loader ensures: what it needs is there, and the indexes it retired are gone from a database
// that an earlier version set up.
import { afterAll, describe, expect, it } from 'vitest';
import { RETIRED_INDEXES, SCHEMA_STATEMENTS, ensureSchema, resetSchemaCache } from '../../ingest/src/load/schema.js';
import { testDriver } from '../helpers/db.js';

const driver = testDriver();
afterAll(() => driver.close());

async function indexNames(): Promise<string[]> {
  const res = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
  return res.records[0]!.get('names') as string[];
}

describe('ensureSchema', () => {
  it('drops the retired indexes an earlier version created and keeps the rest', async () => {
    await driver.executeQuery('CREATE INDEX claim_stance IF NOT EXISTS FOR (c:Claim) ON (c.stance)');
    await driver.executeQuery('CREATE INDEX mention_doc IF NOT EXISTS FOR ()-[m:MENTIONED_IN]-() ON (m.doc)');
    expect(await indexNames()).toEqual(expect.arrayContaining(RETIRED_INDEXES));
    resetSchemaCache();
    await ensureSchema(driver);
    const names = await indexNames();
    for (const retired of RETIRED_INDEXES) expect(names).not.toContain(retired);
    const wanted = SCHEMA_STATEMENTS.map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF/.exec(s)![1]!);
    expect(names).toEqual(expect.arrayContaining(wanted));
  });
});
