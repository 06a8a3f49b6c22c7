// npm run -s bench:deep [-- --runs N]: the two engines' throughput over the seeds and the shared dev excerpts,
// in-process, one document at a time, after a warm-up. The deep engine's parse cache is a fresh folder per run,
// so every sentence is parsed; a last run on the filled cache shows what a re-ingest costs.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExtractor, type EngineName } from '../ingest/src/extractor.js';
import { readSource } from '../ingest/src/parse/index.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { evalDir, ROOT } from '../ingest/src/eval/run.js';
import { nlpProfile, startNlp } from '../ingest/src/extract/deep/server.js';

const dev = evalDir();
const files = listSources([path.join(ROOT, 'seeds'), ...(dev ? [path.join(dev, 'dev/docs')] : [])]);
const inputs = files.map((f) => readSource(f));
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

async function run(engine: EngineName, cacheDir: string): Promise<number> {
  const extractor = await createExtractor({ engine, parser: { profile: nlpProfile(), cacheDir } });
  const t0 = performance.now();
  for (const input of inputs) await extractor.process(input);
  await extractor.close();
  return (performance.now() - t0) / 1000;
}

await startNlp(nlpProfile(), (s) => {
  console.error(s);
});
const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-parse-'));
await run('rules', fresh()); // warm-up: data files loaded, JIT
const rows: string[][] = [];
const kb = bytes / 1024;
const rules = await run('rules', fresh());
rows.push(['rules', kb.toFixed(0), rules.toFixed(2), (kb / rules).toFixed(0)]);
const cache = fresh();
const deep = await run('deep', cache);
rows.push(['deep, parses not cached', kb.toFixed(0), deep.toFixed(2), (kb / deep).toFixed(1)]);
const again = await run('deep', cache);
rows.push(['deep, parses cached (re-ingest)', kb.toFixed(0), again.toFixed(2), (kb / again).toFixed(0)]);
console.log(`${inputs.length} documents (seeds and dev), ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log('| engine | KB | s | KB/s |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
