// Documents: the list with counts, and one document with its text, mentions, relations, claims and
// comment thread (as a tree), all with offsets into that text.
import type { AppContext } from '../context.js';
import { cint } from '../validate.js';
import { CLAIM, EDGE, PREDICATE_PATTERN } from './fragments.js';
import { read } from './run.js';
import type { CommentFields, CommentNode } from '@claimgraph/schema/api';

const LIST = `
  MATCH (d:Document) WHERE $kind IS NULL OR d.kind = $kind
  WITH d ORDER BY d.date DESC, d.id SKIP $offset LIMIT $limit
  RETURN d {.id, .source, .title, .author, .publisher, .kind, .date,
    mentions: COUNT { (d)<-[:MENTIONED_IN]-() },
    comments: COUNT { (d)<-[:PART_OF]-(:Comment) },
    claims: COUNT { (c:Claim {doc: d.id}) }} AS doc`;
const TOTAL = 'MATCH (d:Document) WHERE $kind IS NULL OR d.kind = $kind RETURN count(d) AS total';

export async function listDocuments(ctx: AppContext, opts: { kind: string | null; limit: number; offset: number }) {
  const [rows, [t]] = await Promise.all([
    read<{ doc: unknown }>(ctx, LIST, { kind: opts.kind, offset: cint(opts.offset), limit: cint(opts.limit) }),
    read<{ total: number }>(ctx, TOTAL, { kind: opts.kind }),
  ]);
  return { items: rows.map((r) => r.doc), total: t?.total ?? 0, limit: opts.limit, offset: opts.offset };
}

const ONE = `
  MATCH (d:Document {id: $id})
  RETURN d {.id, .source, .title, .author, .publisher, .kind, .date, .text, ingestedAt: toString(d.ingestedAt)} AS doc,
    COLLECT { MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
              RETURN {entity: e {.id, .name, .type, .kind}, start: m.start, end: m.end, text: m.text} AS x
              ORDER BY x.start, x.end } AS mentions,
    COLLECT { MATCH (c:Claim {doc: $id}) RETURN ${CLAIM('c')} AS x ORDER BY x.evidence.start } AS claims,
    COLLECT { MATCH (c:Comment {doc: $id})
              RETURN {id: c.id, author: c.author, authorId: COLLECT { MATCH (a:Entity)-[:WROTE]->(c) RETURN a.id }[0],
                      postedAt: c.postedAt, start: c.start, end: c.end, text: c.text, ordinal: c.ordinal,
                      parent: COLLECT { MATCH (c)-[:REPLY_TO]->(p:Comment) RETURN p.id }[0]} AS x
              ORDER BY x.ordinal } AS comments`;
/** Nests comments under the comment they reply to, keeping reading order at every level. */
export function commentTree(flat: CommentFields[]): CommentNode[] {
  const byId = new Map(flat.map((c) => [c.id, { ...c, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const c of byId.values()) {
    const parent = c.parent ? byId.get(c.parent) : undefined;
    (parent ? parent.replies : roots).push(c);
  }
  return roots;
}

export async function getDocument(ctx: AppContext, id: string) {
  const [row] = await read<{
    doc: Record<string, unknown>;
    mentions: unknown[];
    claims: unknown[];
    comments: CommentFields[];
  }>(ctx, ONE, { id });
  if (!row) return null;
  const relations = (await read<{ edge: unknown }>(ctx, RELATIONS_FROM_MENTIONS, { id })).map((r) => r.edge);
  return {
    ...row.doc,
    mentions: row.mentions,
    relations,
    claims: row.claims,
    comments: commentTree(row.comments),
    commentCount: row.comments.length,
  };
}

// Relation edges carry `doc` but are not indexed across all types: start from this document's entities.
const RELATIONS_FROM_MENTIONS = `
  MATCH (d:Document {id: $id})<-[:MENTIONED_IN]-(s:Entity)
  WITH DISTINCT s
  MATCH (s)-[r:${PREDICATE_PATTERN}]->(:Entity) WHERE r.doc = $id
  RETURN ${EDGE('r')} AS edge ORDER BY edge.evidence[0].start`;
