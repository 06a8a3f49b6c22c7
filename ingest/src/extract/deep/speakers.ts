// Speakers read from the parse: a claim the rules engine could only give to the document's author is given
// instead to the subject of the verb that reports or judges it ("X warned that …", "the review criticised …"),
// when that subject is a named speaker or a reference to one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { authorPlaceholder } from '@claimgraph/schema';
import type { ParsedDocument, RawClaim, RawMention, Span } from '../../pipeline/types.js';
import { SPEAKER_TYPES } from '../claims/attribution.js';
import { named } from '../references/index.js';
import type { DocumentParse, ParsedSentence } from './parse.js';
import { mentionsByHead } from './relations.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');

let verbs: Set<string> | undefined;
/** Reporting verbs (speech.json), by the lemma of their first word. */
export function speakingVerbs(): Set<string> {
  if (verbs) return verbs;
  const speech = JSON.parse(readFileSync(path.join(DATA, 'speech.json'), 'utf8')) as { verbs: string[] };
  verbs = new Set(speech.verbs.map((v) => v.split(' ')[0]!));
  return verbs;
}

/**
 * The speaker mention of a parsed sentence: the named subject of a reporting verb that has a clause for its
 * complement ("X warned that …"). Without one the sentence reports what X did, in the writer's words.
 */
export function sentenceSpeaker(sentence: ParsedSentence, mentions: RawMention[]): RawMention | null {
  const byHead = mentionsByHead(sentence, mentions);
  const said = speakingVerbs();
  const reports = (verb: number) =>
    sentence.deps.some((d) => d.gov === verb && (d.dep === 'ccomp' || d.dep === 'parataxis'));
  for (const d of sentence.deps) {
    if (d.dep !== 'nsubj' && d.dep !== 'obl:agent') continue;
    const verb = sentence.tokens[d.gov - 1];
    if (!verb || !said.has(verb.lemma.toLowerCase()) || !verb.pos.startsWith('VB') || !reports(d.gov)) continue;
    const m = byHead.get(d.dependent);
    if (m && SPEAKER_TYPES.has(named(m).type)) return named(m);
  }
  return null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function deepSpeakers(
  doc: ParsedDocument,
  parse: DocumentParse,
  claims: RawClaim[],
  mentions: RawMention[],
): RawClaim[] {
  const author = doc.record.author ?? authorPlaceholder(doc.record);
  const byAuthor = (c: RawClaim) =>
    c.speaker.mention
      ? doc.authorSpan !== null && c.speaker.mention.start === doc.authorSpan.start
      : c.speaker.name === author;
  const inArticle = (s: Span) => s.start >= doc.article.start && s.end <= doc.article.end;
  return claims.map((c) => {
    if (!byAuthor(c) || !inArticle(c.span)) return c;
    for (const sentence of parse.sentences) {
      const first = sentence.tokens[0];
      const last = sentence.tokens[sentence.tokens.length - 1];
      if (!first || !last || !overlaps({ start: first.start, end: last.end }, c.span)) continue;
      const m = sentenceSpeaker(sentence, mentions);
      if (m) return { ...c, speaker: { mention: { start: m.start, end: m.end } } };
    }
    return c;
  });
}
