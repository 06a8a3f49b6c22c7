// Stance of a sentence from a lexicon (lexicon/stance.json) with negation: "not a good look" is critical,
// "no professional should experience abuse" is not an attack. Ties and silence are neutral.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Stance } from '@claimgraph/schema';

interface Lexicon {
  critical: string[];
  supportive: string[];
  negators: string[];
}
const lex = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../lexicon/stance.json'), 'utf8')) as Lexicon;

interface Cue {
  words: string[];
  prefix: boolean;
  polarity: 1 | -1;
}
const cues: Cue[] = [
  ...lex.critical.map((c) => ({ c, polarity: -1 as const })),
  ...lex.supportive.map((c) => ({ c, polarity: 1 as const })),
].map(({ c, polarity }) => ({ words: c.replace(/\*$/, '').split(' '), prefix: c.endsWith('*'), polarity }));
const byFirst = new Map<string, Cue[]>();
for (const cue of cues) {
  const k = cue.words[0]!.slice(0, 3);
  (byFirst.get(k) ?? byFirst.set(k, []).get(k)!).push(cue);
}
const negators = new Set(lex.negators);

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z]+(?:'[a-z]+)?|n't/g) ?? []
  );
}

/** Sum of cue polarities, each flipped when a negator stands within the four words before it. */
export function stanceScore(text: string): number {
  const w = words(text);
  let score = 0;
  for (let i = 0; i < w.length; i++) {
    const list = byFirst.get(w[i]!.slice(0, 3));
    if (!list) continue;
    let best: Cue | undefined;
    for (const cue of list) {
      if (
        cue.words.length > 1
          ? cue.words.every(
              (cw, k) => w[i + k] === cw || (cue.prefix && k === cue.words.length - 1 && w[i + k]?.startsWith(cw)),
            )
          : cue.prefix
            ? w[i]!.startsWith(cue.words[0]!)
            : w[i] === cue.words[0]
      ) {
        if (!best || cue.words.length > best.words.length) best = cue;
      }
    }
    if (!best) continue;
    let p: number = best.polarity;
    for (let k = Math.max(0, i - 4); k < i; k++) {
      const n = w[k]!;
      // "not good" is critical; "no abuse" or "not wrong" is no judgement either way.
      if (negators.has(n) || n.endsWith("n't")) {
        if (!(n === 'not' && w[k + 1] === 'only')) p = p > 0 ? -p : 0;
        break;
      }
    }
    score += p;
    i += best.words.length - 1;
  }
  return score;
}

export function stanceOf(text: string): Stance {
  const s = stanceScore(text);
  return s < 0 ? 'critical' : s > 0 ? 'supportive' : 'neutral';
}
