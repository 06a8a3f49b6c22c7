// What the ingest and extract commands share: reporting skipped files, choosing the extractor, and
// ending the process with a clear message and exit code even when Neo4j never answers.
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { createExtractor, type Extractor } from '../extractor.js';
import { createExtractorPool } from '../pipeline/pool.js';
import { chooseEngine } from '../extract/deep/choose.js';
import { listInputs, type ListedInput } from '../sources/index.js';
import type { Args } from './args.js';

/**
 * The inputs under the given paths, saying which files were skipped; null, after saying so, when there is
 * nothing to `verb` there.
 */
export function listCliInputs(paths: string[], verb: string): ListedInput[] | null {
  const { inputs, skipped } = listInputs(paths);
  for (const f of skipped) console.error(`skipped ${f}: not a type read here (.txt, .md, .html, .jsonl, .ndjson)`);
  if (inputs.length > 0) return inputs;
  console.error(`nothing to ${verb} in ${paths.join(', ')}: no .txt, .md, .html, .jsonl or .ndjson files`);
  return null;
}

/**
 * One worker per core beyond the main thread (which reads and loads); --threads 0 extracts in-process.
 * --engine rules|deep; without it, deep when the parser server can run here.
 */
export async function createCliExtractor(args: Args): Promise<Extractor> {
  const given = args.values.get('threads')?.[0];
  const threads = given !== undefined ? Number(given) : Math.max(1, os.availableParallelism() - 1);
  if (!Number.isInteger(threads) || threads < 0) throw new Error('--threads needs a whole number');
  const engine = await chooseEngine(args.values.get('engine')?.[0]);
  return threads === 0 ? createExtractor({ engine }) : createExtractorPool({ threads, engine });
}

const CLOSE_WAIT_MS = 3_000;

/**
 * Runs the command, prints any failure, closes the driver (giving up after a few seconds: a server that
 * accepts connections but never answers would otherwise hold the process open) and exits.
 */
export async function exitAfter(
  run: () => Promise<number>,
  driver: Driver | undefined,
  describe: (e: unknown) => string,
): Promise<void> {
  let code: number;
  try {
    code = await run();
  } catch (e) {
    console.error(describe(e));
    code = 1;
  }
  if (driver) await Promise.race([driver.close(), new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
  // Ending on its own lets output queued for a pipe drain; the unref'd timer only fires if something
  // (a socket to a server that never answers) would keep the process alive.
  process.exitCode = code;
  setTimeout(() => process.exit(code), CLOSE_WAIT_MS).unref();
}
