// The overview subgraph for the explorer's first render: the best-connected entities and the edges among them.
import neo4j from 'neo4j-driver';
import type { AppContext } from '../context.js';

export interface GraphNode { id: string; label: string; type: string; kind: string | null; mentions: number; degree: number }
export interface GraphEdge { id: string; source: string; target: string; type: string; count: number }
export interface GraphPayload { nodes: GraphNode[]; edges: GraphEdge[]; total: number; truncated: boolean }

export async function overviewGraph(ctx: AppContext, opts: { limit: number; types?: string[]; predicates?: string[] }): Promise<GraphPayload> {
  const res = await ctx.driver.executeQuery(
    `MATCH (e:Entity)
     WHERE $types IS NULL OR e.type IN $types
     WITH count(e) AS total, collect(e) AS all
     UNWIND all AS e
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
     WITH total, e, count(m) AS mentions
     OPTIONAL MATCH (e)-[r]-(:Entity)
     WITH total, e, mentions, count(r) AS degree
     ORDER BY degree + mentions DESC, e.id
     LIMIT $limit
     WITH total, collect({id: e.id, label: e.name, type: e.type, kind: e.kind, mentions: mentions, degree: degree}) AS nodes
     RETURN total, nodes`,
    { limit: neo4j.int(opts.limit), types: opts.types?.length ? opts.types : null },
    { database: ctx.database, routing: 'READ' },
  );
  const row = res.records[0];
  const nodes = (row?.get('nodes') ?? []) as GraphNode[];
  const total = Number(row?.get('total') ?? 0);
  const ids = nodes.map((n) => n.id);
  const edges = await ctx.driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'MENTIONED_IN' AND ($predicates IS NULL OR type(r) IN $predicates)
     WITH a, b, type(r) AS type, sum(coalesce(r.count, 1)) AS count
     RETURN a.id AS source, b.id AS target, type, count`,
    { ids, predicates: opts.predicates?.length ? opts.predicates : null },
    { database: ctx.database, routing: 'READ' },
  );
  return {
    nodes,
    edges: edges.records.map((r) => ({
      id: `${r.get('source')}|${r.get('type')}|${r.get('target')}`,
      source: r.get('source'), target: r.get('target'), type: r.get('type'), count: Number(r.get('count')),
    })),
    total,
    truncated: total > nodes.length,
  };
}
