// References: pronouns ("she", "his") and definite descriptions ("the council", "the minister") that stand
// for an entity named shortly before. Each becomes a mention at its own span that carries the mention it
// refers to, so relations and claim speakers can be read through it. The vocabulary is data
// (ingest/data/references.json); the rule is recency: the latest compatible name within a few sentences
// of the same text (article or one comment), never across into another comment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '@claimgraph/schema';
import type { RawMention, Sentence, Span } from '../../pipeline/types.js';
import { agrees, gendersShown, pronounGender } from './gender.js';
import { itReferences } from './it.js';
import { lowerCase } from '../lower-case.js';

interface ReferenceData {
  pronouns: Record<string, EntityType>;
  descriptions: { words: string[]; type: EntityType; kinds: string[] | null }[];
}

export interface Reference extends RawMention {
  /** The named mention this one stands for. */
  ref: RawMention;
}

export const isReference = (m: RawMention): m is Reference => 'ref' in m;

/** How many sentences back an antecedent may be (the current one included). */
const WINDOW = 4;

let data: ReferenceData | undefined;
function referenceData(): ReferenceData {
  data ??= JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../data/references.json'), 'utf8'),
  ) as ReferenceData;
  return data;
}

let pronounMap: Map<string, EntityType> | undefined;
/** Pronouns by their lower-case form: a Map, as every word of every sentence is looked up in it. */
function pronounTypes(): Map<string, EntityType> {
  pronounMap ??= new Map(Object.entries(referenceData().pronouns));
  return pronounMap;
}

interface Cue {
  type: EntityType;
  kinds: string[] | null;
  words: string[];
}
let cues: Map<string, Cue[]> | undefined;
/** Description cues by their first word, longest first. */
function descriptionCues(): Map<string, Cue[]> {
  if (cues) return cues;
  cues = new Map();
  for (const d of referenceData().descriptions)
    for (const w of d.words) {
      const words = w.split(' ');
      const list = cues.get(words[0]!) ?? [];
      list.push({ type: d.type, kinds: d.kinds, words });
      cues.set(words[0]!, list);
    }
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length);
  return cues;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

interface Word {
  start: number;
  end: number;
  text: string;
}

function words(text: string, s: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(s.start, s.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice))
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
  return out;
}

const compatible = (m: RawMention, type: EntityType, kinds: string[] | null) =>
  m.type === type &&
  m.kind !== 'commentator' &&
  (!kinds || (m.kind === null ? kinds.includes('other') : kinds.includes(m.kind)));

/** Pronouns and descriptions in the sentences, each with the named mention it stands for. */
export function findReferences(text: string, sentences: Sentence[], mentions: RawMention[]): Reference[] {
  const named = [...mentions].sort((a, b) => a.start - b.start);
  const covered = (s: Span) => {
    const k = firstFrom(named, s.end) - 1;
    return k >= 0 && named[k]!.end > s.start && named[k]!.start < s.end;
  };
  const pronouns = pronounTypes();
  const shown = gendersShown(text, named);
  const byFirst = descriptionCues();
  const out: Reference[] = [];
  // The person a sentence is about first (its subject, as a rule): a pronoun opening the next sentence
  // continues it ("Chris Horne was sent … before the parents were arrested. He had never met …").
  let topic: { person: RawMention; commentId: string | null } | undefined;
  sentences.forEach((sentence, i) => {
    const refsBefore = out.length;
    let from = i;
    while (from > 0 && i - from < WINDOW - 1 && sentences[from - 1]!.commentId === sentence.commentId) from--;
    const windowStart = sentences[from]!.start;
    const antecedent = (at: number, type: EntityType, kinds: string[] | null, pronoun = '', noun = '') => {
      for (let k = firstFrom(named, at) - 1; k >= 0; k--) {
        const m = named[k]!;
        if (m.end > at) continue;
        if (m.start < windowStart) return undefined;
        // "the national review" after "a national review into X and an inspection of Y" is the review.
        if (noun && !m.canonical.toLowerCase().includes(noun)) continue;
        if (compatible(m, type, kinds) && agrees(pronoun, shown.get(m.canonical))) return m;
      }
      return undefined;
    };
    const ws = words(text, sentence);
    for (let j = 0; j < ws.length; j++) {
      const word = ws[j]!;
      // "he's", "she'd": the pronoun of a contraction.
      const contracted = /['’]/.test(word.text) ? CONTRACTION.exec(word.text)?.[1] : undefined;
      const key = lowerCase(contracted ?? word.text);
      const pronounType = pronouns.get(key);
      const w = contracted && pronounType ? { ...word, end: word.start + contracted.length, text: contracted } : word;
      const lower = contracted && !pronounType ? lowerCase(word.text) : key;
      if (pronounType) {
        const continues =
          j === 0 &&
          pronounType === 'Person' &&
          topic?.commentId === sentence.commentId &&
          pronounGender(lower) !== null &&
          shown.get(topic.person.canonical) === pronounGender(lower);
        const ahead = POSSESSIVE.has(lower) ? frontedFor(text, sentence, w, named) : undefined;
        const cataphor = ahead && agrees(lower, shown.get(ahead.canonical)) ? ahead : undefined;
        const latest = continues ? topic!.person : antecedent(w.start, pronounType, null, lower);
        // A sentence-opening pronoun goes on with the last sentence's subject rather than a child named in passing.
        const adult =
          j === 0 &&
          latest?.kind === 'child' &&
          topic?.commentId === sentence.commentId &&
          topic.person.kind !== 'child' &&
          agrees(lower, shown.get(topic.person.canonical))
            ? topic.person
            : undefined;
        const ref = cataphor ?? adult ?? latest;
        if (ref) out.push(reference(w, w.text, ref));
        continue;
      }
      // "the council", "this school", "the council's": a lower-case description after "the" or "this" that is
      // not part of a name; a review may carry adjectives first ("the national review", "the long-awaited report").
      if ((lower !== 'the' && lower !== 'this') || j + 1 >= ws.length) continue;
      const found = description(ws, j + 1, byFirst);
      if (!found) continue;
      const { cue, end } = found;
      const s = { start: w.start, end };
      // "the council of X", "the report into X": the description is named by what follows, not before.
      const after = text.slice(end, end + 6);
      if (covered(s) || /^ (?:of|into|on|for) /.test(after) || /^ [\p{Lu}]/u.test(after)) continue;
      const ref = antecedent(w.start, cue.type, cue.kinds, '', found.adjectives ? cue.words.join(' ') : '');
      if (ref) out.push(reference(s, text.slice(s.start, s.end), ref));
      j = found.last;
    }
    // The topic: a pronoun that opens the sentence, else its first named person.
    const isPerson = (m: RawMention) => m.type === 'Person' && m.kind !== 'commentator';
    const opening = out.slice(refsBefore).find((r) => r.start === ws[0]?.start && isPerson(r));
    const first = opening?.ref ?? mentionsIn(named, sentence).find(isPerson);
    if (first) topic = { person: first, commentId: sentence.commentId };
  });
  return [...out, ...itReferences(text, sentences, named)].sort((a, b) => a.start - b.start);
}

const CONTRACTION = /^(\p{L}+)['’](?:s|d|ll|ve|re)$/u;
const POSSESSIVE = new Set(['his', 'her']);
const FRONTED = /^(?:In|On|During|After|Before|Despite|Following|Since|Throughout|Under|Upon|At|Through|With)\s[^,]*$/;

/**
 * "In his statement to MPs, Zahawi said …", "During her time as minister, Jane Smith …": a possessive in an
 * opening phrase looks ahead to the person named right after its comma.
 */
function frontedFor(text: string, sentence: Span, w: Span, named: RawMention[]): RawMention | undefined {
  const comma = text.indexOf(',', w.end);
  if (comma < 0 || comma >= sentence.end || !FRONTED.test(text.slice(sentence.start, comma))) return undefined;
  const next = named[firstFrom(named, comma)];
  if (!next || next.type !== 'Person' || next.kind === 'commentator') return undefined;
  return /^,[ \u00a0]*$/.test(text.slice(comma, next.start)) ? next : undefined;
}

/** Adjectives a review's description may carry before its noun ("the national review"). */
const REVIEW_ADJECTIVES = 2;

/** The description cue starting at word `at` (or after up to two adjectives, for a review), with where it ends. */
function description(
  ws: Word[],
  at: number,
  byFirst: Map<string, Cue[]>,
): { cue: Cue; end: number; last: number; adjectives: number } | null {
  for (let skip = 0; skip <= REVIEW_ADJECTIVES && at + skip < ws.length; skip++) {
    const first = ws[at + skip]!.text;
    const key = first.replace(/['’]s$/, '');
    if (key !== key.toLowerCase() || (skip > 0 && /\d|['’]s$/.test(first))) return null;
    for (const cue of byFirst.get(key) ?? []) {
      if (skip > 0 && cue.type !== 'Review') continue;
      const span = ws.slice(at + skip, at + skip + cue.words.length);
      if (span.length < cue.words.length) continue;
      const said = span.map((x, n) => (n === span.length - 1 ? x.text.replace(/['’]s$/, '') : x.text));
      if (said.join(' ') !== cue.words.join(' ')) continue;
      const last = span[span.length - 1]!;
      return {
        cue,
        end: last.end - (last.text.length - said[said.length - 1]!.length),
        last: at + skip + span.length - 1,
        adjectives: skip,
      };
    }
    // A word that is itself a cue of another type ends the search: "the council review" is the council's.
    if (byFirst.has(key)) return null;
  }
  return null;
}

function reference(s: Span, surface: string, ref: RawMention): Reference {
  return {
    start: s.start,
    end: s.end,
    text: surface,
    type: ref.type,
    kind: ref.kind,
    canonical: ref.canonical,
    source: 'reference',
    ref,
  };
}

/** Index of the first mention (sorted by start) that starts at or after `at`. */
export function firstFrom(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions (sorted by start) that lie inside a span. */
export function mentionsIn<T extends Span>(sorted: readonly T[], s: Span): T[] {
  const out: T[] = [];
  for (let k = firstFrom(sorted, s.start); k < sorted.length && sorted[k]!.start < s.end; k++)
    if (sorted[k]!.end <= s.end) out.push(sorted[k]!);
  return out;
}

/** The named mention a mention stands for: itself, or what a reference refers to. */
export const named = (m: RawMention): RawMention => (isReference(m) ? m.ref : m);
