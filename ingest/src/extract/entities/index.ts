// Entity mention finder: gazetteer (longest match), patterns (acts, sections, reviews), capitalised-word
// chunks typed by suffix or as names, then within-document passes that need the whole document:
// surnames and first names used alone, acronyms, hashtags and handles, cases named after a child.
import type { ParsedDocument, RawMention, Sentence, Span } from '../../pipeline/types.js';
import { classifyChunk, isConnector, roleAfter, roleBefore } from './classify.js';
import { gazetteer, nameData } from './gazetteer.js';
import { findLegislation, findReviews } from './patterns.js';
import { isAllCaps, isCapitalised, possessiveCut, tokenize, type Token } from './tokens.js';

// Plural possessives belong inside names ("Children’s Services", "Women’s Aid"); others end a name.
const PLURAL_POSSESSIVE = /^(?:Children|Women|Men|People)['’]s$/;
const PRIORITY: Record<string, number> = { gazetteer: 3, pattern: 3, chunk: 1 };

export function findMentions(doc: ParsedDocument, sentences: Sentence[]): RawMention[] {
  const { text } = doc;
  const candidates: RawMention[] = [];
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  sentenceTokens.forEach((tokens, si) => scanSentence(text, sentences[si]!, tokens, candidates));
  findLegislation(text, sentences, candidates);
  findReviews(text, sentences, candidates);

  // A GOV.UK acronym counts only where the document also names the body in full ("HOS" alone is rarely it).
  const named = new Set(candidates.filter((m) => m.source !== 'gazetteer:weak').map((m) => m.canonical));
  const mentions = resolveOverlaps(candidates.filter((m) => m.source !== 'gazetteer:weak' || named.has(m.canonical)));
  addNestedActs(text, mentions);
  addPartialNames(text, sentenceTokens, mentions);
  addAcronyms(text, sentenceTokens, mentions);
  addCases(text, mentions);
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Left to right: a gazetteer name if one starts here, else a run of capitalised words. */
function scanSentence(text: string, sentence: Span, tokens: Token[], out: RawMention[]): void {
  const gz = gazetteer();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const sentenceInitial = i === 0 || /^[\s"“‘'(•–-]*$/.test(text.slice(sentence.start, t.start));
    let hit = gz.match(tokens, i, text);
    if (hit && hit.length < tokens.length - i && extendsIntoName(text, tokens, i, hit.length, hit.form.entry.type === 'Place')) hit = null;
    // "Mind", "Refuge": a name that is also a common word is not taken when it opens a sentence.
    if (hit && hit.length === 1 && hit.form.entry.ambiguous && sentenceInitial) hit = null;
    if (hit) {
      const lastTok = tokens[i + hit.length - 1]!;
      const end = hit.possessive ? lastTok.start + possessiveCut(lastTok.text) : lastTok.end;
      let { entry } = hit.form;
      // "Lambeth and Bristol councils": the place name is the council here.
      if (entry.type === 'Place' && /^[ \u00a0]+and[ \u00a0]+[A-Z][\w-]+[ \u00a0]+councils\b/.test(text.slice(end, end + 60))) entry = gz.councilFor(entry.name) ?? entry;
      out.push({ start: t.start, end, text: text.slice(t.start, end), type: entry.type, kind: entry.kind, canonical: entry.name, source: hit.form.weak ? 'gazetteer:weak' : 'gazetteer' });
      i += hit.length;
      continue;
    }
    // "#CommunityCare", "@NSPCC": a hashtag or handle that spells a known name.
    if (/^[#@]/.test(t.text)) {
      const entry = gz.byTag(t.text);
      if (entry) out.push({ start: t.start, end: t.end, text: t.text, type: entry.type, kind: entry.kind, canonical: entry.name, source: 'gazetteer:tag' });
      i++;
      continue;
    }
    if (!isCapitalised(t.text) || t.text.startsWith('@') || t.text.startsWith('#') || (isConnector(t.key) && t.key !== 'the')) { i++; continue; }
    // A run of capitalised words, with connectors ("of", "for", "and") between them.
    let j = i + 1;
    let lastCap = i;
    // "The Association of …": a known name right after a capitalised "The" starts there.
    if (/^the$/i.test(t.text) && i + 1 < tokens.length && gz.match(tokens, i + 1)) { i++; continue; }
    while (j < tokens.length && adjacent(text, tokens[j - 1]!, tokens[j]!) && (!possessiveCut(tokens[j - 1]!.text) || PLURAL_POSSESSIVE.test(tokens[j - 1]!.text))) {
      const w = tokens[j]!;
      // A known name after a connector starts a name of its own ("Consultant for Social Work News").
      if (isConnector(w.key) && w.key !== 'of' && j + 1 < tokens.length && gz.match(tokens, j + 1)) break;
      if (isCapitalised(w.text) && !/^[#@]/.test(w.text)) lastCap = j;
      else if (!isConnector(w.key)) break;
      j++;
    }
    let words = tokens.slice(i, lastCap + 1);
    if (words.length > 1 && /^the$/i.test(words[0]!.text)) words = words.slice(1);
    if (!(sentenceInitial && words.length === 1)) {
      const lastWord = words[words.length - 1]!;
      const cut = possessiveCut(lastWord.text);
      const chunkEnd = cut ? lastWord.start + cut : lastWord.end;
      const trimmed = cut ? [...words.slice(0, -1), { ...lastWord, end: chunkEnd, text: lastWord.text.slice(0, cut), key: lastWord.key.slice(0, cut) }] : words;
      const before = text.slice(Math.max(sentence.start, words[0]!.start - 60), words[0]!.start);
      for (const part of classifyParts(trimmed, text, before)) {
        const pEnd = part.words[part.words.length - 1]!.end;
        const kind = part.typed.type === 'Person' ? part.typed.kind ?? roleAfter(text.slice(pEnd, pEnd + 60)) : part.typed.kind;
        out.push({ start: part.words[0]!.start, end: pEnd, text: text.slice(part.words[0]!.start, pEnd), type: part.typed.type, kind, canonical: part.typed.canonical, source: 'chunk' });
      }
    }
    i = lastCap + 1;
  }
}

/** A chunk as a whole, or else its parts between "and"/"&" ("Isabelle Trowler and Lyn Romeo"). */
function classifyParts(words: Token[], text: string, before: string) {
  const whole = classifyChunk(words, text, before);
  if (whole) return [{ words, typed: whole }];
  const parts: { words: Token[]; typed: NonNullable<ReturnType<typeof classifyChunk>> }[] = [];
  let startIdx = 0;
  for (let k = 0; k <= words.length; k++) {
    if (k === words.length || words[k]!.key === 'and' || words[k]!.key === '&') {
      const w = words.slice(startIdx, k);
      if (w.length && w.length < words.length) {
        const typed = classifyChunk(w, text, startIdx === 0 ? before : '');
        if (typed) parts.push({ words: w, typed });
      }
      startIdx = k + 1;
    }
  }
  return parts;
}

/** "the Care Review Watch Alliance": a known name running on into a longer typed name is not that name. */
function extendsIntoName(text: string, tokens: Token[], i: number, length: number, place: boolean): boolean {
  const next = tokens[i + length]!;
  if (!adjacent(text, tokens[i + length - 1]!, next) || !isCapitalised(next.text) || possessiveCut(tokens[i + length - 1]!.text)) return false;
  let j = i + length;
  while (j < tokens.length && adjacent(text, tokens[j - 1]!, tokens[j]!) && (isCapitalised(tokens[j]!.text) || isConnector(tokens[j]!.key))) j++;
  while (j > i + length && isConnector(tokens[j - 1]!.key)) j--;
  let words = tokens.slice(i, j);
  if (/^the$/i.test(words[0]!.text)) words = words.slice(1);
  const typed = classifyChunk(words, text, '');
  // A place that starts a person's name is part of the name ("Jordan Henderson").
  return !!typed && (typed.type !== 'Person' || (place && length === 1));
}

function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]{1,2}$/.test(text.slice(a.end, b.start));
}

/** "section 17 of the 1989 Children Act" also mentions the act itself. */
function addNestedActs(text: string, mentions: RawMention[]): void {
  for (const m of mentions.filter((x) => x.source === 'pattern:section')) {
    const act = /^section \S+ of the (.+)$/.exec(m.canonical)?.[1];
    if (!act) continue;
    const inner = / of the ((?:\d{4} )?(?:[A-Z][a-z]+ )+Act(?: \d{4})?)$/.exec(m.text);
    if (!inner) continue;
    const start = m.start + inner.index + 8;
    mentions.push({ start, end: m.end, text: text.slice(start, m.end), type: 'Legislation', kind: 'act', canonical: act, source: 'pattern:act' });
  }
}

/** Keeps the longest, then the most trusted, of overlapping candidates. */
function resolveOverlaps(cands: RawMention[]): RawMention[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || prio(b) - prio(a) || a.start - b.start);
  const kept: RawMention[] = [];
  const taken: [number, number][] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    kept.push(c);
    taken.push([c.start, c.end]);
  }
  return kept;
}
const prio = (m: RawMention) => PRIORITY[m.source.split(':')[0]!] ?? 0;

function covered(mentions: RawMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

/** "Zahawi", "Annie": a surname or first name used alone refers to the full name met in the same document. */
function addPartialNames(text: string, sentenceTokens: Token[][], mentions: RawMention[]): void {
  const d = nameData();
  const byPart = new Map<string, Set<string>>();
  const kindOf = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const parts = m.canonical.split(/\s+/);
    if (parts.length < 2) continue;
    kindOf.set(m.canonical, m.kind ?? kindOf.get(m.canonical) ?? null);
    for (const p of [parts[0]!, parts[parts.length - 1]!]) {
      if (d.not.has(p)) continue;
      (byPart.get(p) ?? byPart.set(p, new Set()).get(p)!).add(m.canonical);
    }
  }
  if (byPart.size === 0) return;
  for (const tokens of sentenceTokens) {
    for (const t of tokens) {
      const cut = possessiveCut(t.text);
      const word = cut ? t.text.slice(0, cut) : t.text;
      const owners = byPart.get(word);
      if (!owners || owners.size !== 1) continue;
      const end = t.start + word.length;
      if (covered(mentions, t.start, end)) continue;
      const canonical = [...owners][0]!;
      mentions.push({ start: t.start, end, text: word, type: 'Person', kind: kindOf.get(canonical) ?? null, canonical, source: 'partial-name' });
    }
  }
}

/** Acronyms: "(CRWA)" after a name, or capitals that spell the initials of a name in the document. */
function addAcronyms(text: string, sentenceTokens: Token[][], mentions: RawMention[]): void {
  const byInitials = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.type === 'Person' || m.type === 'Place') continue;
    const words = m.canonical.split(/\s+/).filter((w) => !isConnector(w.toLowerCase()) && /^[A-Z]/.test(w));
    if (words.length >= 2) byInitials.set(words.map((w) => w[0]).join(''), m);
  }
  for (const tokens of sentenceTokens) {
    for (const t of tokens) {
      const word = t.text.replace(/^#/, '');
      if (!isAllCaps(word) || word.length < 2 || word.length > 8) continue;
      const paren = text[t.start - 1] === '(' && text[t.end] === ')';
      if (word.length < 3 && !paren) continue; // two capitals are too often something else (CP, SW)
      if (covered(mentions, t.start, t.end)) continue;
      const start = t.text.startsWith('#') ? t.start : t.start;
      const owner = byInitials.get(word) ?? parentheticalOwner(text, t, mentions);
      if (owner) mentions.push({ start, end: t.end, text: t.text, type: owner.type, kind: owner.kind, canonical: owner.canonical, source: 'acronym' });
    }
  }
}

function parentheticalOwner(text: string, t: Token, mentions: RawMention[]): RawMention | undefined {
  if (text[t.start - 1] !== '(' || text[t.end] !== ')') return undefined;
  return mentions.find((m) => m.end >= t.start - 3 && m.end <= t.start - 1 && m.type !== 'Person');
}

const CASE_AFTER = /^(?:['’]s)?[ \u00a0]+(case|murder|death|killing)\b/;
const CASE_BEFORE = /\b(?:murder|death|killing|case) of[ \u00a0]+$/;

/** A child's case: "Arthur’s case", "the murder of Arthur Labinjo-Hughes". The child is a Person too. */
function addCases(text: string, mentions: RawMention[]): void {
  const children = new Set<string>();
  const found: RawMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const after = CASE_AFTER.exec(text.slice(m.end, m.end + 20));
    const before = CASE_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (!after && !before) continue;
    const start = before ? m.start - before[0].length + before[0].search(/\S/) : m.start;
    const end = after ? m.end + after[0].length : m.end;
    found.push({ start, end, text: text.slice(start, end), type: 'Case', kind: null, canonical: `${m.canonical} case`, source: 'pattern:case' });
    children.add(m.canonical);
  }
  for (const m of mentions) if (m.type === 'Person' && children.has(m.canonical) && (!m.kind || m.kind === 'other')) m.kind = 'child';
  for (const f of found) if (!mentions.some((m) => m.type === 'Case' && m.start === f.start && m.end === f.end)) mentions.push(f);
  void roleBefore;
}
