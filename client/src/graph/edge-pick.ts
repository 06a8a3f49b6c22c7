// Finds the edge under a click by geometry. Sigma's own edge events (enableEdgeEvents) draw every edge a second
// time into a picking buffer on every frame, which made the first frame of a 10,000-node graph too slow; a click
// is rare, so the edges are measured only then. Its picking buffer cannot be switched on later either: sigma
// creates it only when the renderer is built.
import type Sigma from 'sigma';
import { CURVED } from './parallel.js';

interface Point {
  x: number;
  y: number;
}

/** An edge as drawn: its key, its line on screen (two points, or more along a curve), and how far from it a click
 * still counts. */
export interface DrawnEdge {
  key: string;
  path: Point[];
  reach: number;
}

/** Beyond the drawn half-thickness, a click this many pixels from a line still takes the edge. */
export const CLICK_TOLERANCE_PX = 4;

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The edge whose line is nearest to the point, among those within their reach; null when none is. */
export function nearestEdge(p: Point, edges: Iterable<DrawnEdge>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const e of edges) {
    let d = Infinity;
    for (let i = 1; i < e.path.length; i++) d = Math.min(d, distanceToSegment(p, e.path[i - 1]!, e.path[i]!));
    // `<=` lets the edge drawn later (on top) win a tie, as it would on screen.
    if (d <= e.reach && d <= bestDistance) [best, bestDistance] = [e.key, d];
  }
  return best;
}

/** Segments along a curved edge as @sigma/edge-curve draws it: a quadratic Bézier whose control point stands off
 * the middle, to the curve's side, by its curvature times its length (in viewport pixels, y pointing down). */
export function curve(a: Point, b: Point, curvature: number, steps = 24): Point[] {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const c = { x: (a.x + b.x) / 2 + curvature * dy, y: (a.y + b.y) / 2 - curvature * dx };
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const [u, v, w] = [(1 - t) * (1 - t), 2 * t * (1 - t), t * t];
    return { x: u * a.x + v * c.x + w * b.x, y: u * a.y + v * c.y + w * b.y };
  });
}

/** The visible edges as the renderer draws them now, in viewport pixels (the coordinates of its events). */
export function* drawnEdges(renderer: Sigma): Generator<DrawnEdge> {
  const graph = renderer.getGraph();
  const onScreen = new Map<string, Point | null>();
  const at = (node: string) => {
    if (!onScreen.has(node)) {
      const d = renderer.getNodeDisplayData(node);
      onScreen.set(node, d && !d.hidden ? renderer.framedGraphToViewport(d) : null);
    }
    return onScreen.get(node) ?? null;
  };
  const minThickness = renderer.getSetting('minEdgeThickness');
  for (const key of graph.edges()) {
    const data = renderer.getEdgeDisplayData(key);
    if (!data || data.hidden) continue;
    const [a, b] = [at(graph.source(key)), at(graph.target(key))];
    if (!a || !b) continue;
    // Sigma's edge shaders draw size (scaled with the zoom) on each side of the line, never under minEdgeThickness.
    const halfThickness = Math.max(renderer.scaleSize(data.size), minThickness);
    const curvature = data.type === CURVED ? Number((data as { curvature?: unknown }).curvature ?? 0) : 0;
    yield { key, path: curvature ? curve(a, b, curvature) : [a, b], reach: halfThickness + CLICK_TOLERANCE_PX };
  }
}

/**
 * A click on the canvas that hits no node goes to onEdge with the edge under it, or to onStage when there is none.
 */
export function onCanvasClick(renderer: Sigma, onEdge: (edge: string) => void, onStage: () => void) {
  renderer.on('clickStage', ({ event }) => {
    const edge = nearestEdge(event, drawnEdges(renderer));
    if (edge) onEdge(edge);
    else onStage();
  });
}
