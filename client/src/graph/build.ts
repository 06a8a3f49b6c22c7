// The graph on the canvas: built from the overview payload, grown by Expand and by Cypher results. Every edge
// is keyed by subject, predicate and object, so showing the same fact twice never draws it twice.
import Graph from 'graphology';
import type { GraphPayload } from '../types.js';
import { speakerName, type Neighbours } from '../api/client.js';
import type { ResultGraph } from '../views/cypher.js';
import { colourOf, sizeOf, TYPE_COLOURS } from '../styles.js';
import { edgeKey } from './keys.js';

// Stance edges: vermillion and blue stay apart under red-green colour blindness (Okabe-Ito pair).
export const EDGE_COLOURS: Record<string, string> = { CRITICISES: '#D55E00', PRAISES: '#0072B2' };
export const edgeColour = (type: string): string => EDGE_COLOURS[type] ?? '#bbb';

/** Canvas labels stay short enough not to run over their neighbours; the panel shows the whole name. */
export const shortLabel = (name: string, max = 40): string => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

/** A stance edge is as thick as the claims behind it (on a log scale, capped); a fact edge is a thin line. */
export const edgeSize = (type: string, count: number): number =>
  type in EDGE_COLOURS ? Math.min(8, 1 + 1.5 * Math.log2(1 + count)) : 1.5;

function addEdge(graph: Graph, source: string, type: string, target: string, count = 1): boolean {
  const key = edgeKey(source, type, target);
  if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target)) return false;
  graph.addEdgeWithKey(key, source, target, {
    label: type,
    count,
    size: edgeSize(type, count),
    color: edgeColour(type),
  });
  return true;
}

/** A stance edge's claim count after a flag: thinner, or gone when no claim is left. */
export function recount(graph: Graph, key: string, count: number): void {
  if (!graph.hasEdge(key)) return;
  if (count === 0) graph.dropEdge(key);
  else graph.mergeEdgeAttributes(key, { count, size: edgeSize(graph.getEdgeAttribute(key, 'label') as string, count) });
}

export function buildGraph(data: GraphPayload): Graph {
  const graph = new Graph({ multi: true });
  addPayload(graph, data);
  return graph;
}

/**
 * Adds the nodes and edges of a /api/graph payload that the canvas lacks (the whole overview, or a focus that
 * reaches past it); returns how many nodes were new. New nodes start on a circle, or beside a neighbour
 * already placed, and the layout moves them.
 */
/** How an entity is drawn whatever brought it onto the canvas: its shortened label, full name, type and colour. */
export const nodeLook = (n: GraphPayload['nodes'][number]) => ({
  label: shortLabel(n.label),
  name: n.label,
  entityType: n.type,
  kind: n.kind,
  color: colourOf(n.type),
});

export function addPayload(graph: Graph, data: GraphPayload): number {
  const fresh = data.nodes.filter((n) => !graph.hasNode(n.id));
  const placed = graph.order > 0;
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    const near = placed ? data.edges.find((e) => e.source === n.id || e.target === n.id) : undefined;
    const anchor = near ? (near.source === n.id ? near.target : near.source) : null;
    const origin =
      anchor && graph.hasNode(anchor) ? (graph.getNodeAttributes(anchor) as { x: number; y: number }) : null;
    graph.addNode(n.id, {
      ...nodeLook(n),
      size: sizeOf(n.degree, n.mentions),
      degree: n.degree,
      mentions: n.mentions,
      x: origin ? origin.x + Math.cos(angle) * 10 : Math.cos(angle) * 100 + (i % 7),
      y: origin ? origin.y + Math.sin(angle) * 10 : Math.sin(angle) * 100 + (i % 5),
    });
  });
  for (const e of data.edges) addEdge(graph, e.source, e.type, e.target, e.count);
  return fresh.length;
}

/** Adds an entity's neighbours and their edges around it; returns how many nodes were new. */
export function addNeighbours(graph: Graph, n: Neighbours): number {
  let added = 0;
  const origin = graph.hasNode(n.entity.id) ? graph.getNodeAttributes(n.entity.id) : { x: 0, y: 0 };
  for (const node of [n.entity, ...n.nodes]) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      label: shortLabel(speakerName(node)),
      name: speakerName(node),
      entityType: node.type,
      kind: node.kind,
      color: colourOf(node.type),
      size: 5,
      x: (origin.x as number) + Math.cos(added) * 10,
      y: (origin.y as number) + Math.sin(added) * 10,
    });
    added++;
  }
  for (const e of n.edges) addEdge(graph, e.source, e.type, e.target);
  return added;
}

/** Adds a Cypher result's nodes (by their entity id when they have one) and relationships; returns its node ids. */
export function addResult(graph: Graph, g: ResultGraph): string[] {
  const ids = new Map<string, string>();
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  g.nodes.forEach((n, i) => {
    const id = text(n.properties.id) ?? n.id;
    ids.set(n.id, id);
    if (graph.hasNode(id)) return;
    const type = text(n.properties.type) ?? n.labels.find((l) => l in TYPE_COLOURS) ?? n.labels[0] ?? 'Node';
    graph.addNode(id, {
      label: text(n.properties.name) ?? text(n.properties.title) ?? n.labels.join(':'),
      entityType: type,
      color: colourOf(type),
      size: 5,
      x: Math.cos(i) * 50,
      y: Math.sin(i) * 50,
    });
  });
  for (const r of g.relationships) {
    const s = ids.get(r.start);
    const t = ids.get(r.end);
    if (s && t) addEdge(graph, s, r.type, t);
  }
  return [...new Set(ids.values())];
}
