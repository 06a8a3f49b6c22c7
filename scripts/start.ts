// npm start: make sure Neo4j is up, ingest seeds/ (unchanged documents are skipped; the deep engine when the
// parser server can run), serve the explorer.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createDriver, neo4jConfig } from '@claimgraph/schema';
import { ROOT, localProfile, start as startNeo4j, MissingToolError } from './lib/neo4j-local.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { ingestFiles } from '../ingest/src/pipeline/ingest.js';
import { createExtractor } from '../ingest/src/extractor.js';
import { chooseEngine } from '../ingest/src/extract/deep/choose.js';
import { serve, CLIENT_DIST } from '../server/src/main.js';

async function main(): Promise<void> {
  const cfg = neo4jConfig();
  if (cfg.local) await startNeo4j(localProfile());
  else console.log(`Using Neo4j at ${cfg.uri}`);

  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    console.log('Building the explorer…');
    const r = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('building the client failed');
  }

  const driver = createDriver(cfg);
  // The deep engine when the parser server can run here (started if need be), the rules engine otherwise.
  const extractor = await createExtractor({ engine: await chooseEngine(undefined, console.log) });
  try {
    const files = listSources([path.join(ROOT, 'seeds')]);
    const outcomes = await ingestFiles(driver, files, { database: cfg.database, extractor });
    for (const o of outcomes) {
      if (o.error) console.error(`✗ ${path.basename(o.file)}: ${o.error}`);
      else {
        const outcome = o.result!.outcome;
        console.log(`${outcome === 'unchanged' ? '=' : '✓'} ${path.basename(o.file)}: ${outcome}`);
      }
    }
  } finally {
    await extractor.close();
    await driver.close();
  }

  const { url } = await serve();
  console.log(`\nclaimgraph is serving ${url}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof MissingToolError ? e.message : `npm start failed: ${(e as Error).message}`);
  process.exit(1);
});
