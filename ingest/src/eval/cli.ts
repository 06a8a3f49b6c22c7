// npm run eval [-- --gold DIR] [--set seeds|dev] [--engine rules|deep] [--without GROUP,…] [--summary] [--json]
// The extractor against the shared gold (seeds and dev), scored as the shared score.py scores it:
// a table per set, then per document its figures and what it missed (unless --summary).
import { parseArgs } from '../cli/args.js';
import { chooseEngine } from '../extract/deep/choose.js';
import { evalDir, evalSets, evaluateSet, type SetResult } from './run.js';
import type { DocRow, Summary } from './score.js';

const args = parseArgs(process.argv.slice(2), ['gold', 'set', 'engine', 'without']);
const dir = evalDir(args.values.get('gold')?.[0]);
if (!dir) {
  console.error('No evaluation directory: pass --gold DIR or set CLAIMGRAPH_EVAL_DIR (a folder with gold/ and dev/).');
  process.exit(2);
}
const only = args.values.get('set');
const sets = evalSets(dir).filter((s) => !only || only.includes(s.name));
const engine = await chooseEngine(args.values.get('engine')?.[0]);
const without = args.values.get('without')?.flatMap((w) => w.split(','));
const results: SetResult[] = [];
for (const set of sets) results.push(await evaluateSet(set, { engine, without }));

const f = (v: number | null) => (v === null ? '-' : v.toFixed(2));
const line = (name: string, s: Summary) =>
  `| ${name} | ${f(s.entity_F1)} | ${f(s.relation_P)} / ${f(s.relation_R)} / ${f(s.relation_F1)} | ` +
  `${f(s.claim_R)} | ${f(s.claim_speaker_acc)} | ${f(s.claim_stance_acc)} | ` +
  `${f(s.commentator_F1)} / ${f(s.reply_F1)} |`;
const docLine = (r: DocRow) =>
  `  ${String(r.doc).padEnd(26)} entities P ${f(r.ent_P as number)} R ${f(r.ent_R as number)}  ` +
  `relations ${String(r.rel_pred)} found, P ${f(r.rel_P as number)} R ${f(r.rel_R as number)} ` +
  `of ${String(r.rel_gold)}  ` +
  `claims R ${f(r.claim_R as number)} of ${String(r.claim_gold)} (speaker ${f(r.claim_speaker_acc as number)}, ` +
  `stance ${f(r.claim_stance_acc as number)})`;

if (args.flags.has('json')) {
  const out = results.map(({ set, summary, docs, misses }) => ({ set: set.name, summary, docs, misses }));
  console.log(JSON.stringify(out, null, 1));
} else {
  console.log(`Gold: ${dir}\n`);
  console.log(
    '| set | entity F1 | relations P / R / F1 | claims R | speaker acc | stance acc | commentators / replies F1 |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) console.log(line(r.set.name, r.summary));
  if (!args.flags.has('summary')) {
    for (const r of results) {
      console.log(`\n## ${r.set.name}`);
      r.docs.forEach((row, i) => {
        console.log(docLine(row));
        const m = r.misses[i]!;
        const show = (title: string, items: string[]) => {
          if (items.length === 0) return;
          console.log(`    ${title} (${items.length}):`);
          for (const x of items) console.log(`      - ${x.replace(/\s+/g, ' ').slice(0, 160)}`);
        };
        show('missed core entities', row.missed_core as string[]);
        show('entities not in the gold', row.false_pos as string[]);
        show('missed relations', m.relations);
        show('relations not in the gold', m.spurious);
        show('missed claims', m.claims);
        show('wrong speakers', m.speakers);
        show('wrong stances', m.stances);
      });
    }
  }
}
