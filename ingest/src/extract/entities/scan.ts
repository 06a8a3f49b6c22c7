// One sentence, left to right: a gazetteer name if one starts here, else a run of capitalised words
// typed by classify; runs that classify cannot type are kept as leftovers for the document passes.
import type { RawMention, Span } from '../../pipeline/types.js';
import { classifyChunk, isConnector, nameLike, OPENERS, roleAfter } from './classify.js';
import { gazetteer } from './gazetteer.js';
import { possessiveCut, isCapitalised, type Token } from './tokens.js';

// Plural possessives belong inside names ("Children’s Services", "Women’s Aid"); others end a name.
const PLURAL_POSSESSIVE = /^(?:Children|Women|Men|People)['’]s$/;

/** A capitalised run that no rule typed: the document passes may still type it from context. */
export interface Leftover extends Span {
  words: Token[];
  text: string;
  /** opens its sentence, so its capital says nothing */ initial: boolean;
}

/** Left to right: a gazetteer name if one starts here, else a run of capitalised words. */
export function scanSentence(
  text: string,
  sentence: Span,
  tokens: Token[],
  out: RawMention[],
  leftovers: Leftover[] = [],
): void {
  const gz = gazetteer();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Only the first token opens the sentence: any later one has the first token's letters before it.
    const sentenceInitial = i === 0;
    let hit = gz.match(tokens, i, text);
    if (
      hit &&
      hit.length < tokens.length - i &&
      extendsIntoName(text, tokens, i, hit.length, hit.form.entry.type === 'Place')
    )
      hit = null;
    // "Mind", "Refuge": a name that is also a common word is not taken when it opens a sentence.
    if (hit && hit.length === 1 && hit.form.entry.ambiguous && sentenceInitial) hit = null;
    // "The Independent Review of …": a known name that starts inside this one and reaches further is the name.
    if (hit && overtakenInside(gz, tokens, i, hit.length, text)) {
      i++;
      continue;
    }
    if (hit) {
      const lastTok = tokens[i + hit.length - 1]!;
      const end = hit.possessive ? lastTok.start + possessiveCut(lastTok.text) : lastTok.end;
      let { entry } = hit.form;
      // "Lambeth and Bristol councils": the place name is the council here.
      if (
        entry.type === 'Place' &&
        /^[ \u00a0]+and[ \u00a0]+[A-Z][\w-]+[ \u00a0]+councils\b/.test(text.slice(end, end + 60))
      )
        entry = gz.councilFor(entry.name) ?? entry;
      out.push({
        start: t.start,
        end,
        text: text.slice(t.start, end),
        type: entry.type,
        kind: entry.kind,
        canonical: entry.name,
        source: hit.form.weak ? 'gazetteer:weak' : 'gazetteer',
      });
      i += hit.length;
      continue;
    }
    // "#CommunityCare", "@NSPCC": a hashtag or handle that spells a known name.
    if (/^[#@]/.test(t.text)) {
      const entry = gz.byTag(t.text);
      if (entry)
        out.push({
          start: t.start,
          end: t.end,
          text: t.text,
          type: entry.type,
          kind: entry.kind,
          canonical: entry.name,
          source: 'gazetteer:tag',
        });
      i++;
      continue;
    }
    if (
      !isCapitalised(t.text) ||
      t.text.startsWith('@') ||
      t.text.startsWith('#') ||
      (isConnector(t.key) && t.key !== 'the')
    ) {
      i++;
      continue;
    }
    // A run of capitalised words, with connectors ("of", "for", "and") between them.
    let j = i + 1;
    let lastCap = i;
    // "The Association of …": a known name right after a capitalised "The" starts there.
    if (/^the$/i.test(t.text) && i + 1 < tokens.length && gz.match(tokens, i + 1)) {
      i++;
      continue;
    }
    while (
      j < tokens.length &&
      adjacent(text, tokens[j - 1]!, tokens[j]!) &&
      (!possessiveCut(tokens[j - 1]!.text) || PLURAL_POSSESSIVE.test(tokens[j - 1]!.text))
    ) {
      const w = tokens[j]!;
      // A known name after a connector starts a name of its own ("Consultant for Social Work News").
      if (isConnector(w.key) && w.key !== 'of' && j + 1 < tokens.length && gz.match(tokens, j + 1)) break;
      if (isCapitalised(w.text) && !/^[#@]/.test(w.text)) lastCap = j;
      else if (!isConnector(w.key)) break;
      j++;
    }
    let words = tokens.slice(i, lastCap + 1);
    if (sentenceInitial) while (words.length > 1 && OPENERS.has(words[0]!.key)) words = words.slice(1);
    while (words.length > 1 && (/^the$/i.test(words[0]!.text) || isConnector(words[0]!.key))) words = words.slice(1);
    if (!(sentenceInitial && words.length === 1)) {
      const lastWord = words[words.length - 1]!;
      const cut = possessiveCut(lastWord.text);
      const chunkEnd = cut ? lastWord.start + cut : lastWord.end;
      const trimmed = cut
        ? [
            ...words.slice(0, -1),
            { ...lastWord, end: chunkEnd, text: lastWord.text.slice(0, cut), key: lastWord.key.slice(0, cut) },
          ]
        : words;
      const before = text.slice(Math.max(sentence.start, words[0]!.start - 60), words[0]!.start);
      const parts = classifyParts(trimmed, text, before);
      for (const part of parts) {
        const pEnd = part.words[part.words.length - 1]!.end;
        const kind =
          part.typed.type === 'Person' ? (part.typed.kind ?? roleAfter(text.slice(pEnd, pEnd + 60))) : part.typed.kind;
        out.push({
          start: part.words[0]!.start,
          end: pEnd,
          text: text.slice(part.words[0]!.start, pEnd),
          type: part.typed.type,
          kind,
          canonical: part.typed.canonical,
          source: 'chunk',
        });
      }
      if (parts.length === 0)
        leftovers.push({
          start: trimmed[0]!.start,
          end: chunkEnd,
          words: trimmed,
          text: text.slice(trimmed[0]!.start, chunkEnd),
          initial: sentenceInitial,
        });
    }
    i = lastCap + 1;
  }
}

/** A chunk as a whole, or else its parts between "and"/"&" ("Isabelle Trowler and Lyn Romeo"). */
function classifyParts(words: Token[], text: string, before: string) {
  const whole = classifyChunk(words, text, before);
  if (whole) return [{ words, typed: whole }];
  const parts: { words: Token[]; typed: NonNullable<ReturnType<typeof classifyChunk>> }[] = [];
  const untyped: Token[][] = [];
  let startIdx = 0;
  for (let k = 0; k <= words.length; k++) {
    if (k === words.length || words[k]!.key === 'and' || words[k]!.key === '&') {
      let w = words.slice(startIdx, k);
      if (w.length > 1 && w[0]!.key === 'the') w = w.slice(1);
      if (w.length && w.length < words.length) {
        const typed = classifyChunk(w, text, startIdx === 0 ? before : '');
        if (typed) parts.push({ words: w, typed });
        else untyped.push(w);
      }
      startIdx = k + 1;
    }
  }
  // "Anton Obholzer and Vega Zagier Roberts": names joined to a person's name are people too.
  if (parts.some((p) => p.typed.type === 'Person')) {
    for (const w of untyped)
      if (nameLike(w))
        parts.push({
          words: w,
          typed: { type: 'Person', kind: null, canonical: text.slice(w[0]!.start, w[w.length - 1]!.end) },
        });
  }
  return parts;
}

/** "the Care Review Watch Alliance": a known name running on into a longer typed name is not that name. */
function overtakenInside(
  gz: ReturnType<typeof gazetteer>,
  tokens: Token[],
  i: number,
  length: number,
  text: string,
): boolean {
  for (let k = 1; k < length; k++) {
    const inner = gz.match(tokens, i + k, text);
    if (inner && !inner.form.weak && k + inner.length > length) return true;
  }
  return false;
}

function extendsIntoName(text: string, tokens: Token[], i: number, length: number, place: boolean): boolean {
  const next = tokens[i + length]!;
  if (
    !adjacent(text, tokens[i + length - 1]!, next) ||
    !isCapitalised(next.text) ||
    possessiveCut(tokens[i + length - 1]!.text)
  )
    return false;
  let j = i + length;
  while (
    j < tokens.length &&
    adjacent(text, tokens[j - 1]!, tokens[j]!) &&
    (isCapitalised(tokens[j]!.text) || isConnector(tokens[j]!.key))
  )
    j++;
  while (j > i + length && isConnector(tokens[j - 1]!.key)) j--;
  let words = tokens.slice(i, j);
  if (/^the$/i.test(words[0]!.text)) words = words.slice(1);
  const typed = classifyChunk(words, text, '');
  // A place that starts a person's name is part of the name ("Jordan Henderson").
  return !!typed && (typed.type !== 'Person' || (place && length === 1));
}

/** One or two spaces between two words. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap < 1 || gap > 2) return false;
  for (let i = a.end; i < b.start; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}
