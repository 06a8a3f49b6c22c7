// The reply network between commenters as a layer: REPLIES_TO edges (A answered B, thickness by how often) and
// the commenters the overview did not load. Switching the layer off takes out exactly what it brought.
import type Graph from 'graphology';
import { request } from '../api/client.js';
import type { GraphPayload } from '../types.js';
import { edgeKey } from './keys.js';
import { nodeLook } from './build.js';

export const REPLIES_TO = 'REPLIES_TO';
const LAYER = 'replies';

export const fetchReplies = (): Promise<GraphPayload> => request<GraphPayload>('/api/replies');

/** Adds the layer; returns how many edges it drew. */
export function addReplies(graph: Graph, data: GraphPayload): number {
  data.nodes.forEach((n, i) => {
    if (graph.hasNode(n.id)) return;
    graph.addNode(n.id, {
      ...nodeLook(n),
      size: 4,
      layer: LAYER,
      x: Math.cos(i) * 120,
      y: Math.sin(i) * 120,
    });
  });
  let added = 0;
  for (const e of data.edges) {
    const key = edgeKey(e.source, REPLIES_TO, e.target);
    if (graph.hasEdge(key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addEdgeWithKey(key, e.source, e.target, {
      label: REPLIES_TO,
      size: 1 + Math.min(4, e.count),
      color: '#8a8a8a',
      layer: LAYER,
    });
    added++;
  }
  return added;
}

/** Takes the layer out: its edges, and the commenters it brought that nothing else connects. */
export function removeReplies(graph: Graph): void {
  graph
    .filterEdges((_, a) => a.layer === LAYER)
    .forEach((e) => {
      graph.dropEdge(e);
    });
  graph
    .filterNodes((n, a) => a.layer === LAYER && graph.degree(n) === 0)
    .forEach((n) => {
      graph.dropNode(n);
    });
}
