// npm run ingest -- <files, folders or -> [--force] [--batch N] [--parallel N] [--threads N]
//                 [--engine rules|deep] [--quiet]
//                 | --remove <source>
// Always ends with a clear message and an exit code, whatever state Neo4j is in.
import { createDriver, documentId, neo4jConfig } from '@claimgraph/schema';
import { DatabaseUnavailableError, ingestDocuments } from '../pipeline/ingest.js';
import { removeDocument } from '../load/writer.js';
import { readInputs } from '../sources/index.js';
import { parseArgs } from './args.js';
import { makeProgress } from './progress.js';
import { createCliExtractor, exitAfter, listCliInputs } from './common.js';

const args = parseArgs(process.argv.slice(2), ['remove', 'batch', 'parallel', 'threads', 'engine']);
const removals = args.values.get('remove') ?? [];
if (args.paths.length === 0 && removals.length === 0) {
  console.error(
    'usage: npm run ingest -- <files, folders or - for standard input> [--force] [--batch N] [--parallel N]\n' +
      '                          [--threads N] [--engine rules|deep] [--quiet]\n' +
      '       npm run ingest -- --remove <source file name>',
  );
  process.exit(2);
}
const cfg = neo4jConfig();
const driver = createDriver(cfg);
const quiet = args.flags.has('quiet');

/** A whole-number option of at least 1, or undefined when not given. */
function wholeNumber(name: string): number | undefined {
  const given = args.values.get(name)?.[0];
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number of at least 1, not "${given}"`);
  return n;
}

async function run(): Promise<number> {
  let failed = 0;
  for (const source of removals) {
    const removed = await removeDocument(driver, documentId(source), { database: cfg.database });
    console.log(removed ? `removed ${source}` : `${source}: no such document`);
    if (!removed) failed++;
  }
  if (args.paths.length === 0) return failed ? 1 : 0;
  const inputs = listCliInputs(args.paths, 'ingest');
  if (!inputs) return 1;
  const extractor = await createCliExtractor(args);
  const progress = makeProgress(inputs.reduce((n, i) => n + i.bytes, 0));
  const started = Date.now();
  let done = 0;
  let bytes = 0;
  try {
    const outcomes = await ingestDocuments(driver, readInputs(inputs), {
      database: cfg.database,
      force: args.flags.has('force'),
      extractor,
      batchSize: Number(args.values.get('batch')?.[0] ?? 200),
      parallel: wholeNumber('parallel'),
      onFile: (o, stats) => {
        ({ done, bytes } = stats);
        if (o.error) console.error(`✗ ${o.file}: ${o.error}`);
        else if (!quiet) {
          const c = o.result!.counts;
          console.log(
            `✓ ${o.file}: ${o.result!.outcome} — ${c.entities} entities, ${c.mentions} mentions, ${c.relations} ` +
              `relations, ${c.comments} comments, ${c.claims} claims`,
          );
        }
        progress.update(stats.done, stats.bytes);
      },
    });
    progress.finish(done, bytes);
    const bad = outcomes.filter((o) => o.error).length;
    if (outcomes.length === 0) {
      console.error(`nothing to ingest: ${args.paths.join(', ')} held no documents`);
      return 1;
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${outcomes.length - bad} of ${outcomes.length} document(s) loaded into ${cfg.uri} in ` +
        `${seconds.toFixed(1)} s${bad ? `, ${bad} failed` : ''}.`,
    );
    return failed + bad ? 1 : 0;
  } finally {
    await extractor.close();
  }
}

await exitAfter(run, driver, (e) => {
  if (e instanceof DatabaseUnavailableError)
    return (
      `Neo4j is not reachable at ${cfg.uri}: ${e.message}\nStart it with \`npm run db:start\` (or set ` +
      `NEO4J_URI), then run the same command again; documents already loaded are kept and nothing is ` +
      `duplicated.`
    );
  return `ingest failed: ${(e as Error).message}`;
});
