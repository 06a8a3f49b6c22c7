// npm run bench [-- --corpus <path>] [--only extract,large,load,e2e,api,cypher,render,soak,cache] [--quick]
// [--cache-docs N] (the cache section loads only the corpus's first N documents) [--cache-pin] (it gives Neo4j a CPU
// of its own, the server and the load generator the others) [--out <file>]
// The corpus path may also come from CLAIMGRAPH_BENCH_CORPUS.
// Runs the benchmarks and writes their figures, the command and the machine to BENCHMARKS.md.
import os from 'node:os';
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mergeSections } from './sections.js';
import { createDriver, neo4jConfig } from '@claimgraph/schema';
import { ROOT, localProfile, readPid, start as startNeo4j } from '../scripts/lib/neo4j-local.js';
import { processCpuSeconds } from './process-cpu.js';
import { benchCorpus, benchSeeds } from './extract.js';
import { benchLoad, type LoadRow } from './load.js';
import { benchLargeDocument } from './large-document.js';
import { benchEndToEnd } from './e2e.js';
import { table, type Section } from './report.js';
import { besideRepository } from '../ingest/src/beside-repository.js';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const corpus =
  arg('corpus') ??
  process.env.CLAIMGRAPH_BENCH_CORPUS ??
  besideRepository('corpus/un-general-debates') ??
  path.resolve(ROOT, '../shared/corpus/un-general-debates');
const only = new Set((arg('only') ?? 'extract,large,load,e2e,api,cypher,render,soak,cache').split(','));
const sections: Section[] = [];

const machine =
  `${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${Math.round(os.totalmem() / 2 ** 30)} ` +
  `GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
const command = `npm run bench -- ${argv.join(' ')}`.trim();

/** The bench's own local Neo4j, whose CPU time the load section reports; none when NEO4J_URI points elsewhere. */
let benchNeo4jPid: number | null = null;

// The bench database is a local server of its own (.neo4j/bench, Bolt 7689 unless CLAIMGRAPH_BENCH_BOLT_PORT
// says otherwise) unless NEO4J_URI is set.
async function benchDriver() {
  if (!process.env.NEO4J_URI) {
    const bolt = process.env.CLAIMGRAPH_BENCH_BOLT_PORT ?? '7689';
    const env = {
      ...process.env,
      CLAIMGRAPH_DB_DIR: '.neo4j/bench',
      CLAIMGRAPH_BOLT_PORT: bolt,
      CLAIMGRAPH_HTTP_PORT: process.env.CLAIMGRAPH_BENCH_HTTP_PORT ?? '7476',
    };
    const profile = localProfile(env);
    await startNeo4j(profile);
    benchNeo4jPid = readPid(profile);
    process.env.NEO4J_URI = `bolt://127.0.0.1:${bolt}`;
  }
  return createDriver(neo4jConfig());
}

if (only.has('extract')) {
  console.log('extraction: seeds…');
  const rows = benchSeeds(path.join(ROOT, 'seeds'), quick ? 1 : 3);
  if (existsSync(corpus)) {
    console.log(`extraction: corpus ${corpus}…`);
    rows.push(...(await benchCorpus(corpus, { limit: quick ? 300 : Infinity, compromiseDocs: quick ? 30 : 150 })));
  } else console.log(`corpus not found at ${corpus}; pass --corpus <path>`);
  sections.push({
    title: 'Extraction throughput (parse → extract → resolve, one core)',
    note:
      'Target ≥ 1 MB/s per core. compromise runs people() + organizations() on the same text for ' +
      'comparison. Memory is the process RSS sampled while streaming the corpus one document at a time. ' +
      'CPU s is the user + system time the process spent on the work: on a shared machine wall-clock time ' +
      'depends on what else runs, the CPU the work took much less.',
    table: table(
      ['input', 'engine', 'MB', 's', 'MB/s', 'CPU s', 'MB per CPU s', 'RSS start→end (peak) MB'],
      rows.map((r) => [
        r.input,
        r.engine,
        r.mb.toFixed(2),
        r.seconds.toFixed(2),
        r.mbPerSec.toFixed(2),
        r.cpuSeconds.toFixed(2),
        (r.mb / r.cpuSeconds).toFixed(2),
        r.rssStartMb ? `${r.rssStartMb.toFixed(0)}→${r.rssEndMb!.toFixed(0)} (${r.peakRssMb!.toFixed(0)})` : '',
      ]),
    ),
  });
}

if (only.has('large') && existsSync(corpus)) {
  const sizes = quick ? [1, 2] : [1, 2, 4, 8];
  console.log(`one large document: ${sizes.join(', ')} MB…`);
  const rows = await benchLargeDocument(corpus, sizes);
  sections.push({
    title: 'One very large document (extraction, one core)',
    note:
      'The corpus speeches joined into one text and extracted as a single document (parse → extract → ' +
      'resolve). Target: cost in proportion to size (seconds per MB against the smallest size ≈ 1).',
    table: table(
      ['MB', 's', 'MB/s', 's per MB ÷ smallest size’s'],
      rows.map((r) => [r.mb.toFixed(2), r.seconds.toFixed(2), r.mbPerSec.toFixed(2), r.perMbRatio.toFixed(2)]),
    ),
  });
}

let driver: ReturnType<typeof createDriver> | undefined;
if (only.has('load') && existsSync(corpus)) {
  driver ??= await benchDriver();
  const rows = [];
  const neo4jCpu = processCpuSeconds(benchNeo4jPid);
  // 1000 documents (≈ 180,000 relationships) outgrow the local server's 512 MiB limit per transaction.
  const runs = [
    { batch: 1, parallel: 1 },
    { batch: 250, parallel: 1 },
    { batch: 500, parallel: 1 },
    { batch: 500, parallel: 2 },
  ];
  for (const { batch, parallel } of runs) {
    console.log(`load: corpus, batch ${batch}, ${parallel} transaction(s) side by side…`);
    rows.push(
      await benchLoad(driver, corpus, { docs: quick ? 200 : batch === 1 ? 300 : 1500, batch, parallel, neo4jCpu }),
    );
  }
  const cpu = (r: LoadRow) => (r.neo4jCpuSeconds === undefined ? '' : r.neo4jCpuSeconds.toFixed(2));
  const perCpu = (r: LoadRow) => (r.neo4jCpuSeconds ? Math.round(r.relationships / r.neo4jCpuSeconds) : '');
  sections.push({
    title: 'Neo4j load throughput',
    note:
      'Corpus documents extracted first (not timed), then written by the loader: a batch of documents in one ' +
      'transaction, or split into groups written side by side (ingest/src/load/parallel.ts); UNWIND batches ' +
      'inside. Target ≥ 50,000 relationships/s. Neo4j CPU s is the user + system time the bench’s local Neo4j ' +
      'process used meanwhile (from /proc): on a shared machine wall-clock time depends on what else runs, the ' +
      'CPU the database spent on the work much less.',
    table: table(
      [
        'docs',
        'docs per batch',
        'transactions side by side',
        'nodes',
        'relationships',
        's',
        'relationships/s',
        'Neo4j CPU s',
        'relationships per Neo4j CPU s',
      ],
      rows.map((r) => [
        r.docs,
        r.batch,
        r.parallel,
        r.nodes,
        r.relationships,
        r.seconds.toFixed(2),
        Math.round(r.relsPerSec),
        cpu(r),
        perCpu(r),
      ]),
    ),
  });
}

if (only.has('e2e') && existsSync(corpus)) {
  driver ??= await benchDriver();
  console.log(`end to end: ${corpus}…`);
  const r = await benchEndToEnd(driver, corpus);
  sections.push({
    title: 'End to end: corpus into Neo4j beside extraction alone',
    note:
      `The same run: extraction alone is the rules engine on one thread with no database; ingest is \`npm ` +
      `run ingest\`'s path (sources → ${r.threads} extraction worker thread(s) → ${r.batch} documents per ` +
      `transaction) into an empty database. Target: ingest ≤ 3× extraction alone.`,
    table: table(
      [
        'docs',
        'MB',
        'extraction alone s',
        'ingest s',
        'ingest ÷ extraction',
        'docs/s',
        'relationships',
        'relationships/s',
        'failed',
      ],
      [
        [
          r.docs,
          r.mb.toFixed(1),
          r.extractSeconds.toFixed(1),
          r.ingestSeconds.toFixed(1),
          (r.ingestSeconds / r.extractSeconds).toFixed(2),
          Math.round(r.docs / r.ingestSeconds),
          r.relationships,
          Math.round(r.relationships / r.ingestSeconds),
          r.failed,
        ],
      ],
    ),
  });
}

for (const extra of ['api', 'cypher', 'render', 'soak', 'cache'] as const) {
  if (!only.has(extra)) continue;
  const mod = path.join(import.meta.dirname, `${extra}-section.ts`);
  if (!existsSync(mod)) continue;
  // The render section needs no database: a server starting beside the browser would only skew its timings.
  if (extra !== 'render') driver ??= await benchDriver();
  const { section } = (await import(mod)) as {
    section: (o: {
      driver: typeof driver;
      corpus: string;
      quick: boolean;
      argv: string[];
      neo4jPid: number | null;
    }) => Promise<Section[]>;
  };
  console.log(`${extra}…`);
  sections.push(...(await section({ driver, corpus, quick, argv, neo4jPid: benchNeo4jPid })));
}
await driver?.close();

// Each section measured replaces the section of the same title in the file (or is added at its end), with the
// command, machine and date it was measured with; sections not measured in this run are kept as they are.
const measured = sections.map((s) =>
  [
    `## ${s.title}`,
    '',
    `Command: \`${command}\`. Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    s.note,
    '',
    s.table,
    '',
  ].join('\n'),
);
const out = path.resolve(ROOT, arg('out') ?? 'BENCHMARKS.md');
const md = mergeSections(existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmarks\n\n', measured);
writeFileSync(out, md);
console.log(measured.join('\n'));
console.log(`\nwritten to ${path.relative(ROOT, out)}`);
