// npm run ingest -- <files or dirs> [--force] | --remove <source>
import { createDriver, documentId, neo4jConfig } from '@claimgraph/schema';
import { listSources } from '../pipeline/index.js';
import { DatabaseUnavailableError, ingestFiles } from '../pipeline/ingest.js';
import { removeDocument } from '../load/writer.js';
import { parseArgs } from './args.js';
import { makeProgress } from './progress.js';

const args = parseArgs(process.argv.slice(2), ['remove']);
const removals = args.values.get('remove') ?? [];
if (args.paths.length === 0 && removals.length === 0) {
  console.error(
    'usage: npm run ingest -- <files or folders> [--force]\n       npm run ingest -- --remove <source file name>',
  );
  process.exit(2);
}
const cfg = neo4jConfig();
const driver = createDriver(cfg);
let failed = 0;
try {
  for (const source of removals) {
    const removed = await removeDocument(driver, documentId(source), { database: cfg.database });
    console.log(removed ? `removed ${source}` : `${source}: no such document`);
    if (!removed) failed++;
  }
  if (args.paths.length) {
    const files = listSources(args.paths);
    const progress = makeProgress();
    const outcomes = await ingestFiles(driver, files, {
      database: cfg.database,
      force: args.flags.has('force'),
      onFile: (o, i, total) => {
        progress(i + 1, total, o.file);
        if (o.error) console.error(`✗ ${o.file}: ${o.error}`);
        else {
          const c = o.result!.counts;
          console.log(
            `✓ ${o.file}: ${o.result!.outcome} — ${c.entities} entities, ${c.mentions} mentions, ${c.relations} relations, ${c.comments} comments, ${c.claims} claims`,
          );
        }
      },
    });
    failed += outcomes.filter((o) => o.error).length;
    console.log(
      `${outcomes.length - failed} of ${outcomes.length} file(s) loaded into ${cfg.uri}${failed ? `, ${failed} failed` : ''}.`,
    );
  }
} catch (e) {
  failed++;
  if (e instanceof DatabaseUnavailableError) {
    console.error(
      `Neo4j is not reachable at ${cfg.uri}: ${e.message}\nStart it with \`npm run db:start\` (or set NEO4J_URI), then run the same command again; documents already loaded are kept and nothing is duplicated.`,
    );
  } else {
    console.error(`ingest failed: ${(e as Error).message}`);
  }
} finally {
  await driver.close();
}
process.exitCode = failed ? 1 : 0;
