// Splits a parsed document into sentences: the article's, then each comment's own words.
import { MONTH_ABBREVIATIONS } from '../calendar.js';
import type { ParsedDocument, Sentence, Span } from '../pipeline/types.js';

// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before white space and a
// capital, digit, quote or bullet, or at a line break. Abbreviations such as "Mr." and "e.g." do not end one.
// A line break inside a sentence (text wrapped at a fixed width, as archives, e-mails and PDF exports are) is
// a space: the line runs on without closing punctuation into a lower-case word, or ends on a word that
// cannot end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'cllr',
  'rev',
  'sir',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'no',
  'cf',
  ...MONTH_ABBREVIATIONS,
]);

/** Words after which a sentence cannot end: a line that stops on one was wrapped. */
const RUNS_ON = new Set(
  (
    'a an the of to in on at by for from with into and or but nor that which who whose whom as than ' +
    'its their his her'
  ).split(' '),
);

// Built once: the transpiler turns a literal with a Unicode property outside a class into a `new RegExp` call.
const LOWER_CASE = /\p{Ll}/u;
const LAST_WORD = /\p{L}+$/u;

/** Whether the line break at `i` wraps a sentence rather than ending it. */
function wrapsAt(text: string, i: number, end: number): boolean {
  let b = i - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b--;
  let a = i + 1;
  while (a < end && (text[a] === ' ' || text[a] === '\t')) a++;
  if (b < 0 || a >= end || !/[\p{L}\p{N},]/u.test(text[b]!)) return false;
  if (LOWER_CASE.test(text[a]!)) return true;
  const word = LAST_WORD.exec(text.slice(Math.max(0, b - 7), b + 1))?.[0];
  return !!word && RUNS_ON.has(word) && /[\p{L}\p{N}]/u.test(text[a]!);
}

export function splitSpan(text: string, span: Span, commentId: string | null, out: Sentence[] = []): Sentence[] {
  let start = span.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, commentId });
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (wrapsAt(text, i, span.end)) continue;
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < span.end && /[.!?"”’')\]]/.test(text[j]!)) j++;
    if (j >= span.end || !/[ \t\u00a0]/.test(text[j]!)) continue;
    let k = j;
    while (k < span.end && /[ \t\u00a0]/.test(text[k]!)) k++;
    if (k < span.end && !/[A-Z0-9"“‘'(•\u2013\u2014-]/.test(text[k]!)) continue;
    if (ch === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(span.start, i - 6), i))?.[1]?.toLowerCase();
      if (word && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(span.end);
  return out;
}

export function splitSentences(doc: ParsedDocument): Sentence[] {
  const out: Sentence[] = [];
  splitSpan(doc.text, doc.article, null, out);
  for (const c of doc.comments) splitSpan(doc.text, c.bodySpan, c.id, out);
  return out;
}
