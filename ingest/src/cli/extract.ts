// npm run extract -- <files or dirs> --json : prints the SCHEMA JSON export, without Neo4j.
import { readSource } from '../parse/index.js';
import { listSources } from '../pipeline/index.js';
import { createExtractor } from '../extractor.js';
import { mergeGraphs } from '../pipeline/merge.js';
import type { DocumentGraph } from '../pipeline/types.js';
import { parseArgs } from './args.js';

const args = parseArgs(process.argv.slice(2));
if (args.paths.length === 0) {
  console.error('usage: npm run extract -- <files or folders> [--json]');
  process.exit(2);
}
const extractor = await createExtractor();
const graphs: DocumentGraph[] = [];
let failed = 0;
for (const file of listSources(args.paths)) {
  try {
    graphs.push(await extractor.process(readSource(file)));
  } catch (e) {
    failed++;
    console.error(`${file}: ${(e as Error).message}`);
  }
}
await extractor.close();
const out = mergeGraphs(graphs);
if (args.flags.has('json')) {
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  for (const g of graphs) {
    console.log(
      `${g.document.source}: ${g.entities.length} entities, ${g.relations.length} relations, ${g.comments.length} comments, ${g.claims.length} claims`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
