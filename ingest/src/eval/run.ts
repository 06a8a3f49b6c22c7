// Runs the pipeline over the seeds that have gold annotations and scores it (used by npm run eval and the quality test).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GraphExport } from '@claimgraph/schema';
import { readSource } from '../parse/index.js';
import { listSources, processSource } from '../pipeline/index.js';
import { mergeGraphs } from '../pipeline/merge.js';
import { evaluate } from './score.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const GOLD = path.join(ROOT, 'test/fixtures/gold');

export function evaluateSeeds() {
  const goldFiles = existsSync(GOLD)
    ? readdirSync(GOLD)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (goldFiles.length === 0) throw new Error(`No gold annotations in ${path.relative(ROOT, GOLD)}.`);
  const golds = goldFiles.map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as GraphExport);
  const sources = new Set(golds.flatMap((g) => g.documents.map((d) => d.source)));
  const files = listSources([path.join(ROOT, 'seeds')]).filter((f) => sources.has(path.basename(f)));
  const predicted = mergeGraphs(files.map((f) => processSource(readSource(f))));
  const gold: GraphExport = {
    documents: golds.flatMap((g) => g.documents),
    entities: mergeEntities(golds.flatMap((g) => g.entities)),
    relations: golds.flatMap((g) => g.relations),
    comments: golds.flatMap((g) => g.comments),
    claims: golds.flatMap((g) => g.claims),
  };
  return { files, result: evaluate(predicted, gold) };
}

function mergeEntities(list: GraphExport['entities']): GraphExport['entities'] {
  const by = new Map<string, GraphExport['entities'][number]>();
  for (const e of list) {
    const h = by.get(e.id);
    if (!h) by.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
    else {
      for (const a of e.aliases) if (!h.aliases.includes(a)) h.aliases.push(a);
      h.mentions.push(...e.mentions);
    }
  }
  return [...by.values()];
}
