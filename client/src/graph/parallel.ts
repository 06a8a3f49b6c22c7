// Edges between the same two entities (A CRITICISES B and A PRAISES B, or B answering A) would be drawn on one
// line, the later hiding the earlier: each is bent to a side of its own instead, fanned out around the straight line.
import type Graph from 'graphology';

/** The edge type drawn as a curve with an arrowhead (its program is registered in canvas.ts). */
export const CURVED = 'curvedArrow';
/** The bend between two neighbouring curves of one fan (the curve's height as a share of its length). */
const STEP = 0.5;

/** Gives every edge that shares its two ends with another a curvature of its own; the others stay straight. */
export function curveParallelEdges(graph: Graph): void {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\n${target}` : `${target}\n${source}`;
    const edges = pairs.get(pair);
    if (edges) edges.push(edge);
    else pairs.set(pair, [edge]);
  });
  for (const edges of pairs.values()) {
    edges.forEach((edge, i) => {
      const offset = i - (edges.length - 1) / 2;
      if (offset === 0) {
        graph.removeEdgeAttribute(edge, 'type');
        graph.removeEdgeAttribute(edge, 'curvature');
        return;
      }
      // A curve bends to its left seen from its source: an edge drawn the other way round flips its sign so
      // that the fan stays in order.
      const sign = graph.source(edge) < graph.target(edge) ? 1 : -1;
      graph.mergeEdgeAttributes(edge, { type: CURVED, curvature: sign * STEP * offset });
    });
  }
}

/** Curves the graph's parallel edges now and again after any edge comes or goes (once per burst of changes). */
export function keepParallelEdgesCurved(graph: Graph): void {
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      curveParallelEdges(graph);
    });
  };
  graph.on('edgeAdded', later);
  graph.on('edgeDropped', later);
  graph.on('cleared', later);
  curveParallelEdges(graph);
}
