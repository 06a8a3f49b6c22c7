// Runs the extractor over the shared evaluation sets (the seeds and the dev excerpts) and scores each with
// the port of the shared scorer. The annotations stay where they are published: they are read from a
// directory given by --gold, else CLAIMGRAPH_EVAL_DIR, else shared/eval beside the repository (../shared/eval
// from its root) or beside a folder above it, so a checkout nested one level deeper still finds it.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSource } from '../parse/index.js';
import { listSources } from '../pipeline/index.js';
import { mergeGraphs } from '../pipeline/merge.js';
import { createExtractor, type ExtractorOptions } from '../extractor.js';
import type { DocumentGraph } from '../pipeline/types.js';
import { score, type ScoreResult } from './score.js';
import { besideRepository } from '../beside-repository.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The evaluation directory (holding gold/ and dev/), or null when none is present. */
export function evalDir(explicit?: string, env: NodeJS.ProcessEnv = process.env, root = ROOT): string | null {
  const given = explicit ?? env.CLAIMGRAPH_EVAL_DIR;
  if (given) return existsSync(path.join(given, 'gold')) ? given : null;
  return besideRepository('eval', 'gold', root);
}

export interface EvalSet {
  name: string;
  gold: string;
  docs: string;
}

/** The sets in an evaluation directory: the seeds (their text is in the repository) and dev. */
export function evalSets(dir: string): EvalSet[] {
  const sets: EvalSet[] = [
    { name: 'seeds', gold: path.join(dir, 'gold/seeds'), docs: path.join(ROOT, 'seeds') },
    { name: 'dev', gold: path.join(dir, 'gold/dev'), docs: path.join(dir, 'dev/docs') },
  ];
  return sets.filter((s) => existsSync(s.gold) && existsSync(s.docs));
}

/** What `npm run -s extract -- DIR --json` prints, as parsed JSON. */
export async function extractExport(docsDir: string, options: ExtractorOptions = {}): Promise<Record<string, unknown>> {
  const extractor = await createExtractor(options);
  const graphs: DocumentGraph[] = [];
  try {
    for (const file of listSources([docsDir])) graphs.push(await extractor.process(readSource(file)));
  } finally {
    await extractor.close();
  }
  return JSON.parse(JSON.stringify(mergeGraphs(graphs))) as Record<string, unknown>;
}

export interface SetResult extends ScoreResult {
  set: EvalSet;
  exported: Record<string, unknown>;
}

export async function evaluateSet(set: EvalSet, options: ExtractorOptions = {}): Promise<SetResult> {
  const exported = await extractExport(set.docs, options);
  return { set, exported, ...score(exported, set.gold, set.docs) };
}

/** Writes an export to a temporary file (for score.py). */
export function writeTempExport(exported: unknown, name: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-eval-')), `${name}-export.json`);
  writeFileSync(file, JSON.stringify(exported));
  return file;
}
