// "Our union (Unison) has …", "my professional body, the BASW,": a commentator who calls a body theirs by the
// name of a body one belongs to is a member of it. Only in comments, where "my" and "our" are the author's.
import type { ParsedDocument, RawMention, RawRelation, Sentence } from '../../pipeline/types.js';
import { commentAuthorMention } from '../../parse/comments.js';
import { escapeRegExp } from '../../regex.js';
import { relationList } from './patterns.js';

let pattern: RegExp | undefined;
/** "my union, ", "our trade union (the ": what comes right before the name of a body the writer belongs to. */
function ownBody(): RegExp {
  pattern ??= new RegExp(
    `\\b(?:my|our)\\s+(?:${relationList('memberBodies')
      .map((words) => words.map(escapeRegExp).join('\\s+'))
      .sort((a, b) => b.length - a.length)
      .join('|')})\\s*(?:[,(–-]\\s*)?(?:the\\s+)?`,
    'gi',
  );
  return pattern;
}

export function ownMemberships(doc: ParsedDocument, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const bodyAt = new Map(mentions.filter((m) => m.type === 'Organisation').map((m) => [m.start, m]));
  for (const c of doc.comments) {
    const author = commentAuthorMention(doc, c);
    if (!author) continue;
    const body = doc.text.slice(c.bodySpan.start, c.bodySpan.end);
    for (const hit of body.matchAll(ownBody())) {
      const m = bodyAt.get(c.bodySpan.start + hit.index + hit[0].length);
      const s = m && sentences.find((x) => x.start <= m.start && m.end <= x.end);
      if (!m || !s || m.end > c.bodySpan.end) continue;
      out.push({
        subject: { start: author.start, end: author.end },
        predicate: 'MEMBER_OF',
        object: { start: m.start, end: m.end },
        qualifier: null,
        evidence: { start: s.start, end: s.end },
      });
    }
  }
  return out;
}
