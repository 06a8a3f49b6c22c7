// The bulk path: `npm run export -- --csv` then `npm run import:csv` into a Neo4j instance of this test's
// own gives the same graph as the Bolt loader on the seeds: counts per label and type, and every property.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jConfig } from '@claimgraph/schema';
import { localProfile, stop } from '../../scripts/lib/neo4j-local.js';
import { SCHEMA_STATEMENTS } from '../../ingest/src/load/schema.js';
import { ROOT, SEEDS, freshSeedGraph, testDriver } from '../helpers/db.js';
import { graphCounts, graphDump } from '../helpers/graph-snapshot.js';

// A second instance, so the import (which stops its server) never disturbs the shared test database.
const env = {
  ...process.env,
  CLAIMGRAPH_DB_DIR: process.env.CLAIMGRAPH_TEST_IMPORT_DB_DIR ?? '.neo4j/test-import',
  CLAIMGRAPH_BOLT_PORT: process.env.CLAIMGRAPH_TEST_IMPORT_BOLT_PORT ?? '7689',
  CLAIMGRAPH_HTTP_PORT: process.env.CLAIMGRAPH_TEST_IMPORT_HTTP_PORT ?? '7479',
  NEO4J_URI: '',
};
const profile = localProfile(env);
const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

let bolt: Driver;
let imported: Driver;
let dir: string;
let importOutput: string;

beforeAll(async () => {
  bolt = testDriver();
  await freshSeedGraph(bolt);
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-csv-'));
  const exp = spawnSync(tsx, ['ingest/src/export/cli.ts', '--csv', dir, SEEDS], { cwd: ROOT, encoding: 'utf8' });
  expect(exp.status, exp.stderr).toBe(0);
  const imp = spawnSync(tsx, ['scripts/import-csv.ts', dir, '--replace'], { cwd: ROOT, env, encoding: 'utf8' });
  importOutput = `${imp.stdout}${imp.stderr}`;
  expect(imp.status, importOutput).toBe(0);
  const { password } = neo4jConfig(env);
  imported = neo4j.driver(`bolt://127.0.0.1:${profile.boltPort}`, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
  });
});

afterAll(async () => {
  await imported?.close();
  await stop(profile, () => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('CSV export and neo4j-admin import', () => {
  it('writes headers neo4j-admin reads: ID spaces, labels, types and typed properties', () => {
    const header = (name: string) => readFileSync(path.join(dir, name), 'utf8').split('\n')[0];
    expect(header('nodes-entities.csv')).toBe('id:ID(Entity),:LABEL,name,type,kind,aliases:string[],aliasText');
    expect(header('relationships-relations.csv')).toContain(':START_ID(Entity),:END_ID(Entity),:TYPE');
    expect(header('relationships-relations.csv')).toContain('starts:double[]');
  });

  it('gives the same node count per label and relationship count per type as the Bolt loader', async () => {
    const viaBolt = await graphCounts(bolt);
    const viaCsv = await graphCounts(imported);
    expect(viaBolt.labels.Document).toBe(5);
    expect(viaBolt.types.CRITICISES).toBeGreaterThan(0);
    expect(viaCsv).toEqual(viaBolt);
    expect(importOutput).toMatch(/Imported \d+ nodes and \d+ relationships/);
  });

  it('gives the same nodes and relationships, property for property', async () => {
    const viaBolt = await graphDump(bolt);
    const viaCsv = await graphDump(imported);
    expect(viaCsv.nodes.length).toBe(viaBolt.nodes.length);
    expect(viaCsv.nodes).toEqual(viaBolt.nodes);
    expect(viaCsv.rels).toEqual(viaBolt.rels);
  });

  it('creates the constraints and indexes the loader relies on', async () => {
    const res = await imported.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    const names = res.records[0]!.get('names') as string[];
    const expected = SCHEMA_STATEMENTS.map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF/.exec(s)![1]!);
    expect(names).toEqual(expect.arrayContaining(expected));
  });
});
