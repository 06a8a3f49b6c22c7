// First person in a reader's comment: "I", "me" and "my" are the comment's author, so "I live and work in
// Canada" places the commentator. Words inside quotation marks belong to whoever is quoted and are left alone.
import type { ParsedDocument, RawMention, Sentence, Span } from '../../pipeline/types.js';
import { findQuotes } from '../claims/quotes.js';
import type { Reference } from './index.js';

const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y)\b/g;

export function firstPersonReferences(doc: ParsedDocument, sentences: Sentence[]): Reference[] {
  const out: Reference[] = [];
  const byComment = new Map(doc.comments.map((c) => [c.id, c]));
  const quotesOf = new Map<string, Span[]>();
  for (const s of sentences) {
    const c = s.commentId ? byComment.get(s.commentId) : undefined;
    if (!c?.author || !c.authorSpan) continue;
    const author: RawMention = {
      ...c.authorSpan,
      text: doc.text.slice(c.authorSpan.start, c.authorSpan.end),
      type: 'Person',
      kind: 'commentator',
      canonical: c.author,
      source: 'comment-header',
    };
    let quotes = quotesOf.get(c.id);
    if (!quotes) quotesOf.set(c.id, (quotes = findQuotes(doc.text, c.bodySpan).map((q) => q.span)));
    const quoted = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
    const slice = doc.text.slice(s.start, s.end);
    for (const m of slice.matchAll(FIRST_PERSON)) {
      const start = s.start + m.index;
      if (quoted(start)) continue;
      out.push({ start, end: start + m[0].length, text: m[0], ...pick(author), source: 'first-person', ref: author });
    }
  }
  return out;
}

const pick = (m: RawMention) => ({ type: m.type, kind: m.kind, canonical: m.canonical });
