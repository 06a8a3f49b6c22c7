// Reader-comment threads: WordPress-style headers ("  1. Mark December 7, 2021 at 2:43 pm #", replies
// "    – Jo … #" indented one level deeper), and "Name says:" / "Name on <date> said:" headers.
// Nesting follows the header's indentation: a comment replies to the nearest earlier comment that is
// indented less. Numbered items are top level.
import { commentId } from '@claimgraph/schema';
import type { ParsedComment, ParsedDocument, RawMention, Span } from '../pipeline/types.js';
import { TIMESTAMP_SHAPE, parseTimestamp } from './timestamp.js';
import { re } from '../regex.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

interface Header {
  indent: number;
  numbered: boolean;
  author: string | null;
  authorOffset: number;
  postedAt: string | null;
  contentStart: number;
}

// "<indent>(1. | – | • | - )<rest> #" — the trailing "#" is the permalink anchor of WordPress themes.
const WP_HEADER = /^([ \t\u00a0]*)(?:(\d+)\.|[–•\-—])[ \t\u00a0]+(\S.*?)[ \t\u00a0]+#[ \t]*$/;
// "Name says:" / "Name on 7 December 2021 at 14:03 said:" / "Name says: <date>"
// ("said:" only with a date, so an article's "Zahawi said:" is never mistaken for a header.)
const SAYS_HEADER =
  /^([ \t\u00a0]*)([^\s:][^:\n]{0,60}?)(?: on ([^\n]{6,40}?)[ \t]+(?:said|wrote)|[ \t]+says):[ \t]*([^\n]{0,40})$/;

// Forum software (phpBB and the like): "Post by Name » Thu Oct 31, 2019 6:21 pm".
const FORUM_POST_HEADER = /^([ \t\u00a0]*)Post by[ \t\u00a0]+([^»\n]{1,60}?)[ \t\u00a0]*»[ \t\u00a0]*(.{6,40})$/;
// A numbered name alone on its line, its date alone on the next: "  1. Errol" / "    December 26, 2016 at 1:58 pm".
const NUMBERED_NAME = /^([ \t\u00a0]*)\d+\.[ \t\u00a0]+(\p{Lu}[^\s.,:;!?]*(?:[ \t\u00a0][^\s.,:;!?]+){0,3})[ \t]*$/u;

/** A header over two lines: a numbered name, then (after at most one blank line) a line that is only a date. */
function readNumberedHeader(lines: Line[], i: number): { h: Header; end: number } | null {
  const m = NUMBERED_NAME.exec(lines[i]!.text);
  if (!m) return null;
  let j = i + 1;
  if (lines[j]?.text.trim() === '') j++;
  const next = lines[j];
  const ts = next ? TIMESTAMP_SHAPE.exec(next.text.trim()) : null;
  if (!next || !ts || ts.index !== 0) return null;
  const author = m[2]!;
  return {
    h: {
      indent: m[1]!.length,
      numbered: true,
      author,
      authorOffset: lines[i]!.start + lines[i]!.text.indexOf(author, m[1]!.length),
      postedAt: parseTimestamp(ts[1]!),
      contentStart: next.end,
    },
    end: j,
  };
}

function readHeader(line: Line): Header | null {
  if (line.text.length > 200) return null;
  const post = FORUM_POST_HEADER.exec(line.text);
  if (post) {
    const ts = TIMESTAMP_SHAPE.exec(post[3]!.trim());
    const author = post[2]!.trim();
    return {
      indent: post[1]!.length,
      numbered: true,
      author,
      authorOffset: line.start + line.text.indexOf(author, post[1]!.length + 4),
      postedAt: ts ? parseTimestamp(ts[1]!) : null,
      contentStart: line.end,
    };
  }
  let m = WP_HEADER.exec(line.text);
  if (m) {
    const indent = m[1]!.length;
    const rest = m[3]!;
    const restOffset = line.text.length - line.text.slice(indent).length + line.text.slice(indent).indexOf(rest);
    const ts = TIMESTAMP_SHAPE.exec(rest);
    let author = rest;
    let postedAt: string | null = null;
    if (ts) {
      author = rest.slice(0, ts.index).trim();
      postedAt = parseTimestamp(ts[1]!);
    } else {
      // A header whose date cannot even be recognised: keep what looks like the name (up to the
      // first word that starts in lower case after a capitalised name).
      const name = /^((?:[A-Z][^\s]*)(?: [A-Z][^\s]*)*)\b/.exec(rest);
      if (name && name[1]!.length < rest.length) author = name[1]!;
    }
    if (!author) return null;
    return {
      indent,
      numbered: !!m[2],
      author,
      authorOffset: line.start + restOffset,
      postedAt,
      contentStart: line.end,
    };
  }
  m = SAYS_HEADER.exec(line.text);
  if (m && /^[\p{Lu}\p{Ll}\d]/u.test(m[2]!) && m[2]!.split(/\s+/).length <= 5) {
    const dateText = m[3] ?? m[4] ?? '';
    return {
      indent: m[1]!.length,
      numbered: false,
      author: m[2]!.trim(),
      authorOffset: line.start + m[1]!.length,
      postedAt: dateText ? parseTimestamp(dateText) : null,
      contentStart: line.end,
    };
  }
  return null;
}

/** The line that opens a comment section ("49 Responses to …", "12 comments", "Comments"). */
const COUNTED = /\d+\s+(?:responses?|comments?|replies)\b.*/;
const HEADING = /(?:reader\s+)?comments?\s*(?:\(\d+\))?:?/;
const INVITATION = /leave a (?:reply|comment).*/;
const SECTION_OPENER = re(['^\\s*(?:', COUNTED, '|', HEADING, '|', INVITATION, ')\\s*$'], 'i');

export interface ThreadParse {
  comments: ParsedComment[];
  sectionStart: number | null;
}

export function parseThread(text: string, docId: string): ThreadParse {
  const lines = splitLines(text);
  // `end`: the header's last line (a two-line header's date line).
  const headers: { line: number; end: number; h: Header }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const two = readNumberedHeader(lines, i);
    if (two) {
      headers.push({ line: i, end: two.end, h: two.h });
      i = two.end;
      continue;
    }
    const h = readHeader(lines[i]!);
    if (h) headers.push({ line: i, end: i, h });
  }
  // A lone header-like line is not a thread; two or more are, or one after a section opener, or one forum post.
  let opener: number | null = null;
  const firstHeaderLine = headers[0]?.line ?? lines.length;
  for (let i = 0; i < firstHeaderLine; i++) if (SECTION_OPENER.test(lines[i]!.text)) opener = i;
  const forumPost = headers.length === 1 && FORUM_POST_HEADER.test(lines[headers[0]!.line]!.text);
  if (headers.length === 0 || (headers.length === 1 && opener === null && !forumPost))
    return { comments: [], sectionStart: null };

  const comments: ParsedComment[] = [];
  const stack: { indent: number; id: string }[] = [];
  headers.forEach(({ line, end, h }, k) => {
    const nextLine = headers[k + 1]?.line ?? lines.length;
    // Body: the lines up to the next header, without trailing blank lines.
    let last = nextLine - 1;
    while (last > end && lines[last]!.text.trim() === '') last--;
    let first = end + 1;
    while (first <= last && lines[first]!.text.trim() === '') first++;
    const bodySpan: Span =
      first <= last
        ? {
            start: lines[first]!.start + leading(lines[first]!.text),
            end: lines[last]!.end - trailing(lines[last]!.text),
          }
        : { start: lines[end]!.end, end: lines[end]!.end };
    const id = commentId(docId, comments.length + 1);
    while (stack.length && stack[stack.length - 1]!.indent >= h.indent) stack.pop();
    const parent = h.numbered ? null : (stack[stack.length - 1]?.id ?? null);
    if (h.numbered) stack.length = 0;
    stack.push({ indent: h.indent, id });
    const headerLine = lines[line]!;
    comments.push({
      id,
      doc: docId,
      author: h.author,
      postedAt: h.postedAt,
      parent,
      start: headerLine.start + leading(headerLine.text),
      end: Math.max(bodySpan.end, lines[end]!.end - trailing(lines[end]!.text)),
      authorSpan: h.author ? { start: h.authorOffset, end: h.authorOffset + h.author.length } : null,
      bodySpan,
    });
  });
  const sectionStart = opener !== null ? lines[opener]!.start : comments[0]!.start;
  return { comments, sectionStart };
}

const leading = (s: string) => s.length - s.trimStart().length;
const trailing = (s: string) => s.length - s.trimEnd().length;

/** A named comment's author as a mention of a person (a commentator) at its header: none when unnamed. */
export function commentAuthorMention(doc: ParsedDocument, c: ParsedComment): RawMention | null {
  if (!c.author || !c.authorSpan) return null;
  return {
    ...c.authorSpan,
    text: doc.text.slice(c.authorSpan.start, c.authorSpan.end),
    type: 'Person',
    kind: 'commentator',
    canonical: c.author,
    source: 'comment-header',
  };
}
