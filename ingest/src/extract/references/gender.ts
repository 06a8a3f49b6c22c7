// Gender agreement for pronouns: "He said:" after "Mr Horne said Luczak was in tears" is Mr Horne, not the
// mother just named. The evidence is a word right before a name ("Mr", "Ms", "his mother", "stepfather"),
// from references.json; a person without such a word, or with words of both kinds, agrees with any pronoun.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawMention } from '../../pipeline/types.js';

export type Gender = 'female' | 'male';

interface GenderData {
  gender: Record<Gender, string[]>;
  pronounGender: Record<string, Gender>;
}

let data: { byWord: Map<string, Gender>; pronouns: Map<string, Gender> } | undefined;
function genderData() {
  if (data) return data;
  const raw = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../data/references.json'), 'utf8'),
  ) as GenderData;
  const byWord = new Map<string, Gender>();
  for (const g of ['female', 'male'] as const) for (const w of raw.gender[g]) byWord.set(w.toLowerCase(), g);
  data = { byWord, pronouns: new Map(Object.entries(raw.pronounGender)) };
  return data;
}

/** The gender a pronoun asks for, or null for one that asks for none ("they", "it"). */
export const pronounGender = (pronoun: string): Gender | null =>
  genderData().pronouns.get(pronoun.toLowerCase()) ?? null;

const LAST_WORD = /(\p{L}+)\.?[ \u00a0]+$/u;
const FIRST_WORD = /^(\p{L}+)\.?[ \u00a0]/u;

/** The gender the text shows for each person (by canonical name); absent where it shows none or both. */
export function gendersShown(text: string, mentions: RawMention[]): Map<string, Gender> {
  const { byWord } = genderData();
  const seen = new Map<string, Set<Gender>>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const before = LAST_WORD.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    const inside = FIRST_WORD.exec(m.text)?.[1];
    for (const w of [before, inside]) {
      const g = w ? byWord.get(w.toLowerCase()) : undefined;
      if (!g) continue;
      const set = seen.get(m.canonical) ?? new Set<Gender>();
      set.add(g);
      seen.set(m.canonical, set);
    }
  }
  const out = new Map<string, Gender>();
  for (const [name, set] of seen) if (set.size === 1) out.set(name, [...set][0]!);
  return out;
}

/** Whether a pronoun can stand for a person of the given shown gender. */
export const agrees = (pronoun: string, shown: Gender | undefined): boolean => {
  const wanted = pronounGender(pronoun);
  return !wanted || !shown || wanted === shown;
};
