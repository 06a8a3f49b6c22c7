// Exports of the current view: GEXF of the graph as shown (graphology-gexf) and a PNG of the canvas.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { write } from 'graphology-gexf/browser';

function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function exportGexf(graph: Graph): void {
  const url = URL.createObjectURL(new Blob([write(graph)], { type: 'application/xml' }));
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
