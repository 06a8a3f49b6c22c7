// Exports of the current view: GEXF of the graph as filtered on screen (graphology-gexf) and a PNG of the canvas.
import Graph from 'graphology';
import type Sigma from 'sigma';
import { write } from 'graphology-gexf/browser';
import { edgeShown, shownNodes, type Filters } from './visibility.js';

function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

// graphology-gexf writes a malformed viz namespace (three slashes, 1.1 draft); Gephi expects the 1.2 one.
const VIZ_NS = 'http://www.gexf.net/1.2draft/viz';

/** The nodes and edges the filters show, as a GEXF 1.2 document. */
export function gexfOf(graph: Graph, filters: Filters, only: Set<string> | null = null): string {
  const nodes = shownNodes(graph, filters, only);
  const out = new Graph({ type: 'directed', multi: true });
  for (const n of nodes) out.addNode(n, graph.getNodeAttributes(n));
  graph.forEachEdge((e, a, s, t) => {
    if (edgeShown(graph, e, filters, nodes)) out.addEdgeWithKey(e, s, t, a);
  });
  return write(out).replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${VIZ_NS}"`);
}

export function exportGexf(xml: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  download('claimgraph.gexf', url);
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Sigma draws on several stacked canvases; render once and compose them right away onto one. */
export function exportPng(renderer: Sigma): void {
  renderer.refresh();
  const layers = renderer.getCanvases();
  const first = Object.values(layers)[0];
  if (!first) return;
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fafafa';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const c of Object.values(layers)) ctx.drawImage(c, 0, 0);
  download('claimgraph.png', out.toDataURL('image/png'));
}
