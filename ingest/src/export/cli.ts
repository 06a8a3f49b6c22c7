// npm run export -- --csv <dir> <files or folders>: the bulk path. Writes the graph the Bolt loader would
// build from these documents as neo4j-admin import files; `npm run import:csv -- <dir>` loads them.
import { parseArgs } from '../cli/args.js';
import { makeProgress } from '../cli/progress.js';
import { createExtractor } from '../extractor.js';
import { readSource } from '../parse/index.js';
import { listSources } from '../pipeline/index.js';
import type { DocumentGraph } from '../pipeline/types.js';
import { exportCsv } from './csv-export.js';

const args = parseArgs(process.argv.slice(2), ['csv']);
const dir = args.values.get('csv')?.at(-1);
if (!dir || args.paths.length === 0) {
  console.error('usage: npm run export -- --csv <output folder> <files or folders>');
  process.exit(2);
}
const files = listSources(args.paths);
if (files.length === 0) {
  console.error(`no documents found in ${args.paths.join(', ')}`);
  process.exit(1);
}
const extractor = await createExtractor();
const progress = makeProgress(0);
let failed = 0;
let bytes = 0;

async function* graphs(): AsyncGenerator<DocumentGraph> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    try {
      const source = readSource(file);
      bytes += source.text.length;
      yield await extractor.process(source);
      progress.update(i + 1, bytes);
    } catch (e) {
      failed++;
      console.error(`✗ ${file}: ${(e as Error).message}`);
    }
  }
}

const started = Date.now();
try {
  const summary = await exportCsv(dir, graphs());
  const total = (bag: Record<string, number>) => Object.values(bag).reduce((a, b) => a + b, 0);
  console.log(
    `${summary.documents} of ${files.length} document(s) written to ${dir}: ${total(summary.labels)} node labels, ` +
      `${total(summary.types)} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      `${failed ? `, ${failed} failed` : ''}. Import with: npm run import:csv -- ${dir}`,
  );
} catch (e) {
  failed++;
  console.error(`export failed: ${(e as Error).message}`);
} finally {
  await extractor.close();
}
process.exitCode = failed ? 1 : 0;
