// The graph's structure: communities (Louvain) and two centralities (PageRank, betweenness). Computed from a
// small payload of node ids and weighted edges, so the same code runs in the worker and in a unit test.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';

/** What the worker receives: node ids, and edges as [source index, target index, weight]. */
export interface StructureInput {
  nodes: string[];
  edges: [number, number, number][];
}

/** Per node id: its community (0 is the largest), PageRank and normalised betweenness. */
export interface Structure {
  community: Record<string, number>;
  /** Members per community, largest first (index = community number). */
  sizes: number[];
  pagerank: Record<string, number>;
  betweenness: Record<string, number>;
}

/** The payload for the worker: parallel edges between two nodes become one edge weighted by their count. */
export function structureInput(graph: Graph): StructureInput {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const weights = new Map<string, [number, number, number]>();
  graph.forEachEdge((_, a, s, t) => {
    if (s === t) return;
    const key = `${index.get(s)!} ${index.get(t)!}`;
    const w = typeof a.size === 'number' ? Math.max(1, a.size - 1) : 1;
    const e = weights.get(key);
    if (e) e[2] += w;
    else weights.set(key, [index.get(s)!, index.get(t)!, w]);
  });
  return { nodes, edges: [...weights.values()] };
}

/** A fixed seed, so the same graph gets the same communities on every load. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeStructure(input: StructureInput): Structure {
  const directed = new Graph({ type: 'directed' });
  const undirected = new Graph({ type: 'undirected' });
  for (const n of input.nodes) {
    directed.addNode(n);
    undirected.addNode(n);
  }
  for (const [s, t, weight] of input.edges) {
    const [a, b] = [input.nodes[s]!, input.nodes[t]!];
    directed.mergeEdge(a, b, { weight });
    if (undirected.hasEdge(a, b)) undirected.updateEdgeAttribute(a, b, 'weight', (w: number) => w + weight);
    else undirected.addEdge(a, b, { weight });
  }
  const raw = louvain(undirected, { getEdgeWeight: 'weight', rng: seeded(1) });
  // Renumber communities by size, largest first, so colours and the legend follow importance.
  const counts = new Map<number, number>();
  for (const c of Object.values(raw)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const order = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const rank = new Map(order.map(([c], i) => [c, i]));
  const community: Record<string, number> = {};
  for (const [n, c] of Object.entries(raw)) community[n] = rank.get(c)!;
  return {
    community,
    sizes: order.map(([, n]) => n),
    pagerank: pagerank(directed, { getEdgeWeight: 'weight' }),
    betweenness: betweenness(undirected, { normalized: true }),
  };
}
