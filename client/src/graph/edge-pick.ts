// Finds the edge under a click by geometry. Sigma's own edge events (enableEdgeEvents) draw every edge a second
// time into a picking buffer on every frame, which made the first frame of a 10,000-node graph too slow; a click
// is rare, so the edges are measured only then. Its picking buffer cannot be switched on later either: sigma
// creates it only when the renderer is built.
import type Sigma from 'sigma';

interface Point {
  x: number;
  y: number;
}

/** An edge as drawn: its key, its two ends on screen, and how far from its line a click still counts. */
export interface DrawnEdge {
  key: string;
  a: Point;
  b: Point;
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
    const d = distanceToSegment(p, e.a, e.b);
    // `<=` lets the edge drawn later (on top) win a tie, as it would on screen.
    if (d <= e.reach && d <= bestDistance) [best, bestDistance] = [e.key, d];
  }
  return best;
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
    yield { key, a, b, reach: halfThickness + CLICK_TOLERANCE_PX };
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
