// Title, byline, publisher, kind and date of an article, read from its first and last lines.
import type { DocumentKind } from '@claimgraph/schema';
import type { Span } from '../pipeline/types.js';
import { splitLines } from './comments.js';
import { parseTimestamp } from './timestamp.js';

export interface Metadata {
  title: string;
  author: string | null;
  authorSpan: Span | null;
  publisher: string | null;
  kind: DocumentKind;
  date: string | null;
}

const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:[ \\u00a0]+(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|da|le|la|du)){0,4}";
const BYLINE = new RegExp(`^[ \\t]*(?:by|written by|words by|posted by)[ \\t]+(${NAME})[ \\t]*(?:[,|–-].*)?$`, 'iu');
const PUBLISHER = /^\s*(?:more from|read more (?:from|on)|© ?(?:\d{4} )?)\s*([\p{Lu}][\p{L}'’&. -]{1,40}?)\s*$/iu;
const DATE_LINE =
  /^\s*(?:published|posted|updated)?:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})\s*$/;

export function readMetadata(text: string, article: Span): Metadata {
  const lines = splitLines(text).filter((l) => l.end <= article.end && l.start >= article.start);
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const first = nonEmpty[0]?.text.trim() ?? '';
  const headline = first.length > 0 && first.length <= 160 && !/[.:;,]$/.test(first);
  const title = headline ? first : first.length > 80 ? `${first.slice(0, 77).trimEnd()}…` : first;

  let author: string | null = null;
  let authorSpan: Span | null = null;
  for (const l of nonEmpty.slice(0, 12)) {
    const m = BYLINE.exec(l.text);
    if (m) {
      author = m[1]!.trim();
      const at = l.text.indexOf(author, l.text.search(/\S/) + 2);
      authorSpan = { start: l.start + at, end: l.start + at + author.length };
      break;
    }
  }

  let publisher: string | null = null;
  for (const l of splitLines(text)) {
    const m = PUBLISHER.exec(l.text);
    if (m && l.text.trim().length < 60) publisher = m[1]!.trim();
  }

  let date: string | null = null;
  for (const l of nonEmpty.slice(0, 12)) {
    const m = DATE_LINE.exec(l.text);
    if (m) {
      const iso = parseTimestamp(`${m[1]} at 12:00 pm`);
      if (iso) {
        date = iso.slice(0, 10);
        break;
      }
    }
  }

  return {
    title: title || 'Untitled',
    author,
    authorSpan,
    publisher,
    kind: guessKind(text.slice(article.start, article.end), author !== null),
    date,
  };
}

/**
 * A simple, documented guess: tweet threads by their markers; first person with a byline is opinion,
 * without one a blog; reporting with attributed quotes is news.
 */
export function guessKind(body: string, hasByline: boolean): DocumentKind {
  const threadMarkers = (body.match(/^\s*•\s*•\s*•\s*$|\b\d{1,2}\/\s*$|(?:^|\s)@\w{2,}/gm) ?? []).length;
  if (threadMarkers >= 2) return 'thread';
  // First person inside quotation marks is the people quoted, not the writer.
  const own = body.replace(/“[^”]*”?|"[^"\n]*"/g, ' ');
  const words = Math.max(1, own.split(/\s+/).length);
  const firstPerson = (own.match(/\b(?:I|I’m|I'm|I’ve|I've|my|me)\b/g) ?? []).length / words;
  const attributions = (body.match(/\b(?:said|told|added|according to)\b/g) ?? []).length;
  if (firstPerson > 0.004) return hasByline ? 'opinion' : 'blog';
  if (attributions >= 3) return 'news';
  return hasByline ? 'opinion' : 'other';
}
