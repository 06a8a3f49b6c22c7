// Who a stretch of text names as a party one may take a side with: named people and bodies (a reference such
// as "her" standing for its name), other commentators of the thread by the name on their comment's header
// (or their given name alone, as people answer each other: "Sam," for "Sam Rivers"), and "you", which in a
// comment stands for the person the comment addresses by name, else (a top-level comment) for the writer of
// the article it answers. The article's writer is named the same ways.
import type { ParsedComment, ParsedDocument, RawMention, Span } from '../../pipeline/types.js';
import { nameData } from '../entities/gazetteer.js';
import { mentionsIn, named } from '../references/index.js';
import { escapeRegExp } from '../../regex.js';

/** Someone named in the text, and the span (a mention or a comment header) that resolves to them. */
export interface Party {
  /** Where the text names them. */
  at: Span;
  /** A span that resolves to their entity: a name's mention, a comment header's name, the byline. */
  target: Span;
  /** Their name, to tell one party from another. */
  name: string;
  type: RawMention['type'];
  kind: string | null;
  /** "you": resolved from the comment's address, not named in the words themselves. */
  second: boolean;
}

const PARTY_TYPES = new Set(['Person', 'Organisation', 'Review']);

/** The names a comment may answer to, found in one pass; built once per document. */
export interface Thread {
  /** Every commentator's name and the writer's, whole or by first word: the name each form stands for. */
  forms: Map<string, string>;
  /** All the forms at once, longest first, whole words only. */
  re: RegExp | null;
  byId: Map<string, ParsedComment>;
  byAuthor: Map<string, ParsedComment[]>;
}

/**
 * Commentators' names and the article writer's as a comment may write them: whole, or the first word when
 * no one else's name shares it and it is a given name ("Sam," for "Sam Rivers", unless "Sam Rivers" follows).
 */
export function threadOf(doc: ParsedDocument): Thread {
  const byAuthor = new Map<string, ParsedComment[]>();
  for (const c of doc.comments)
    if (c.author && c.authorSpan) (byAuthor.get(c.author) ?? byAuthor.set(c.author, []).get(c.author)!).push(c);
  const writer = doc.record.author && doc.authorSpan ? [doc.record.author] : [];
  const names = [...new Set([...byAuthor.keys(), ...writer])];
  const firsts = new Map<string, number>();
  for (const n of names) {
    const f = n.split(/\s+/)[0]!;
    firsts.set(f, (firsts.get(f) ?? 0) + 1);
  }
  const { given } = nameData();
  const forms = new Map<string, string>();
  const alternatives: string[] = [];
  for (const name of names) {
    // A one-letter name ("J") or initials cannot be told from ordinary words.
    if (name.replace(/[^\p{L}]/gu, '').length < 2) continue;
    forms.set(name, name);
    alternatives.push(escapeRegExp(name));
    const [first, second] = name.split(/\s+/);
    if (second && given.has(first!) && firsts.get(first!) === 1) {
      forms.set(first!, name);
      alternatives.push(`${escapeRegExp(first!)}(?! ${escapeRegExp(second)})`);
    }
  }
  alternatives.sort((a, b) => b.length - a.length);
  const re = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  return { forms, re, byId: new Map(doc.comments.map((c) => [c.id, c])), byAuthor };
}

/** The header of the comment by `name` that `c` most likely answers: an ancestor's, else the latest before. */
function headerOf(name: string, c: ParsedComment, thread: Thread): Span | null {
  const { byId } = thread;
  for (let p = c.parent ? byId.get(c.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined)
    if (p.author === name && p.authorSpan) return p.authorSpan;
  const by = (thread.byAuthor.get(name) ?? []).filter((x) => x !== c);
  const before = by.filter((x) => x.start < c.start);
  return (before[before.length - 1] ?? by[0])?.authorSpan ?? null;
}

/**
 * The parties named in `span` (part of comment `c`, or of the article when `c` is null), in text order. Names
 * inside another party's name are left out; a reference counts as the name it stands for.
 */
export function partiesIn(
  doc: ParsedDocument,
  span: Span,
  c: ParsedComment | null,
  sorted: RawMention[],
  thread: Thread,
): Party[] {
  const out: Party[] = [];
  for (const m of mentionsIn(sorted, span)) {
    const n = named(m);
    if (!PARTY_TYPES.has(n.type)) continue;
    out.push({ at: m, target: n, name: n.canonical, type: n.type, kind: n.kind, second: false });
  }
  if (c && thread.re) {
    for (const hit of doc.text.slice(span.start, span.end).matchAll(thread.re)) {
      const name = thread.forms.get(hit[0])!;
      const at = { start: span.start + hit.index, end: span.start + hit.index + hit[0].length };
      if (out.some((p) => p.at.start < at.end && at.start < p.at.end)) continue;
      const target = name === doc.record.author && doc.authorSpan ? doc.authorSpan : headerOf(name, c, thread);
      if (target) out.push({ at, target, name, type: 'Person', kind: 'commentator', second: false });
    }
  }
  return out.sort((a, b) => a.at.start - b.at.start);
}

/**
 * Whom "you" stands for in comment `c`: the first person it addresses by name (`addressed`), else, in a
 * top-level comment, the article's writer when the byline names one.
 */
export function secondPerson(doc: ParsedDocument, c: ParsedComment, addressed: Party | undefined): Party | null {
  if (addressed) return { ...addressed, second: true };
  if (c.parent || !doc.authorSpan || !doc.record.author) return null;
  return {
    at: doc.authorSpan,
    target: doc.authorSpan,
    name: doc.record.author,
    type: 'Person',
    kind: null,
    second: true,
  };
}
