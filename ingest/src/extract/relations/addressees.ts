// Who a stretch of text names as a party one may take a side with: named people and bodies (a reference such
// as "her" standing for its name), other commentators of the thread by the name on their comment's header
// (or the first word of it, as people answer each other: "Del," for "Del Rivers"), and "you", which in a
// comment stands for the person the comment addresses by name, else (a top-level comment) for the writer of
// the article it answers. The article's writer is named the same ways.
import type { ParsedComment, ParsedDocument, RawMention, Span } from '../../pipeline/types.js';
import { mentionsIn, named } from '../references/index.js';

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
/** Shortest first word of a commentator's name taken alone for them ("Del" for "Del Rivers"). */
const MIN_FIRST_NAME = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Form {
  re: RegExp;
  name: string;
}

/**
 * Commentators' names and the article writer's as a comment may write them: whole, or the first word when
 * no one else's name shares it.
 */
function commentatorForms(doc: ParsedDocument): Form[] {
  const names = [
    ...new Set([
      ...doc.comments.flatMap((c) => (c.author && c.authorSpan ? [c.author] : [])),
      ...(doc.record.author && doc.authorSpan ? [doc.record.author] : []),
    ]),
  ];
  const firsts = new Map<string, number>();
  for (const n of names) {
    const f = n.split(/\s+/)[0]!;
    firsts.set(f, (firsts.get(f) ?? 0) + 1);
  }
  const forms: Form[] = [];
  for (const name of names) {
    // A one-letter name ("J") or initials cannot be told from ordinary words.
    if (name.replace(/[^\p{L}]/gu, '').length < 2) continue;
    forms.push({ re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu'), name });
    const words = name.split(/\s+/);
    const first = words[0]!;
    if (words.length > 1 && first.length >= MIN_FIRST_NAME && /^\p{Lu}\p{Ll}+$/u.test(first) && firsts.get(first) === 1)
      forms.push({
        re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(first)}(?![\\p{L}\\p{N}]| ${escape(words[1]!)})`, 'gu'),
        name,
      });
  }
  return forms;
}

/** The header of the comment by `name` that `c` most likely answers: an ancestor's, else the latest before. */
function headerOf(name: string, c: ParsedComment, comments: ParsedComment[]): Span | null {
  const byId = new Map(comments.map((x) => [x.id, x]));
  for (let p = c.parent ? byId.get(c.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined)
    if (p.author === name && p.authorSpan) return p.authorSpan;
  const by = comments.filter((x) => x.author === name && x.authorSpan && x !== c);
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
  forms: Form[] = commentatorForms(doc),
): Party[] {
  const out: Party[] = [];
  for (const m of mentionsIn(sorted, span)) {
    const n = named(m);
    if (!PARTY_TYPES.has(n.type)) continue;
    out.push({ at: m, target: n, name: n.canonical, type: n.type, kind: n.kind, second: false });
  }
  if (c) {
    const text = doc.text.slice(span.start, span.end);
    for (const f of forms) {
      for (const hit of text.matchAll(f.re)) {
        const at = { start: span.start + hit.index, end: span.start + hit.index + hit[0].length };
        if (out.some((p) => p.at.start < at.end && at.start < p.at.end)) continue;
        const target =
          f.name === doc.record.author && doc.authorSpan ? doc.authorSpan : headerOf(f.name, c, doc.comments);
        if (target) out.push({ at, target, name: f.name, type: 'Person', kind: 'commentator', second: false });
      }
    }
  }
  return out.sort((a, b) => a.at.start - b.at.start);
}

export { commentatorForms };

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
