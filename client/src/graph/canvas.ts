// Sigma's settings for the explorer: readable labels, arrowheads, edges and labels hidden while the camera
// moves, and reducers that draw the state: filters hide, a focus (hover, else the selection) dims the rest.
import type Graph from 'graphology';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { CURVED } from './parallel.js';
import { edgeShown, type Filters } from './visibility.js';

export interface CanvasView {
  filters: Filters;
  /** The nodes the filters leave (see shownNodes); recomputed when a filter changes. */
  shown: Set<string>;
  hovered: string | null;
  selected: string | null;
  /** The selected edge's key. */
  edge?: string | null | undefined;
}

export function canvasSettings(graph: Graph, view: () => CanvasView) {
  return {
    renderEdgeLabels: false,
    // Off: a click on an edge is found by geometry (edge-pick.ts), so no frame pays for a picking pass.
    enableEdgeEvents: false,
    // Arrowheads: a relation reads from subject to object. Edges sharing their ends are curved apart (parallel.ts).
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { [CURVED]: EdgeCurvedArrowProgram },
    labelRenderedSizeThreshold: 6,
    labelDensity: 0.7,
    labelGridCellSize: 60,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    zIndex: true,
    nodeReducer: (node: string, attrs: Record<string, unknown>) => {
      const v = view();
      const filtered = v.shown.size !== graph.order;
      if (!filtered && !v.hovered && !v.selected) return attrs;
      const res: Record<string, unknown> = { ...attrs };
      if (filtered && !v.shown.has(node)) res.hidden = true;
      const focus = v.hovered ?? v.selected;
      if (focus && graph.hasNode(focus) && node !== focus && !graph.areNeighbors(node, focus)) {
        res.color = '#ddd';
        res.label = '';
      }
      if (node === v.selected) {
        res.highlighted = true;
        res.zIndex = 1;
      }
      return res;
    },
    edgeReducer: (edge: string, attrs: Record<string, unknown>) => {
      const v = view();
      if ((v.filters.preds || v.shown.size !== graph.order) && !edgeShown(graph, edge, v.filters, v.shown))
        return { ...attrs, hidden: true };
      if (edge === v.edge) return { ...attrs, color: '#000', size: (attrs.size as number) + 2, zIndex: 1 };
      const focus = v.hovered ?? v.selected;
      if (focus && graph.hasNode(focus) && !graph.extremities(edge).includes(focus)) return { ...attrs, hidden: true };
      return attrs;
    },
  };
}

/** Frames the camera on the nodes shown, so far-flung hidden ones do not shrink the picture. */
export function frameBox(graph: Graph, shown: Set<string>) {
  if (!shown.size) return null;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of shown) {
    const { x, y } = graph.getNodeAttributes(n) as { x: number; y: number };
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  }
  return { x: [x0, x1] as [number, number], y: [y0, y1] as [number, number] };
}
