// Test access to the real Neo4j started by global-setup: a driver, a wipe, and the seeds loaded.
import path from 'node:path';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jConfig } from '@claimgraph/schema';
import { ingestFiles, type FileOutcome } from '../../ingest/src/pipeline/ingest.js';
import { listSources } from '../../ingest/src/pipeline/index.js';
import { resetSchemaCache, wipeDatabase } from '../../ingest/src/load/schema.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS = path.join(ROOT, 'seeds');

/** Points this test process at the test database (NEO4J_URI) and returns a driver for it. */
export function testDriver(): Driver {
  const uri = process.env.NEO4J_URI || inject('neo4jUri');
  process.env.NEO4J_URI = uri;
  return createDriver(neo4jConfig());
}

export async function wipe(driver: Driver): Promise<void> {
  await wipeDatabase(driver);
  resetSchemaCache();
}

export async function ingestSeeds(driver: Driver): Promise<FileOutcome[]> {
  return ingestFiles(driver, listSources([SEEDS]));
}

/** A fresh database holding exactly the seeds. */
export async function freshSeedGraph(driver: Driver): Promise<FileOutcome[]> {
  await wipe(driver);
  return ingestSeeds(driver);
}

export async function count(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const res = await driver.executeQuery(cypher, params);
  return Number(res.records[0]?.get(0) ?? 0);
}
