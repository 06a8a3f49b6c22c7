// The explorer's wiring: loads the overview graph, puts the state in a store, and connects the canvas, legend,
// search, side panel, status line and browser history to it. Each of those lives in its own module.
import Sigma from 'sigma';
import type Graph from 'graphology';
import { api } from './api/client.js';
import { readState } from './state/url.js';
import { createStore, historyEntry, initialState, type AppState, type Store } from './state/store.js';
import { writeHistory } from './state/history.js';
import { addNeighbours, addResult, buildGraph } from './graph/build.js';
import { canvasSettings } from './graph/canvas.js';
import { runLayout } from './graph/layout.js';
import { shownNodes } from './graph/visibility.js';
import { exportGexf, exportPng, gexfOf } from './graph/export.js';
import { mountLegend } from './views/legend.js';
import { mountStructure } from './views/structure.js';
import { mountSavedViews } from './views/saved.js';
import { mountNodeTable, nameOf } from './views/node-table.js';
import { focusPanelHeading } from './views/panel-focus.js';
import { createStructureCache, workerCompute } from './graph/structure-cache.js';
import { mountSearch } from './views/search.js';
import { panelKey, showPanel } from './views/side.js';
import { reportCounts } from './views/status.js';
import { generateGraph } from './bench/generate.js';
import { measure } from './bench/measure.js';

const $ = (id: string) => document.getElementById(id)!;
const status = $('status');
const panel = $('panel');

/** The fields that decide which nodes are shown: when they change, visibility is computed again. */
const filterKey = (s: AppState) => JSON.stringify([s.hidden, s.preds, s.isolated, s.result, s.entity]);

function mountExplorer(graph: Graph, store: Store, total: number): Sigma {
  let shown = shownNodes(graph, store.get(), null);
  const refilter = (s: AppState) => {
    shown = shownNodes(graph, s, s.result ? new Set(s.result) : null);
  };
  const renderer = new Sigma(
    graph,
    $('graph'),
    canvasSettings(graph, () => {
      const s = store.get();
      return { filters: s, shown, hovered: s.hovered, selected: s.entity };
    }),
  );
  let legendDrawnFor = '';
  /** The legend is drawn again only when the graph grew; otherwise its boxes are ticked to match the state. */
  const drawLegend = (s: AppState) => {
    const size = `${graph.order}/${graph.size}`;
    if (size === legendDrawnFor) legend.sync(s);
    else legend.render(graph, s);
    legendDrawnFor = size;
  };
  const report = (s: AppState) => {
    reportCounts(status, $('empty'), graph, shown.size, s.result, total);
    // The status line is polite and short: it names the selection; the panel itself is not announced.
    if (s.entity) status.textContent += ` · Selected ${nameOf(graph, s.entity)}`;
  };
  const table = mountNodeTable($('graph-table'), graph, () => shown, store);
  /** After nodes or edges were added or taken out. */
  const graphChanged = () => {
    refilter(store.get());
    drawLegend(store.get());
    report(store.get());
    table.refresh();
    renderer.refresh();
  };
  const structure = mountStructure({
    graph,
    store,
    cache: createStructureCache(workerCompute()),
    graphChanged,
    repaint: () => {
      renderer.refresh();
    },
  });
  const legend = mountLegend($('legend'), store.dispatch, store.get, [
    structure.section,
    mountSavedViews(store.dispatch, store.get),
  ]);
  const markTabs = (s: AppState) => {
    document.querySelectorAll<HTMLButtonElement>('.tabs button').forEach((b) => {
      if (b.dataset.view === (s.view ?? 'entity')) b.setAttribute('aria-current', 'page');
      else b.removeAttribute('aria-current');
    });
  };
  const showResult = (g: Parameters<typeof addResult>[1]) => {
    store.dispatch({ type: 'result', ids: addResult(graph, g) });
    structure.graphGrew();
  };
  const drawPanel = (s: AppState) => {
    showPanel(panel, s, { dispatch: store.dispatch, showResult });
  };

  store.subscribe((s, prev, action) => {
    writeHistory(s, historyEntry(action));
    if (filterKey(s) !== filterKey(prev) || action.type === 'result') refilter(s);
    drawLegend(s);
    report(s);
    markTabs(s);
    renderer.refresh();
    table.update();
    if (panelKey(s) !== panelKey(prev)) drawPanel(s);
    if (action.type === 'select' || action.type === 'document') focusPanelHeading(panel);
    if (action.type === 'select' && graph.hasNode(action.id)) {
      const pos = renderer.getNodeDisplayData(action.id);
      if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 400 });
    }
    if (action.type === 'reset') void renderer.getCamera().animatedReset({ duration: 300 });
  });

  // Expand: the entity's neighbours join the canvas (capped by the API, which says how many more there are).
  const expand = async (id: string) => {
    try {
      const n = await api.neighbours(id);
      const added = addNeighbours(graph, n);
      graphChanged();
      structure.graphGrew();
      status.textContent += ` · expanded ${added} new${n.more ? ` (and ${n.more} more)` : ''}`;
    } catch (e) {
      status.textContent = `Could not expand: ${(e as Error).message}`;
    }
  };
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    void expand(node);
  });
  panel.addEventListener('expand', (e) => void expand((e as CustomEvent<string>).detail));
  renderer.on('clickNode', ({ node }) => {
    store.dispatch({ type: 'select', id: node });
  });
  renderer.on('enterNode', ({ node }) => {
    store.dispatch({ type: 'hover', id: node });
  });
  renderer.on('leaveNode', () => {
    store.dispatch({ type: 'hover', id: null });
  });
  const deselect = () => {
    const s = store.get();
    if (s.entity || s.doc) store.dispatch({ type: 'deselect' });
  };
  renderer.on('clickStage', deselect);
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (e.key === 'Escape' && !target?.closest('input, textarea, select')) deselect();
  });
  mountSearch($('search-box'), (id) => {
    store.dispatch({ type: 'select', id });
  });
  document.querySelectorAll<HTMLButtonElement>('.tabs button').forEach((b) => {
    b.addEventListener('click', () => {
      store.dispatch({ type: 'view', view: b.dataset.view as NonNullable<AppState['view']> });
    });
  });
  $('reset').addEventListener('click', () => {
    store.dispatch({ type: 'reset' });
  });
  window.addEventListener('popstate', () => {
    store.dispatch({ type: 'restore', url: readState(location.search) });
  });
  $('export-gexf').addEventListener('click', () => {
    const s = store.get();
    exportGexf(gexfOf(graph, s, s.result ? new Set(s.result) : null));
  });
  $('export-png').addEventListener('click', () => {
    exportPng(renderer);
  });

  const s = store.get();
  drawLegend(s);
  report(s);
  markTabs(s);
  drawPanel(s);
  runLayout(graph, renderer, $('layout-toggle') as HTMLButtonElement, () => shown);
  return renderer;
}

/** ?bench=N: the explorer on a generated graph of N nodes (no API, no layout), measured like bare sigma. */
function benchmarkMode(n: number): void {
  const graph = generateGraph(n);
  // Every generated node is drawn, as bare sigma draws them, unconnected ones included.
  const filters = { hidden: [], isolated: true };
  const shown = shownNodes(graph, filters);
  const renderer = new Sigma(
    graph,
    $('graph'),
    canvasSettings(graph, () => ({ filters, shown, hovered: null, selected: null })),
  );
  const state = initialState({ entity: null, hidden: [], isolated: true });
  mountLegend(
    $('legend'),
    () => {},
    () => state,
  ).render(graph, state);
  status.textContent = `${graph.order} nodes, ${graph.size} edges (benchmark)`;
  void measure(renderer).then((f) => {
    (window as unknown as { __bench: unknown }).__bench = f;
  });
}

async function main(): Promise<void> {
  const bench = Number(new URLSearchParams(location.search).get('bench'));
  if (bench > 0) {
    benchmarkMode(bench);
    return;
  }
  let data;
  try {
    data = await api.graph(400);
  } catch (e) {
    status.textContent = `Could not load the graph: ${(e as Error).message}`;
    status.dataset.error = 'true';
    return;
  }
  if (data.nodes.length === 0) {
    status.textContent = 'The graph is empty: ingest some documents (npm run ingest -- <files>).';
    return;
  }
  const store = createStore(initialState(readState(location.search)));
  const renderer = mountExplorer(buildGraph(data), store, data.total);
  (window as unknown as { __sigma: Sigma }).__sigma = renderer;
}

void main();
