// The rows of one document's facts, as plain data: load/writer.ts sends exactly these to Neo4j in its
// UNWIND statements and the CSV export writes them, so the two paths describe one graph.
import { commentatorId, kindOutranks } from '@claimgraph/schema';
import type { CommentFields } from '@claimgraph/schema/api';
import type { DocumentGraph } from '../pipeline/types.js';

/** Speakers are entity ids or names as written (commentators, unnamed authors); names map to Person ids. */
export function speakerId(speaker: string, known: Set<string>): string {
  return known.has(speaker) ? speaker : commentatorId(speaker);
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  kind: string | null;
}

/** One row per entity id: the first name given, and the strongest kind (schema's kinds.ts). */
export function entityRows(graphs: DocumentGraph[]): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const g of graphs)
    for (const e of g.entities) {
      const have = rows.get(e.id);
      if (!have) rows.set(e.id, { id: e.id, name: e.name, type: e.type, kind: e.kind });
      else if (kindOutranks(e.kind, have.kind)) have.kind = e.kind;
    }
  return [...rows.values()];
}

export interface MentionRow {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

export function mentionRows(g: DocumentGraph): MentionRow[] {
  return g.entities.flatMap((e) =>
    e.mentions.map((m) => ({ id: e.id, doc: g.document.id, start: m.start, end: m.end, text: m.text })),
  );
}

/** A comment's fields as the API answers them (schema's CommentFields), and the document holding it. */
export interface CommentRow extends CommentFields {
  doc: string;
}

export function commentRows(g: DocumentGraph): CommentRow[] {
  return g.comments.map((c, i) => ({
    id: c.id,
    doc: g.document.id,
    author: c.author,
    postedAt: c.postedAt,
    start: c.start,
    end: c.end,
    text: g.text.slice(c.start, c.end),
    ordinal: i + 1,
    parent: c.parent,
    authorId: c.author ? commentatorId(c.author) : null,
  }));
}

export interface RelationRow {
  doc: string;
  subject: string;
  object: string;
  predicate: string;
  qualifier: string | null;
  starts: number[];
  ends: number[];
  quotes: string[];
}

/** One edge per (subject, predicate, object, qualifier) in a document, holding all its evidence. */
export function relationRows(g: DocumentGraph): RelationRow[] {
  const doc = g.document.id;
  const byKey = new Map<string, RelationRow>();
  for (const r of g.relations) {
    const key = `${r.subject}|${r.predicate}|${r.object}|${r.qualifier ?? ''}`;
    let row = byKey.get(key);
    if (!row) {
      const { subject, object, predicate, qualifier } = r;
      row = { doc, subject, object, predicate, qualifier, starts: [], ends: [], quotes: [] };
      byKey.set(key, row);
    }
    for (const ev of r.evidence) {
      row.starts.push(ev.start);
      row.ends.push(ev.end);
      row.quotes.push(ev.quote);
    }
  }
  return [...byKey.values()];
}

export interface ClaimRow {
  id: string;
  doc: string;
  text: string;
  stance: string;
  speaker: string;
  speakerName: string;
  start: number;
  end: number;
  quote: string;
  about: string[];
  /**
   * The targets named in the claim's own words, children left out, null when none is (so no empty list is
   * stored): only these are judged by a CRITICISES or PRAISES edge.
   */
  named: string[] | null;
  /** The comment the claim was stated in, or null when stated in the article. */
  comment: string | null;
}

export function claimRows(g: DocumentGraph): ClaimRow[] {
  const known = new Set(g.entities.map((e) => e.id));
  const commentOf = (start: number, end: number) =>
    g.comments.find((c) => c.start <= start && end <= c.end)?.id ?? null;
  const mentions = new Map(
    g.entities.filter((e) => e.kind !== 'child').map((e) => [e.id, e.mentions.filter((m) => m.doc === g.document.id)]),
  );
  // A claim may concern a target only its context names (the comment it answers, the name before it); an edge
  // that says the speaker judges the target needs the target's name in the words themselves. A child is never
  // judged by one: writing about a child's death criticises those responsible, not the child. Decided per
  // document, so the edges do not depend on the order documents load in.
  const namedIn = (ids: string[], start: number, end: number) => {
    const named = ids.filter((id) => mentions.get(id)?.some((m) => start <= m.start && m.end <= end));
    return named.length ? named : null;
  };
  return g.claims.map((c) => ({
    id: c.id,
    doc: g.document.id,
    text: c.text,
    stance: c.stance,
    speaker: speakerId(c.speaker, known),
    speakerName: c.speaker,
    start: c.evidence.start,
    end: c.evidence.end,
    quote: c.evidence.quote,
    about: c.about,
    named: namedIn(c.about, c.evidence.start, c.evidence.end),
    comment: commentOf(c.evidence.start, c.evidence.end),
  }));
}
