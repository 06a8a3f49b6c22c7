// parse: a source file → its text as ingested, the article, its metadata and its comment thread.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { documentId } from '@claimgraph/schema';
import type { ParsedDocument, SourceText } from '../pipeline/types.js';
import { parseThread } from './comments.js';
import { decodeBytes, normaliseText } from './decode.js';
import { ParseError } from './errors.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { readMetadata } from './metadata.js';
import { findUnheadedComments } from './unheaded.js';

export { ParseError };

/** Largest document accepted: beyond this, a file is almost certainly not an article. */
export const MAX_BYTES = 64 * 1024 * 1024;

export function readSource(file: string): SourceText {
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    throw new ParseError(`file too large (${(size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_BYTES / 2 ** 20} MB)`);
  return sourceFromText(path.basename(file), decodeBytes(readFileSync(file)));
}

/** Text as given (a file's decoded bytes, an upload): normalised, HTML turned to text, refused if empty. */
export function sourceFromText(source: string, raw: string): SourceText {
  let text = normaliseText(raw);
  if (looksLikeHtml(text)) text = htmlToText(text);
  if (text.trim() === '') throw new ParseError('empty file (no text)');
  return { source, text };
}

/** Text given directly (the HTTP API): normalised like a file's text, then parsed. */
export function parseSourceText(source: string, text: string): ParsedDocument {
  return parseDocument(sourceFromText(source, text));
}

export function parseDocument(src: SourceText): ParsedDocument {
  const { text } = src;
  if (text.trim() === '') throw new ParseError('empty file (no text)');
  const id = documentId(src.source);
  const thread = parseThread(text, id);
  let comments = thread.comments;
  const sectionStart = thread.sectionStart;
  let articleEnd = sectionStart ?? text.length;
  if (comments.length === 0) {
    const unheaded = findUnheadedComments(text, id);
    if (unheaded) ({ comments, articleEnd } = unheaded);
  }
  const start = text.search(/\S/);
  let end = articleEnd;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const article = { start: Math.max(0, start), end: Math.max(Math.max(0, start), end) };
  const meta = readMetadata(text, article);
  return {
    record: {
      id,
      source: src.source,
      title: meta.title,
      author: meta.author,
      publisher: meta.publisher,
      kind: meta.kind,
      date: meta.date,
    },
    text,
    article,
    authorSpan: meta.authorSpan,
    comments,
  };
}
