// npm run eval [-- --verbose] [--json]: the extractor against the hand-annotated seeds (test/fixtures/gold).
import path from 'node:path';
import { evaluateSeeds } from './run.js';
import type { PRF } from './score.js';

const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const { files, result: r } = evaluateSeeds();

if (asJson) {
  console.log(
    JSON.stringify(
      {
        typed: r.typed.score,
        commentators: r.commentators.score,
        comments: r.comments,
        relations: r.relations.score,
        claims: { ...r.claims, missed: r.claims.missed.length, wrongSpeaker: r.claims.wrongSpeaker.length },
      },
      null,
      2,
    ),
  );
} else {
  const row = (name: string, s: PRF) =>
    `${name.padEnd(22)} ${s.precision.toFixed(3)}     ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`Documents: ${files.map((f) => path.basename(f)).join(', ')}\n`);
  console.log(`${''.padEnd(22)} precision recall F1`);
  console.log(row('typed entities', r.typed.score));
  console.log(row('commentators', r.commentators.score));
  console.log(row('comments', r.comments.comments));
  console.log(row('reply edges', r.comments.replies));
  console.log(row('relations', r.relations.score));
  const c = r.claims;
  console.log(
    `\nclaims: recall ${c.recall.toFixed(3)} (${c.found}/${c.gold}), precision ${c.precision.toFixed(3)} of ${c.predicted}, speaker accuracy ${c.speakerAccuracy.toFixed(3)}, stance accuracy ${c.stanceAccuracy.toFixed(3)}`,
  );
  if (verbose) {
    console.log('\nmissed entities:', r.typed.missed.map((e) => `${e.type}:${e.name}`).join('; '));
    console.log('\nspurious entities:', r.typed.spurious.map((e) => `${e.type}:${e.name}`).join('; '));
    console.log('\nmissed relations:', r.relations.missed.join('; '));
    console.log('\nspurious relations:', r.relations.spurious.join('; '));
    console.log('\nmissed claims:');
    for (const m of c.missed) console.log(`  - [${m.speaker}] ${m.text.slice(0, 100)}`);
    console.log('\nwrong speakers:');
    for (const w of c.wrongSpeaker) console.log(`  - gold ${w.gold}, predicted ${w.predicted}: ${w.text}`);
  }
}
