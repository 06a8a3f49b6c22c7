// npm run import:csv -- <dir> [--replace]: loads `npm run export -- --csv <dir>` files into a fresh
// database of the project-local Neo4j with neo4j-admin's offline importer (the instance is stopped for
// the import and started again), then creates the constraints and indexes the loader relies on.
// The instance is the one CLAIMGRAPH_DB_DIR / CLAIMGRAPH_BOLT_PORT / CLAIMGRAPH_HTTP_PORT choose.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { neo4jConfig } from '@claimgraph/schema';
import { ensureSchema } from '../ingest/src/load/schema.js';
import { bumpGraphVersion } from '../ingest/src/load/graph-version.js';
import { ARRAY_DELIMITER } from '../ingest/src/export/csv.js';
import { fetchNeo4j, localProfile, start, status, stop, type LocalProfile } from './lib/neo4j-local.js';

export interface ImportResult {
  seconds: number;
  nodes: number;
  relationships: number;
}

/** Node and relationship files of an export folder, by the names the export gives them. */
export function exportFiles(dir: string): { nodes: string[]; relationships: string[] } {
  const names = readdirSync(dir).sort();
  const pick = (prefix: string) =>
    names.filter((n) => n.startsWith(prefix) && n.endsWith('.csv')).map((n) => path.resolve(dir, n));
  return { nodes: pick('nodes-'), relationships: pick('relationships-') };
}

async function nodeCount(uri: string, password: string, database: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    const res = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
    return res.records[0]!.get('n') as number;
  } finally {
    await driver.close();
  }
}

export async function importCsv(
  dir: string,
  opts: { replace?: boolean; profile?: LocalProfile; log?: (s: string) => void } = {},
): Promise<ImportResult> {
  const p = opts.profile ?? localProfile();
  const log = opts.log ?? console.log;
  const { password, database } = neo4jConfig({ ...process.env, NEO4J_URI: '' });
  const uri = `bolt://127.0.0.1:${p.boltPort}`;
  const files = exportFiles(dir);
  if (files.nodes.length === 0) throw new Error(`${dir} holds no nodes-*.csv files (make them with npm run export)`);

  const s = await status(p);
  if (s.running && !s.pid) throw new Error(`a Neo4j on port ${p.boltPort} was not started by this project`);
  if (!existsSync(path.join(p.home, 'conf', 'neo4j.conf'))) {
    await start(p, log); // a new instance: its configuration and password are set on the first start
  } else if (!opts.replace) {
    const held = s.running
      ? (await nodeCount(uri, password, database)) > 0
      : existsSync(path.join(p.home, 'data', 'databases', database));
    if (held) throw new Error(`database ${database} in ${p.home} may hold data; pass --replace to overwrite it`);
  }
  await stop(p, log);

  const started = Date.now();
  const args = [
    '-cp',
    path.join(fetchNeo4j(log), '*'),
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--report-file=${path.join(p.home, 'logs', 'import.report')}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  const env = { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: path.join(p.home, 'conf') };
  log(`Importing ${dir} into database ${database} (${p.home})…`);
  const r = spawnSync('java', args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const seconds = (Date.now() - started) / 1000;
  await start(p, log);
  if (r.status !== 0) throw new Error(`neo4j-admin database import failed (exit ${r.status}); the log is above`);

  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    await ensureSchema(driver, database);
    // neo4j-admin reads an empty list cell as no value; the loader stores entities' aliases as [].
    const session = driver.session({ database });
    try {
      await session.run(
        'MATCH (e:Entity) WHERE e.aliases IS NULL CALL (e) { SET e.aliases = [] } IN TRANSACTIONS OF 10000 ROWS',
      );
      // A server caching answers against this database must see that its graph changed.
      await session.executeWrite(bumpGraphVersion);
    } finally {
      await session.close();
    }
    const res = await driver.executeQuery(
      'CALL { MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS nodes } ' +
        'CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      {},
      { database },
    );
    const rec = res.records[0]!;
    return { seconds, nodes: rec.get('nodes') as number, relationships: rec.get('rels') as number };
  } finally {
    await driver.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run import:csv -- <export folder> [--replace]');
    process.exit(2);
  }
  try {
    const r = await importCsv(dir, { replace: argv.includes('--replace') });
    console.log(
      `Imported ${r.nodes} nodes and ${r.relationships} relationships in ${r.seconds.toFixed(1)} s ` +
        `(${Math.round(r.relationships / r.seconds)} relationships/s for neo4j-admin itself).`,
    );
  } catch (e) {
    console.error(`import:csv failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
