// Reader comments copied without author lines (one comment per line after the article): the thread
// starts at the first line that reads as a reader's response to the piece ("Well done you!!",
// "Great article", "Your comment is…"), provided enough article precedes it and more lines follow.
import { commentId } from '@claimgraph/schema';
import type { ParsedComment } from '../pipeline/types.js';
import { splitLines } from './comments.js';
import { oneOf, re } from '../regex.js';

// How a reader's response opens, each a whole word or phrase.
const RESPONSE_OPENERS = [
  'well done',
  'great (?:article|post|piece|blog|read)',
  'excellent (?:article|post|piece|critique|blog|read)',
  'brilliant (?:article|post|piece|blog)',
  'thank(?:s| you) (?:for (?:this|writing|sharing)|so much)',
  'what a (?:great|brilliant|good) (?:article|post|piece)',
  'love this',
  'i (?:totally |completely |fully )?agree with (?:you|this|the author)',
  'dear author',
  'interesting (?:article|post|piece|blog)',
];
const RESPONSE_OPENER = re(['^', oneOf(RESPONSE_OPENERS.map((o) => `${o}\\b`))], 'i');

export function findUnheadedComments(
  text: string,
  docId: string,
): { comments: ParsedComment[]; articleEnd: number } | null {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  const at = lines.findIndex((l, i) => i >= 4 && RESPONSE_OPENER.test(l.text.trim()));
  if (at < 0 || lines.length - at < 3) return null;
  const comments: ParsedComment[] = lines.slice(at).map((l, i) => {
    const lead = l.text.length - l.text.trimStart().length;
    const span = { start: l.start + lead, end: l.end - (l.text.length - l.text.trimEnd().length) };
    return {
      id: commentId(docId, i + 1),
      doc: docId,
      author: null,
      postedAt: null,
      parent: null,
      ...span,
      authorSpan: null,
      bodySpan: { ...span },
    };
  });
  return { comments, articleEnd: lines[at]!.start };
}
