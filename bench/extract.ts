// Extraction throughput (all stages: parse, extract, resolve) in MB/s on one core, beside compromise's
// people() + organizations() on the same text; memory sampled while streaming the corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { parseSourceText } from '../ingest/src/parse/index.js';
import { extract } from '../ingest/src/extract/index.js';
import { resolveDocument } from '../ingest/src/resolve/index.js';
import { listSources } from '../ingest/src/pipeline/index.js';
import { streamCorpus } from './corpus.js';

export interface ExtractRow {
  input: string;
  engine: string;
  docs: number;
  mb: number;
  seconds: number;
  mbPerSec: number;
  /** CPU time the process spent (user + system, all its threads): on a shared machine the steadier figure. */
  cpuSeconds: number;
  peakRssMb?: number;
  rssStartMb?: number;
  rssEndMb?: number;
}

const MB = 1024 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function ours(source: string, text: string): number {
  const parsed = parseSourceText(source, text);
  const g = resolveDocument(parsed, extract(parsed));
  return g.entities.length;
}

function theirs(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.organizations().length;
}

/** Runs fn: its result, the wall-clock seconds and the process's CPU seconds it took. */
function time<T>(fn: () => T): [T, number, number] {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = fn();
  const c = process.cpuUsage(c0);
  return [r, Number(process.hrtime.bigint() - t0) / 1e9, (c.user + c.system) / 1e6];
}

/** Seeds: repeated until at least `minSeconds` of work, so the figure is not start-up noise. */
export function benchSeeds(seedDir: string, minSeconds = 3): ExtractRow[] {
  const docs = listSources([seedDir]).map((f) => ({ source: path.basename(f), text: readFileSync(f, 'utf8') }));
  const size = docs.reduce((n, d) => n + bytes(d.text), 0) / MB;
  const rows: ExtractRow[] = [];
  for (const [engine, run] of [
    ['claimgraph', (d: { source: string; text: string }) => ours(d.source, d.text)],
    ['compromise people()+organizations()', (d: { text: string }) => theirs(d.text)],
  ] as const) {
    for (const d of docs) run(d); // warm-up
    let seconds = 0;
    let cpuSeconds = 0;
    let rounds = 0;
    while (seconds < minSeconds) {
      const [, wall, cpu] = time(() => {
        for (const d of docs) run(d);
      });
      seconds += wall;
      cpuSeconds += cpu;
      rounds++;
    }
    rows.push({
      input: `seeds (${docs.length} docs) ×${rounds}`,
      engine,
      docs: docs.length * rounds,
      mb: size * rounds,
      seconds,
      mbPerSec: (size * rounds) / seconds,
      cpuSeconds,
    });
  }
  return rows;
}

/** The corpus, streamed: our pipeline over everything (or `limit` docs); compromise over a sample. */
export async function benchCorpus(
  corpus: string,
  opts: { limit?: number; compromiseDocs?: number } = {},
): Promise<ExtractRow[]> {
  const rows: ExtractRow[] = [];
  let mb = 0,
    seconds = 0,
    cpuSeconds = 0,
    docs = 0,
    peak = 0;
  const rssStart = process.memoryUsage().rss / MB;
  for await (const d of streamCorpus(corpus, opts.limit)) {
    const [, wall, cpu] = time(() => ours(`${d.id}.txt`, d.text));
    seconds += wall;
    cpuSeconds += cpu;
    mb += bytes(d.text) / MB;
    docs++;
    if (docs % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss / MB);
  }
  const rssEnd = process.memoryUsage().rss / MB;
  rows.push({
    input: `corpus (${docs} docs)`,
    engine: 'claimgraph',
    docs,
    mb,
    seconds,
    mbPerSec: mb / seconds,
    cpuSeconds,
    peakRssMb: Math.max(peak, rssEnd),
    rssStartMb: rssStart,
    rssEndMb: rssEnd,
  });

  const sample = opts.compromiseDocs ?? 150;
  let cmb = 0,
    cs = 0,
    ccpu = 0,
    cd = 0;
  for await (const d of streamCorpus(corpus, sample)) {
    const [, wall, cpu] = time(() => theirs(d.text));
    cs += wall;
    ccpu += cpu;
    cmb += bytes(d.text) / MB;
    cd++;
  }
  rows.push({
    input: `corpus (first ${cd} docs)`,
    engine: 'compromise people()+organizations()',
    docs: cd,
    mb: cmb,
    seconds: cs,
    mbPerSec: cmb / cs,
    cpuSeconds: ccpu,
  });
  return rows;
}
