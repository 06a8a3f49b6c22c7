// resolve: turns one document's raw mentions, relations and claims into entities with stable ids.
import { claimId, entityId, type ClaimRecord, type EntityRecord, type RelationRecord } from '@claimgraph/schema';
import type { Extraction } from '../extract/index.js';
import type { DocumentGraph, ParsedDocument, RawMention, Span } from '../pipeline/types.js';

export function resolveDocument(doc: ParsedDocument, ex: Extraction): DocumentGraph {
  const docId = doc.record.id;
  const entities = new Map<string, EntityRecord>();
  const spanToId = new Map<string, string>();
  const key = (s: Span) => `${s.start}:${s.end}`;

  const add = (m: RawMention) => {
    const id = entityId(m.type, m.canonical);
    let e = entities.get(id);
    if (!e) {
      e = { id, name: m.canonical, type: m.type, kind: m.kind, aliases: [], mentions: [] };
      entities.set(id, e);
    }
    e.mentions.push({ doc: docId, start: m.start, end: m.end, text: m.text });
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    spanToId.set(key(m), id);
  };
  for (const m of ex.mentions) add(m);

  // Every named comment author is a commentator: a Person whose mention is the name on the header line.
  for (const c of doc.comments) {
    if (!c.author || !c.authorSpan) continue;
    add({ ...c.authorSpan, text: c.author, type: 'Person', kind: 'commentator', canonical: c.author, source: 'comment-header' });
  }

  const quote = (s: Span) => ({ doc: docId, start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) });
  const relations: RelationRecord[] = [];
  for (const r of ex.relations) {
    const subject = spanToId.get(key(r.subject));
    const object = spanToId.get(key(r.object));
    if (!subject || !object || subject === object) continue;
    relations.push({ subject, predicate: r.predicate, object, qualifier: r.qualifier, evidence: [quote(r.evidence)] });
  }

  const claims: ClaimRecord[] = [];
  for (const c of ex.claims) {
    const speaker = c.speaker.mention ? spanToId.get(key(c.speaker.mention)) : c.speaker.name;
    const about = [...new Set(c.about.map((s) => spanToId.get(key(s))).filter((x): x is string => !!x))];
    if (!speaker || about.length === 0) continue;
    const ev = quote(c.span);
    claims.push({ id: claimId(docId, ev.start, ev.end), speaker, about, stance: c.stance, text: ev.quote, evidence: ev });
  }

  return {
    document: doc.record,
    text: doc.text,
    entities: [...entities.values()],
    relations,
    comments: doc.comments.map(({ authorSpan: _a, bodySpan: _b, ...c }) => c),
    claims,
  };
}
