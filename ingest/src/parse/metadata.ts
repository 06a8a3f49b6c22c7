// Title, byline, publisher, kind and date of an article, read from its first and last lines.
import { UNTITLED, type DocumentKind } from '@claimgraph/schema';
import type { Span } from '../pipeline/types.js';
import { splitLines } from './comments.js';
import { MONTHS, WEEKDAYS } from '../calendar.js';
import { parseTimestamp } from './timestamp.js';
import { NEWS_FORMS, alternation } from '../speech.js';

export interface Metadata {
  title: string;
  author: string | null;
  authorSpan: Span | null;
  publisher: string | null;
  kind: DocumentKind;
  date: string | null;
}

const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:[ \\u00a0]+(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|da|le|la|du)){0,4}";
const DAY_MONTH_YEAR = '\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \\d{4}';
const MONTH_DAY_YEAR = '[A-Z][a-z]+ \\d{1,2},? \\d{4}';
const A_DATE = `(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})`;
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const BYLINE = new RegExp(`^[ \\t]*(?:by|written by|words by|posted by)[ \\t]+(${NAME})[ \\t]*(?:[,|–-].*)?$`, 'iu');
/** "Laura Sharman 10 September 2020": a name and a date alone on a line is a byline. */
const NAME_AND_DATE = new RegExp(`^[ \\t]*(${NAME})[ \\t]*[,|–-]?[ \\t]+(${A_DATE})[ \\t]*$`, 'u');
/** "The author of this post is Jane Smith", "Author: Jane Smith". */
const AUTHOR_IS = new RegExp(
  `^[ \\t]*(?:[Tt]he author of this (?:post|article|piece|blog) is|[Aa]uthor:)[ \\t]+(${NAME})`,
  'u',
);
/** A line about the writer, whoever follows: "The author of this post is a social worker …", "Author: …". */
const ABOUT_THE_AUTHOR = /^[ \t]*(?:the author of this (?:post|article|piece|blog)\b|author:)/i;
/** A byline in any of its forms: never a title. */
const bylineLike = (t: string) => BYLINE.test(t) || NAME_AND_DATE.test(t) || ABOUT_THE_AUTHOR.test(t);
const PUBLISHER = /^\s*(?:more from|read more (?:from|on)|© ?(?:\d{4} )?)\s*([\p{Lu}][\p{L}'’&. -]{1,40}?)\s*$/iu;
const DATE_LINE = new RegExp(
  `^\\s*(?:published|posted|updated)?(?: on)?:?\\s*(?:${WEEKDAY},?\\s+)?(${A_DATE})\\s*$`,
  'i',
);
/** Site furniture that can precede a headline: browser and cookie notices, navigation words. */
const FURNITURE = new RegExp(
  [
    '\\b(?:browsers?|cookies?|javascript|newsletter|advertisement|subscribe',
    '(?:our|this) (?:website|site)|sign in|log in|skip to|accept all)\\b',
  ].join('|'),
  'i',
);

/** Words that open a dated line without naming anyone ("Updated 10 May 2021", "Monday 3 May 2021"). */
const NOT_A_NAME = new RegExp(
  `\\b(?:published|posted|updated|last|first|date|${[...WEEKDAYS, ...MONTHS].join('|')})\\b`,
  'i',
);

interface Line {
  start: number;
  text: string;
}

/** A headline: one line, not too long, not a sentence or a list item, not site furniture, byline or date. */
const headlineLike = (t: string) =>
  t.length > 0 &&
  t.length <= 160 &&
  !/[.:;,]$/.test(t) &&
  !FURNITURE.test(t) &&
  !bylineLike(t) &&
  !DATE_LINE.test(t) &&
  !/^\s*[•*-]/.test(t);

/** Running text: a long line, or a sentence of more than twelve words. */
const bodyLike = (t: string) => t.length > 160 || (/[.!?:;,]$/.test(t) && t.split(/\s+/).length > 12);

/**
 * The title: among the opening lines before the running text starts (site furniture aside), the first
 * headline-like line of four words or more (a shorter one is usually a section label such as a region or a
 * desk), else the first headline-like one, else the first line that is not a byline, cut to 80 characters.
 */
function readTitle(opening: Line[]): string {
  const texts = opening.map((l) => l.text.trim());
  const candidates: string[] = [];
  for (const t of texts) {
    if (FURNITURE.test(t)) continue;
    if (bodyLike(t)) break;
    if (headlineLike(t)) candidates.push(t);
  }
  const title = candidates.find((t) => t.split(/\s+/).length >= 4) ?? candidates[0];
  if (title) return title;
  const first = texts.find((t) => !bylineLike(t)) ?? '';
  return first.length > 80 ? `${first.slice(0, 77).trimEnd()}…` : first;
}

function spanOf(line: Line, name: string, from = 0): Span {
  const at = line.text.indexOf(name, from);
  return { start: line.start + at, end: line.start + at + name.length };
}

export function readMetadata(text: string, article: Span): Metadata {
  const lines = splitLines(text).filter((l) => l.end <= article.end && l.start >= article.start);
  const opening = lines.filter((l) => l.text.trim() !== '').slice(0, 12);
  const title = readTitle(opening.slice(0, 8));

  let author: string | null = null;
  let authorSpan: Span | null = null;
  let bylineDate: string | null = null;
  for (const l of opening) {
    const by = BYLINE.exec(l.text) ?? AUTHOR_IS.exec(l.text);
    const named = by || DATE_LINE.test(l.text) ? null : NAME_AND_DATE.exec(l.text);
    if (named && NOT_A_NAME.test(named[1]!)) continue;
    const m = by ?? named;
    if (!m) continue;
    // A full stop after a name of two or more letters ends the sentence ("… is Sam Lee."), not an initial.
    author = m[1]!.trim().replace(/(\p{L}{2})\.$/u, '$1');
    authorSpan = spanOf(l, author, by ? l.text.search(/\S/) + 2 : 0);
    if (named) bylineDate = named[2]!;
    break;
  }

  let publisher: string | null = null;
  for (const l of splitLines(text)) {
    const m = PUBLISHER.exec(l.text);
    if (m && l.text.trim().length < 60) publisher = m[1]!.trim();
  }

  let date: string | null = null;
  for (const found of [bylineDate, ...opening.map((l) => DATE_LINE.exec(l.text)?.[1])]) {
    if (found) {
      const iso = parseTimestamp(`${found} at 12:00 pm`);
      if (iso) {
        date = iso.slice(0, 10);
        break;
      }
    }
  }

  return {
    title: title || UNTITLED,
    author,
    authorSpan,
    publisher,
    kind: guessKind(text.slice(article.start, article.end), author !== null),
    date,
  };
}

const NEWS_ATTRIBUTION = new RegExp(`\\b(?:${alternation(NEWS_FORMS)})\\b`, 'g');

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
  const attributions = (body.match(NEWS_ATTRIBUTION) ?? []).length;
  if (firstPerson > 0.004) return hasByline ? 'opinion' : 'blog';
  if (attributions >= 3) return 'news';
  return hasByline ? 'opinion' : 'other';
}
