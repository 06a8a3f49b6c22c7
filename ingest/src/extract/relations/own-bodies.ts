// "Our union (Unison) has …", "my professional body, the BASW,": a commentator who calls a body theirs by the
// name of a body one belongs to is a member of it. Only in comments, where "my" and "our" are the author's.
import type { ParsedDocument, RawMention, RawRelation, Sentence } from '../../pipeline/types.js';
import { commentAuthorMention } from '../../parse/comments.js';
import { escapeRegExp } from '../../regex.js';
import { relationList } from './patterns.js';

let pattern: RegExp | undefined;
function ownBody(): RegExp {
  const nouns = relationList('memberBodies')
    .map((words) => words.map(escapeRegExp).join('\\s+'))
    .sort((a, b) => b.length - a.length);
  pattern ??= new RegExp(`\\b(?:my|our)\\s+(?:${nouns.join('|')})\\s*(?:[,(–-]\\s*)?(?:the\\s+)?$`, 'i');
  return pattern;
}

export function ownMemberships(doc: ParsedDocument, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  for (const c of doc.comments) {
    const author = commentAuthorMention(doc, c);
    if (!author) continue;
    for (const m of mentions) {
      if (m.type !== 'Organisation' || m.start < c.bodySpan.start || m.end > c.bodySpan.end) continue;
      // The words right before the name, within its sentence.
      const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
      if (!s || !ownBody().test(doc.text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
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
