// npm run eval [-- --verbose] [--json]: the extractor against the hand-annotated seeds (test/fixtures/gold).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GraphExport } from '@claimgraph/schema';
import { readSource } from '../parse/index.js';
import { listSources, processSource } from '../pipeline/index.js';
import { mergeGraphs } from '../pipeline/merge.js';
import { evaluate, type PRF } from './score.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GOLD = path.join(ROOT, 'test/fixtures/gold');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

const goldFiles = existsSync(GOLD) ? readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort() : [];
if (goldFiles.length === 0) {
  console.error(`No gold annotations in ${path.relative(ROOT, GOLD)}.`);
  process.exit(1);
}
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
const r = evaluate(predicted, gold);

if (asJson) {
  console.log(JSON.stringify({ typed: r.typed.score, commentators: r.commentators.score, comments: r.comments, relations: r.relations.score, claims: { ...r.claims, missed: r.claims.missed.length, wrongSpeaker: r.claims.wrongSpeaker.length } }, null, 2));
} else {
  const row = (name: string, s: PRF) => `${name.padEnd(22)} ${s.precision.toFixed(3)}     ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`Documents: ${files.map((f) => path.basename(f)).join(', ')}\n`);
  console.log(`${''.padEnd(22)} precision recall F1`);
  console.log(row('typed entities', r.typed.score));
  console.log(row('commentators', r.commentators.score));
  console.log(row('comments', r.comments.comments));
  console.log(row('reply edges', r.comments.replies));
  console.log(row('relations', r.relations.score));
  const c = r.claims;
  console.log(`\nclaims: recall ${c.recall.toFixed(3)} (${c.found}/${c.gold}), precision ${c.precision.toFixed(3)} of ${c.predicted}, speaker accuracy ${c.speakerAccuracy.toFixed(3)}, stance accuracy ${c.stanceAccuracy.toFixed(3)}`);
  if (verbose) {
    console.log('\nmissed entities:', r.typed.missed.map((e) => `${e.type}:${e.name}`).join('; '));
    console.log('\nspurious entities:', r.typed.spurious.map((e) => `${e.type}:${e.name}`).join('; '));
    console.log('\nmissed relations:', r.relations.missed.join('; '));
    console.log('\nspurious relations:', r.relations.spurious.join('; '));
    console.log('\nmissed claims:'); for (const m of c.missed) console.log(`  - [${m.speaker}] ${m.text.slice(0, 100)}`);
    console.log('\nwrong speakers:'); for (const w of c.wrongSpeaker) console.log(`  - gold ${w.gold}, predicted ${w.predicted}: ${w.text}`);
  }
}

function mergeEntities(list: GraphExport['entities']): GraphExport['entities'] {
  const by = new Map<string, GraphExport['entities'][number]>();
  for (const e of list) {
    const h = by.get(e.id);
    if (!h) by.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
    else { for (const a of e.aliases) if (!h.aliases.includes(a)) h.aliases.push(a); h.mentions.push(...e.mentions); }
  }
  return [...by.values()];
}
