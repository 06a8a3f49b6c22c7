// Bodies involved in cases the text has just named: "both cases saw involvement from the NHS and the police",
// "the council was also involved in these cases". The cases are those named in the sentence or the one
// before it (a child named for their case stands for it).
import type { RawMention, RawRelation, Sentence } from '../../pipeline/types.js';
import { named } from '../references/index.js';
import { re } from '../../regex.js';
import type { CaseFinder } from './index.js';

// "cases saw/had involvement from|of|by ...": the bodies named after the cue were involved.
const NOMINAL =
  /\bcases?\b[^.;]{0,40}?\b(?:saw|had|involved|drew|featured) (?:\w+ ){0,2}?involvement (?:from|of|by)\b/i;
// "... was/were (also) involved in both/these/the cases": the bodies named before the cue were involved.
const VERBAL = re(
  [
    /\b(?:was|were|had been|have been) (?:also |all |both )?involved in /,
    /(?:both|these|those|the|all|each of the) (?:two |three )?cases?\b/,
  ],
  'i',
);

export function involvementRelations(
  text: string,
  sentences: Sentence[],
  mentions: RawMention[],
  cases: CaseFinder,
): RawRelation[] {
  const out: RawRelation[] = [];
  sentences.forEach((s, i) => {
    const words = text.slice(s.start, s.end);
    const nominal = NOMINAL.exec(words);
    const verbal = nominal ? null : VERBAL.exec(words);
    if (!nominal && !verbal) return;
    const cue = s.start + (nominal ?? verbal)!.index;
    const cueEnd = cue + (nominal ?? verbal)![0].length;
    const from = i > 0 ? sentences[i - 1]!.start : s.start;
    const named_ = mentions.filter((m) => m.start >= from && m.end <= s.end);
    const caseOf = (m: RawMention) => (named(m).type === 'Case' ? named(m) : cases.standIn(m, ['Case']));
    const found = new Map<string, RawMention>();
    for (const m of named_) {
      const c = caseOf(m);
      if (c && !found.has(c.canonical)) found.set(c.canonical, c);
    }
    const bodies = named_.filter(
      (m) => named(m).type === 'Organisation' && m.start >= s.start && (nominal ? m.start >= cueEnd : m.end <= cue),
    );
    for (const b of bodies)
      for (const c of found.values())
        out.push({
          subject: { start: named(b).start, end: named(b).end },
          predicate: 'INVOLVED_IN',
          object: { start: c.start, end: c.end },
          qualifier: null,
          evidence: { start: s.start, end: s.end },
        });
  });
  return out;
}
