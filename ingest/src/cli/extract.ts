// npm run extract -- <files, folders or -> [--json] [--threads N] [--engine rules|deep]
// The SCHEMA JSON export, without Neo4j.
import { mergeGraphs } from '../pipeline/merge.js';
import type { DocumentGraph } from '../pipeline/types.js';
import { readInputs } from '../sources/index.js';
import { parseArgs } from './args.js';
import { createCliExtractor, exitAfter, listCliInputs } from './common.js';

const args = parseArgs(process.argv.slice(2), ['threads', 'engine']);
if (args.paths.length === 0) {
  console.error(
    'usage: npm run extract -- <files, folders or - for standard input> [--json] [--threads N] [--engine rules|deep]',
  );
  process.exit(2);
}

async function run(): Promise<number> {
  const inputs = listCliInputs(args.paths, 'extract');
  if (!inputs) return 1;
  const extractor = await createCliExtractor(args);
  const json = args.flags.has('json');
  const graphs: DocumentGraph[] = [];
  let failed = 0;
  let seen = 0;
  // A window of documents in flight keeps every worker busy while the output stays in input order.
  const window: { origin: string; graph: Promise<DocumentGraph | Error> }[] = [];
  const settle = async ({ origin, graph }: (typeof window)[number]) => {
    const g = await graph;
    if (g instanceof Error) {
      failed++;
      console.error(`${origin}: ${g.message}`);
    } else if (json) graphs.push(g);
    else
      console.log(
        `${g.document.source}: ${g.entities.length} entities, ${g.relations.length} relations, ` +
          `${g.comments.length} comments, ${g.claims.length} claims`,
      );
  };
  try {
    for await (const item of readInputs(inputs)) {
      seen++;
      const graph = item.input
        ? extractor.process(item.input).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
        : Promise.resolve(new Error(item.error ?? 'nothing to read'));
      window.push({ origin: item.origin, graph });
      if (window.length >= 64) await settle(window.shift()!);
    }
    for (const w of window) await settle(w);
  } finally {
    await extractor.close();
  }
  if (seen === 0) {
    console.error(`nothing to extract: ${args.paths.join(', ')} held no documents`);
    return 1;
  }
  if (json) process.stdout.write(JSON.stringify(mergeGraphs(graphs), null, 2) + '\n');
  return failed ? 1 : 0;
}

await exitAfter(run, undefined, (e) => `extract failed: ${(e as Error).message}`);
