// resolve: turns one document's raw mentions, relations and claims into entities with stable ids, and
// merges documents' graphs into one export.
import {
  claimId,
  entityId,
  kindOutranks,
  type ClaimRecord,
  type EntityRecord,
  type RelationRecord,
} from '@claimgraph/schema';
import type { Extraction } from '../extract/index.js';
import type { DocumentGraph, ParsedDocument, RawMention, Span } from '../pipeline/types.js';
import { linkPseudonyms, linkTags } from './aliases.js';
import { commentAuthorMention } from '../parse/comments.js';

export { mergeEntities, mergeGraphs } from './merge.js';

const key = (s: Span) => `${s.start}:${s.end}`;

/** One document's entities: a mention's id is its type and canonical name, so equal names meet. */
export function resolveEntities(
  doc: ParsedDocument,
  mentions: RawMention[],
): { entities: EntityRecord[]; spanToId: Map<string, string> } {
  const docId = doc.record.id;
  const entities = new Map<string, EntityRecord>();
  const spanToId = new Map<string, string>();
  const add = (m: RawMention) => {
    const canonical = m.canonical.trim();
    const id = entityId(m.type, canonical);
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, name: canonical, type: m.type, kind: m.kind, aliases: [], mentions: [] }));
    else if (kindOutranks(m.kind, e.kind)) e.kind = m.kind;
    e.mentions.push({ doc: docId, start: m.start, end: m.end, text: m.text });
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    spanToId.set(key(m), id);
  };
  const linked = linkTags(doc.text, linkPseudonyms(doc.text, mentions));
  for (const m of linked) add(m);

  // The byline's author is a Person mentioned where the byline names them, found as a name or not: the
  // writer speaks every claim of their own, so their name must resolve.
  if (doc.authorSpan && doc.record.author && !spanToId.has(key(doc.authorSpan))) {
    add({
      ...doc.authorSpan,
      text: doc.text.slice(doc.authorSpan.start, doc.authorSpan.end),
      type: 'Person',
      kind: null,
      canonical: doc.record.author,
      source: 'byline',
    });
  }

  // Every named comment author is a commentator: a Person whose mention is the name on the header line.
  // One the text also discusses has the same id (entityId('Person', name)) and so is the same entity.
  for (const c of doc.comments) {
    const author = commentAuthorMention(doc, c);
    if (author) add(author);
  }
  return { entities: [...entities.values()], spanToId };
}

export function resolveDocument(doc: ParsedDocument, ex: Extraction): DocumentGraph {
  const docId = doc.record.id;
  const { entities, spanToId } = resolveEntities(doc, ex.mentions);

  const quote = (s: Span) => ({ doc: docId, start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) });
  // Two raw relations whose sides name the same entities ("Sophie" and "Sophie Ayers") are one fact: one
  // relation, each span of evidence once.
  const relations = new Map<string, RelationRecord>();
  for (const r of ex.relations) {
    const subject = spanToId.get(key(r.subject));
    const object = spanToId.get(key(r.object));
    if (!subject || !object || subject === object) continue;
    const fact = `${subject}|${r.predicate}|${object}|${r.qualifier ?? ''}`;
    const had = relations.get(fact);
    const ev = quote(r.evidence);
    if (!had) relations.set(fact, { subject, predicate: r.predicate, object, qualifier: r.qualifier, evidence: [ev] });
    else if (!had.evidence.some((e) => e.start === ev.start && e.end === ev.end)) had.evidence.push(ev);
  }

  const claims: ClaimRecord[] = [];
  for (const c of ex.claims) {
    const speaker = c.speaker.mention ? spanToId.get(key(c.speaker.mention)) : c.speaker.name;
    const about = [...new Set(c.about.map((s) => spanToId.get(key(s))).filter((x): x is string => !!x))];
    if (!speaker || about.length === 0) continue;
    const ev = quote(c.span);
    claims.push({
      id: claimId(docId, ev.start, ev.end),
      speaker,
      about,
      stance: c.stance,
      text: ev.quote,
      evidence: ev,
    });
  }

  return {
    document: doc.record,
    text: doc.text,
    entities,
    relations: [...relations.values()],
    comments: doc.comments.map(({ authorSpan: _a, bodySpan: _b, ...c }) => c),
    claims,
  };
}
