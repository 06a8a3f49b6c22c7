// One entity: its properties, roles, mentions by document; its neighbourhood with evidence per edge.
import type { AppContext } from '../context.js';
import { PREDICATES } from '@claimgraph/schema';
import { cint, cintOrNull } from '../validate.js';
import { EDGE, ENTITY_REF, PREDICATE_PATTERN } from './fragments.js';
import { DISPLAY_NAME } from './speakers.js';
import { read } from './run.js';

// Roles and members are paged the same way, counted in all (a hub organisation has thousands of members).
// The documents mentioning an entity, most mentions first: counted for all of them, but the mention spans are read
// only for the documents shown (a hub is mentioned tens of thousands of times). Claim and comment counts come
// from the degree store: ABOUT and MADE_BY leave only claims, WROTE reaches only comments.
const ENTITY = `
  MATCH (e:Entity {id: $id})
  CALL (e) {
    MATCH (e)-[m:MENTIONED_IN]->(d:Document)
    WITH d, count(m) AS n
    ORDER BY n DESC, d.date DESC, d.id
    WITH collect({d: d, n: n}) AS docs, sum(n) AS mentionCount
    RETURN size(docs) AS documentCount, mentionCount, docs[$offset..$offset + $maxDocs] AS shown
  }
  CALL (e, shown) {
    UNWIND shown AS x
    WITH x.d AS d, x.n AS n
    CALL (e, d) {
      MATCH (e)-[m:MENTIONED_IN]->(d)
      WITH m ORDER BY m.start LIMIT $sample
      RETURN collect({start: m.start, end: m.end, text: m.text}) AS spans
    }
    RETURN collect({id: d.id, title: d.title, date: d.date, kind: d.kind, mentions: n, spans: spans}) AS documents
  }
  RETURN e {.id, .name, .type, .kind, aliases: coalesce(e.aliases, [])} AS entity,
         [l IN labels(e) WHERE l <> 'Entity'] AS labels,
         mentionCount, documents, documentCount,
         COUNT { (e)-[:WORKS_FOR|LEADS]->(:Entity) } AS roleCount,
         COLLECT { MATCH (e)-[r:WORKS_FOR|LEADS]->(o:Entity)
                   WITH r, o ORDER BY o.name, o.id, type(r), r.qualifier, r.doc SKIP $roleOffset LIMIT $maxRoles
                   RETURN {predicate: type(r), qualifier: r.qualifier,
                           organisation: ${ENTITY_REF('o')}, edge: ${EDGE('r')}} } AS roles,
         COUNT { (:Entity)-[:WORKS_FOR|LEADS]->(e) } AS memberCount,
         COLLECT { MATCH (p:Entity)-[r:WORKS_FOR|LEADS]->(e)
                   WITH r, p ORDER BY p.name, p.id, type(r), r.qualifier, r.doc SKIP $memberOffset LIMIT $maxMembers
                   RETURN {predicate: type(r), qualifier: r.qualifier, person: ${ENTITY_REF('p')}, edge: ${EDGE('r')}}
                 } AS members,
         COUNT { (e)<-[:MADE_BY]-() } AS claimsBy,
         COUNT { (e)<-[:ABOUT]-() } AS claimsAbout,
         COUNT { (e)-[:WROTE]->() } AS comments`;

export interface EntityOptions {
  documents: number;
  offset: number;
  spans: number;
  roles: number;
  roleOffset: number;
  members: number;
  memberOffset: number;
}

export async function entity(ctx: AppContext, id: string, opts: EntityOptions) {
  const [row] = await read(ctx, ENTITY, {
    id,
    sample: cint(opts.spans),
    maxDocs: cint(opts.documents),
    offset: cint(opts.offset),
    maxRoles: cint(opts.roles),
    roleOffset: cint(opts.roleOffset),
    maxMembers: cint(opts.members),
    memberOffset: cint(opts.memberOffset),
  });
  if (!row) return null;
  const r = row;
  return {
    ...(r.entity as object),
    labels: r.labels,
    mentionCount: r.mentionCount,
    claims: { by: r.claimsBy, about: r.claimsAbout },
    comments: r.comments,
    roles: r.roles,
    roleCount: r.roleCount,
    members: r.members,
    memberCount: r.memberCount,
    documentCount: r.documentCount,
    documents: r.documents,
  };
}

export const entityExists = async (ctx: AppContext, id: string) =>
  (await read(ctx, 'MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id })).length > 0;

// Variable-length patterns need a literal bound, so there is one query per allowed depth (validated 1-3);
// depth 1 is a plain pattern, cheaper than a one-hop variable-length one. Deeper, Neo4j walks breadth first,
// each node once at its least distance, rather than every path (millions around a hub at three hops): it does so
// only while the filter on the relationships is one all(...) with no OR, so $predicates is always a list.
// Distance and degree (read from the degree store) order every neighbour, but only the first $limit are shown
// with display names and edges. Nodes and the edges among them come back in one round trip.
const NEIGHBOURS = (depth: number) => `
  MATCH (e:Entity {id: $id})
  CALL (e) {
    ${
      depth === 1
        ? `MATCH (e)-[r:${PREDICATE_PATTERN}]-(n:Entity)
    WHERE n <> e AND type(r) IN $predicates
    WITH DISTINCT n, 1 AS distance`
        : `MATCH p = (e)-[rs:${PREDICATE_PATTERN}*1..${depth}]-(n:Entity)
    WHERE n <> e AND all(r IN rs WHERE type(r) IN $predicates)
    WITH n, min(length(p)) AS distance`
    }
    WHERE $types IS NULL OR n.type IN $types
    WITH n, distance, COUNT { (n)-[:${PREDICATE_PATTERN}]-() } AS degree
    ORDER BY distance, degree DESC, n.name
    WITH collect({n: n, distance: distance}) AS found
    RETURN size(found) AS total, found[..$limit] AS shown
  }
  CALL (shown) {
    UNWIND shown AS x
    WITH x.n AS n, x.distance AS distance
    RETURN collect(n {.id, .name, .type, .kind, distance: distance, displayName: ${DISPLAY_NAME('n')}}) AS nodes
  }
  WITH e, total, nodes, [e.id] + [x IN nodes | x.id] AS ids
  RETURN e {.id, .name, .type, .kind} AS entity, total, nodes,
    COLLECT {
      UNWIND ids AS nid
      MATCH (:Entity {id: nid})-[r:${PREDICATE_PATTERN}]->(b:Entity)
      WHERE b.id IN ids AND type(r) IN $predicates
      WITH r ORDER BY startNode(r).id, type(r), b.id
      RETURN ${EDGE('r', '(CASE WHEN startNode(r) = e OR endNode(r) = e THEN $evidence ELSE $linkEvidence END)')}
    } AS edges`;
const NEIGHBOUR_QUERIES = new Map([1, 2, 3].map((d) => [d, NEIGHBOURS(d)]));

export async function neighbours(
  ctx: AppContext,
  opts: {
    id: string;
    depth: number;
    types: string[] | null;
    predicates: string[] | null;
    limit: number;
    /** Spans or claims per edge; null: all. */
    evidence?: number | null;
    /** The same for edges between two neighbours; absent: as `evidence`. */
    linkEvidence?: number | null;
  },
) {
  const query = NEIGHBOUR_QUERIES.get(opts.depth);
  if (!query) throw new Error(`depth ${opts.depth} is not supported`);
  const params = {
    id: opts.id,
    types: opts.types,
    predicates: opts.predicates ?? PREDICATES,
    limit: cint(opts.limit),
    evidence: cintOrNull(opts.evidence),
    linkEvidence: cintOrNull(opts.linkEvidence ?? opts.evidence),
  };
  const [row] = await read<{ entity: { id: string }; total: number; nodes: { id: string }[]; edges: unknown[] }>(
    ctx,
    query,
    params,
  );
  if (!row) return null;
  return {
    entity: row.entity,
    depth: opts.depth,
    nodes: row.nodes,
    edges: row.edges,
    total: row.total,
    more: Math.max(0, row.total - row.nodes.length),
  };
}
