// The reply network: commenter A → commenter B when A's comment answers one of B's, counted, in the
// node/edge shape of /api/graph so the explorer can draw it as a layer.
import type { AppContext } from '../context.js';
import type { GraphEdge, GraphNode } from '@claimgraph/schema/api';
import { read } from './run.js';

const QUERY = `
  MATCH (a:Entity)-[:WROTE]->(x:Comment)-[:REPLY_TO]->(:Comment)<-[:WROTE]-(b:Entity)
  WHERE $document IS NULL OR x.doc = $document
  WITH a, b, count(*) AS n
  RETURN a {.id, .name, .type, .kind} AS a, b {.id, .name, .type, .kind} AS b, n`;

interface Ref {
  id: string;
  name: string;
  type: string;
  kind: string | null;
}

export async function replyNetwork(ctx: AppContext, p: { document: string | null }) {
  const rows = await read<{ a: Ref; b: Ref; n: unknown }>(ctx, QUERY, p);
  const nodes = new Map<string, GraphNode>();
  const node = (e: Ref) =>
    nodes.get(e.id) ??
    nodes.set(e.id, { id: e.id, label: e.name, type: e.type, kind: e.kind, mentions: 0, degree: 0 }).get(e.id)!;
  const edges: GraphEdge[] = rows.map((r) => {
    node(r.a).degree += 1;
    node(r.b).degree += 1;
    return {
      id: `${r.a.id}|REPLIES_TO|${r.b.id}`,
      source: r.a.id,
      target: r.b.id,
      type: 'REPLIES_TO',
      count: Number(r.n),
    };
  });
  return { nodes: [...nodes.values()], edges, total: nodes.size, truncated: false };
}
