// The deep engine: the rules engine's extraction, with relations read from a dependency parse added to it.
import type { Extraction } from '../index.js';
import { findReferences } from '../references/index.js';
import type { ParsedDocument, RawMention, RawRelation, Span } from '../../pipeline/types.js';
import { parseSpans, type Parser } from './parse.js';
import { deepRelations, type DeepRelationOptions } from './relations.js';
import { salientReferences } from './salience.js';
import { deepSpeakers } from './speakers.js';
import { sidesTaken } from '../relations/taking-sides.js';

/** Sentences that name two things (a relation may hold) or one thing in a claim (its speaker may be named). */
export function worthParsing(rules: Extraction, references: RawMention[]): Span[] {
  const starts = [...rules.mentions, ...references].map((m) => m.start).sort((a, b) => a - b);
  const count = (s: Span) => {
    let n = 0;
    for (const at of starts) if (at >= s.start && at < s.end) n++;
    return n;
  };
  const claimed = (s: Span) => rules.claims.some((c) => c.span.start < s.end && s.start < c.span.end);
  return rules.sentences.filter((s) => {
    const n = count(s);
    return n >= 2 || (n === 1 && claimed(s));
  });
}

const key = (r: RawRelation) => `${r.subject.start}|${r.predicate}|${r.object.start}`;

/** Adds the parse's relations to a rules extraction; a relation both engines find is kept once. */
export async function deepen(
  doc: ParsedDocument,
  rules: Extraction,
  parser: Parser,
  options: DeepRelationOptions = {},
): Promise<Extraction> {
  const references = findReferences(doc.text, rules.sentences, rules.mentions);
  const parse = await parseSpans(parser, doc.text, worthParsing(rules, references));
  const refs = options.without?.includes('salience')
    ? references
    : salientReferences(parse, rules.mentions, references);
  const found = deepRelations(parse, rules.sentences, rules.mentions, refs, options);
  // Where the parse gives a predicate and object in a sentence another subject, the syntax wins over the
  // words-between patterns ("X, who chairs Y, condemned Z" is X's condemnation, not Y's).
  const bySyntax = new Map(found.map((r) => [`${r.evidence.start}|${r.predicate}|${r.object.start}`, r]));
  const syntaxAgrees = (r: RawRelation) => {
    const other = bySyntax.get(`${r.evidence.start}|${r.predicate}|${r.object.start}`);
    return !other || other.subject.start === r.subject.start;
  };
  const kept = rules.relations.filter(syntaxAgrees);
  const have = new Set(kept.map(key));
  const added = found.filter((r) => !have.has(key(r)));
  const all = [...rules.mentions, ...refs];
  const claims = options.without?.includes('speakers') ? rules.claims : deepSpeakers(doc, parse, rules.claims, all);
  // The sides taken follow the claims' speakers: read again where the parse has named more of them.
  if (claims === rules.claims || claims.every((c, i) => c === rules.claims[i]))
    return { ...rules, relations: [...kept, ...added], claims };
  const before = new Set(rules.sides);
  const structural = [...kept.filter((r) => !before.has(r)), ...added];
  const named = { doc, sentences: rules.sentences, mentions: rules.mentions, references: refs };
  const known = new Set(structural.map(key));
  const sides = sidesTaken(named, claims, structural).filter((r) => syntaxAgrees(r) && !known.has(key(r)));
  return { ...rules, relations: [...structural, ...sides], claims, sides };
}
