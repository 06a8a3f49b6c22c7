// Who wrote and who published a work the text cites by title: the names of its byline ("“Title”, by X",
// "‘Title’ ed X and Y") wrote it, the one whose work the text calls it ("my article: Title", "X’s book
// “Title”") wrote it, and the publishers named after the byline published it.
import type { RawMention, RawRelation, Sentence, Span } from '../../pipeline/types.js';
import { findCitations } from '../entities/works.js';
import { named } from '../references/index.js';

export function workRelations(text: string, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const at = (s: Span, type?: string) =>
    mentions.find((m) => m.start === s.start && m.end === s.end && (!type || m.type === type));
  for (const sentence of sentences)
    for (const c of findCitations(text, sentence)) {
      const work = at(c.title);
      if (!work || (work.type !== 'Review' && work.type !== 'Event')) continue;
      const evidence = { start: sentence.start, end: Math.max(sentence.end, c.publishers.at(-1)?.end ?? 0) };
      const rel = (subject: Span, predicate: 'AUTHORED' | 'PUBLISHED_BY' | 'PART_OF', object: Span): RawRelation => ({
        subject: { start: subject.start, end: subject.end },
        predicate,
        object: { start: object.start, end: object.end },
        qualifier: null,
        evidence,
      });
      const authors = c.byline
        ? mentions.filter((m) => m.type === 'Person' && m.start >= c.byline!.start && m.end <= c.byline!.end)
        : [];
      const owner = c.owner ? ownerOf(c.owner, mentions) : undefined;
      if (owner) authors.push(owner);
      for (const a of authors) out.push(rel(named(a), 'AUTHORED', work));
      // "only three podcasts so far ... The title is “…”": the episode is part of the series just named.
      const series = c.entry ? seriesBefore(c.title.start, mentions) : undefined;
      if (series) out.push(rel(work, 'PART_OF', named(series)));
      for (const p of c.publishers) {
        const publisher = mentions.find((m) => m.type === 'Organisation' && m.start <= p.start && p.end <= m.end);
        if (publisher) out.push(rel(work, 'PUBLISHED_BY', named(publisher)));
      }
    }
  out.push(...namedReportRelations(sentences, mentions));
  return out;
}

/** A report named after its author ("the Le Grand report") or its publisher ("Ofsted’s annual report"). */
function namedReportRelations(sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const sentenceOf = (m: Span) => sentences.find((s) => s.start <= m.start && m.end <= s.end) ?? m;
  const span = (m: Span): Span => ({ start: m.start, end: m.end });
  for (const r of mentions) {
    if (r.source === 'pattern:series') {
      const body = mentions.find((m) => m.type === 'Organisation' && m.end < r.start && m.end >= r.start - 3);
      if (body)
        out.push({
          subject: span(r),
          predicate: 'PUBLISHED_BY',
          object: span(named(body)),
          qualifier: null,
          evidence: sentenceOf(r),
        });
    } else if (r.source === 'pattern:eponym') {
      const name = r.canonical.replace(/ (?:report|review)$/, '');
      const author = mentions.find(
        (m) =>
          m.type === 'Person' && m.source !== 'pronoun' && (m.canonical === name || m.canonical.endsWith(` ${name}`)),
      );
      // A report is named after who wrote it, a review after who leads it ("the Munro review").
      const predicate = r.canonical.endsWith(' review') ? 'LEADS' : 'AUTHORED';
      if (author)
        out.push({ subject: span(author), predicate, object: span(r), qualifier: null, evidence: sentenceOf(r) });
    }
  }
  return out;
}

/** The podcast or programme named last in the 300 characters before an episode's title. */
function seriesBefore(at: number, mentions: RawMention[]): RawMention | undefined {
  return mentions
    .filter((m) => m.end <= at && m.start >= at - 300 && m.type === 'Event' && m.kind === 'podcast')
    .at(-1);
}

/** The person a possessive names: the mention of "my" or "his", or the name that "’s" follows. */
function ownerOf(owner: Span, mentions: RawMention[]): RawMention | undefined {
  const found =
    owner.end > owner.start
      ? mentions.find((m) => m.start === owner.start && m.end === owner.end)
      : mentions.find((m) => m.end === owner.start || m.end === owner.start + 2);
  return found && named(found).type === 'Person' ? found : undefined;
}
