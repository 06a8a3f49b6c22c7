// The overview subgraph for the explorer's first render: the best-connected entities and the edges among them.
import neo4j from 'neo4j-driver';
import type { GraphNode, GraphPayload } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { read } from './run.js';
import { PREDICATE_PATTERN } from './fragments.js';
import { DISPLAY_NAME } from './speakers.js';

/** Narrows the canvas to one document, one speaker or a time window (ISO dates, inclusive). */
export interface GraphFocus {
  document?: string | null;
  speaker?: string | null;
  from?: string | null;
  to?: string | null;
}

// An entity is in focus when it is mentioned in (or comments on) the document; when it is the speaker
// or what the speaker's claims are about; when a document dated, or a comment posted, in the window
// mentions it or is by it.
const FOCUS = `($document IS NULL
    OR EXISTS { (e)-[:MENTIONED_IN]->(:Document {id: $document}) }
    OR EXISTS { (e)-[:WROTE]->(:Comment {doc: $document}) })
  AND ($speaker IS NULL OR e.id = $speaker
    OR EXISTS { (e)<-[:ABOUT]-(:Claim)-[:MADE_BY]->(:Entity {id: $speaker}) })
  AND (($from IS NULL AND $to IS NULL)
    OR EXISTS { (e)-[:MENTIONED_IN]->(d:Document)
                WHERE substring(d.date, 0, 10) >= coalesce($from, '')
                  AND substring(d.date, 0, 10) <= coalesce($to, '~') }
    OR EXISTS { (e)-[:WROTE]->(c:Comment)
                WHERE substring(c.postedAt, 0, 10) >= coalesce($from, '')
                  AND substring(c.postedAt, 0, 10) <= coalesce($to, '~') })`;

export async function overviewGraph(
  ctx: AppContext,
  opts: { limit: number; types?: string[]; predicates?: string[]; focus?: GraphFocus },
): Promise<GraphPayload> {
  const focus = opts.focus ?? {};
  const [row] = await read<{ total: number; nodes: GraphNode[] }>(
    ctx,
    `MATCH (e:Entity)
     WHERE ($types IS NULL OR e.type IN $types) AND ${FOCUS}
     WITH count(e) AS total, collect(e) AS all
     UNWIND all AS e
     WITH total, e, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions,
          COUNT { (e)-[:${PREDICATE_PATTERN}]-(:Entity) } AS degree
     ORDER BY degree + mentions DESC, e.id
     LIMIT $limit
     WITH total, collect({id: e.id, label: ${DISPLAY_NAME('e')}, type: e.type, kind: e.kind,
                          mentions: mentions, degree: degree}) AS nodes
     RETURN total, nodes`,
    {
      limit: neo4j.int(opts.limit),
      types: opts.types?.length ? opts.types : null,
      document: focus.document ?? null,
      speaker: focus.speaker ?? null,
      from: focus.from ?? null,
      to: focus.to ?? null,
    },
  );
  const nodes = row?.nodes ?? [];
  const total = row?.total ?? 0;
  const ids = nodes.map((n) => n.id);
  const edges = await read<{ source: string; target: string; type: string; count: number }>(
    ctx,
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})-[r:${PREDICATE_PATTERN}]->(b:Entity)
     WHERE b.id IN $ids AND ($predicates IS NULL OR type(r) IN $predicates)
     WITH a, b, type(r) AS type, sum(coalesce(r.count, 1)) AS count
     RETURN a.id AS source, b.id AS target, type, count`,
    { ids, predicates: opts.predicates?.length ? opts.predicates : null },
  );
  return {
    nodes,
    edges: edges.map((r) => ({
      id: `${r.source}|${r.type}|${r.target}`,
      source: r.source,
      target: r.target,
      type: r.type,
      count: r.count,
    })),
    total,
    truncated: total > nodes.length,
  };
}
