// First person in a reader's comment: "I", "me" and "my" are the comment's author, so "I live and work in
// Canada" places the commentator. Words inside quotation marks belong to whoever is quoted and are left alone.
import type { ParsedDocument } from '../../pipeline/types.js';
import { findQuotes } from '../claims/quotes.js';
import { commentAuthorMention } from '../../parse/comments.js';
import type { Reference } from './index.js';

const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y)\b/g;

export function firstPersonReferences(doc: ParsedDocument): Reference[] {
  const out: Reference[] = [];
  for (const c of doc.comments) {
    const author = commentAuthorMention(doc, c);
    if (!author) continue;
    const body = doc.text.slice(c.bodySpan.start, c.bodySpan.end);
    const found = [...body.matchAll(FIRST_PERSON)];
    if (found.length === 0) continue;
    const quotes = findQuotes(doc.text, c.bodySpan).map((q) => q.span);
    for (const m of found) {
      const start = c.bodySpan.start + m.index;
      if (quotes.some((q) => q.start <= start && start < q.end)) continue;
      out.push({
        start,
        end: start + m[0].length,
        text: m[0],
        type: 'Person',
        kind: 'commentator',
        canonical: author.canonical,
        source: 'first-person',
        ref: author,
      });
    }
  }
  return out;
}
