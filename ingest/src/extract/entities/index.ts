// Entity mention finder: gazetteer (longest match), patterns (acts, sections, reviews, cases),
// capitalised-word chunks typed by suffix or as names, then document passes that need the whole text:
// runs typed from their context, names used in part, acronyms, cases named after a child.
import type { ParsedDocument, RawMention, Sentence } from '../../pipeline/types.js';
import { typeLeftovers } from './leftovers.js';
import { addAcronyms, addCases, addNestedActs, addPartialNames, addReviewedChildren } from './passes.js';
import { findCasePseudonyms, findLegislation, findReviews, nameReviewTargets } from './patterns.js';
import { addPartyTags } from './parties.js';
import { scanSentence, type Leftover } from './scan.js';
import { addVocatives } from './vocatives.js';
import { addNationalGovernment } from './national-government.js';
import { addNamedReports, findWorks } from './works.js';
import { addCoordinatedBodies, splitJoinedBodies } from './bodies.js';
import { tokenize } from './tokens.js';
import { SpanCover } from '../spans.js';

const PRIORITY: Record<string, number> = { gazetteer: 3, pattern: 3, chunk: 1 };

export function findMentions(doc: ParsedDocument, sentences: Sentence[]): RawMention[] {
  const { text } = doc;
  const candidates: RawMention[] = [];
  const leftovers: Leftover[] = [];
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  sentenceTokens.forEach((tokens, si) => {
    scanSentence(text, sentences[si]!, tokens, candidates, leftovers);
  });
  findLegislation(text, sentences, candidates);
  findReviews(text, sentences, candidates);
  findCasePseudonyms(text, sentences, candidates);
  findWorks(text, sentences, candidates);

  // A GOV.UK acronym counts only where the document also names the body in full ("HOS" alone is rarely it).
  const named = new Set(candidates.filter((m) => m.source !== 'gazetteer:weak').map((m) => m.canonical));
  const mentions = resolveOverlaps(candidates.filter((m) => m.source !== 'gazetteer:weak' || named.has(m.canonical)));
  typeLeftovers(text, leftovers, mentions);
  splitJoinedBodies(text, mentions);
  addCoordinatedBodies(text, mentions);
  addNestedActs(text, mentions);
  addPartialNames(text, sentenceTokens, mentions);
  addVocatives(
    text,
    mentions,
    doc.comments.flatMap((c) => c.author ?? []),
  );
  addPartyTags(text, mentions);
  addAcronyms(text, sentenceTokens, mentions);
  addCases(text, mentions);
  addReviewedChildren(text, mentions);
  nameReviewTargets(mentions);
  addNamedReports(text, mentions);
  addEditionYears(text, mentions);
  addNationalGovernment(text, mentions);
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "Working Together to Safeguard Children 2018": a year right after the name of a regulation or piece of
 * guidance names its edition, as a year names an act; the mention and its canonical name take it in.
 */
function addEditionYears(text: string, mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Legislation' || /\b\d{4}$/.test(m.canonical)) continue;
    const year = /^[ \u00a0]((?:19|20)\d\d)\b/.exec(text.slice(m.end, m.end + 6));
    if (!year || mentions.some((o) => o !== m && o.start < m.end + year[0].length && m.end <= o.start)) continue;
    m.end += year[0].length;
    m.text = text.slice(m.start, m.end);
    m.canonical = `${m.canonical} ${year[1]}`;
  }
}

/** Keeps the longest, then the most trusted, of overlapping candidates. */
function resolveOverlaps(cands: RawMention[]): RawMention[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || prio(b) - prio(a) || a.start - b.start,
  );
  const kept: RawMention[] = [];
  const taken = new SpanCover();
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (taken.overlaps(c)) continue;
    kept.push(c);
    taken.add(c);
  }
  return kept;
}
const prio = (m: RawMention) => PRIORITY[m.source.split(':')[0]!] ?? 0;
