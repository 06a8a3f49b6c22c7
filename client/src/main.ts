// Explorer first cut: load /api/graph, lay it out with ForceAtlas2 in a web worker, render with sigma.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { GraphPayload } from './types.js';
import { colourOf, sizeOf, TYPE_COLOURS } from './styles.js';

const status = document.getElementById('status')!;
const legend = document.getElementById('legend')!;
const toggle = document.getElementById('layout-toggle') as HTMLButtonElement;

async function load(): Promise<GraphPayload> {
  const res = await fetch('/api/graph?limit=400');
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as GraphPayload;
}

function build(data: GraphPayload): Graph {
  const graph = new Graph({ multi: true });
  data.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
    graph.addNode(n.id, {
      label: n.label, type: 'circle', entityType: n.type, kind: n.kind, color: colourOf(n.type), size: sizeOf(n.degree, n.mentions),
      x: Math.cos(angle) * 100 + (i % 7), y: Math.sin(angle) * 100 + (i % 5),
    });
  });
  for (const e of data.edges) if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.id, e.source, e.target, { label: e.type, size: 1 + Math.min(4, e.count), color: '#bbb' });
  return graph;
}

function renderLegend(graph: Graph): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  const ul = document.createElement('ul');
  for (const type of Object.keys(TYPE_COLOURS)) {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = colourOf(type);
    li.append(sw, document.createTextNode(`${type} (${counts.get(type) ?? 0})`));
    ul.append(li);
  }
  legend.replaceChildren(ul);
}

async function main(): Promise<void> {
  try {
    const data = await load();
    const graph = build(data);
    renderLegend(graph);
    const renderer = new Sigma(graph, document.getElementById('graph')!, {
      renderEdgeLabels: false, labelRenderedSizeThreshold: 6, labelDensity: 0.7, labelGridCellSize: 60,
      hideEdgesOnMove: true, hideLabelsOnMove: true,
    });
    const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
    layout.start();
    setTimeout(() => { layout.stop(); toggle.textContent = 'Start layout'; }, 4000);
    toggle.addEventListener('click', () => {
      if (layout.isRunning()) { layout.stop(); toggle.textContent = 'Start layout'; } else { layout.start(); toggle.textContent = 'Stop layout'; }
    });
    status.textContent = `${graph.order} nodes, ${graph.size} edges${data.truncated ? ` (of ${data.total} entities)` : ''}`;
    status.dataset.nodes = String(graph.order);
    (window as unknown as { __sigma: Sigma }).__sigma = renderer;
  } catch (e) {
    status.textContent = `Could not load the graph: ${(e as Error).message}`;
    status.dataset.error = 'true';
  }
}

void main();
