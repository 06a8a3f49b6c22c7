// The explorer's wiring: loads the overview graph, puts the state in a store, and connects the canvas, legend,
// search, side panel, status line and browser history to it. Each of those lives in its own module.
import Sigma from 'sigma';
import type Graph from 'graphology';
import { api } from './api/client.js';
import { readState } from './state/url.js';
import { createStore, historyEntry, initialState, type AppState, type Store } from './state/store.js';
import { writeHistory } from './state/history.js';
import { addNeighbours, addResult, buildGraph, recount } from './graph/build.js';
import { canvasSettings } from './graph/canvas.js';
import { onCanvasClick } from './graph/edge-pick.js';
import { cameraToFit } from './graph/camera.js';
import { keepParallelEdgesCurved } from './graph/parallel.js';
import { runLayout } from './graph/layout.js';
import { restrictTo, shownNodes } from './graph/visibility.js';
import { mountFocus } from './graph/focus.js';
import { mountTimeline } from './views/timeline.js';
import { mountFocusBar } from './views/focus-bar.js';
import { exportGexf, exportPng, gexfOf } from './graph/export.js';
import { mountLegend } from './views/legend.js';
import { mountStructure } from './views/structure.js';
import { mountSavedViews } from './views/saved.js';
import { mountNodeTable, nameOf as nodeName } from './views/node-table.js';
import { focusPanelHeading } from './views/panel-focus.js';
import { createStructureCache, workerCompute } from './graph/structure-cache.js';
import { mountSearch } from './views/search.js';
import { panelKey, showPanel } from './views/side.js';
import { reportCounts } from './views/status.js';

const $ = (id: string) => document.getElementById(id)!;
const status = $('status');
const panel = $('panel');

/** The fields that decide which nodes are shown: when they change, visibility is computed again. */
const filterKey = (s: AppState) => JSON.stringify([s.hidden, s.preds, s.isolated, s.result, s.entity]);

function mountExplorer(graph: Graph, store: Store, total: number): Sigma {
  /** The canvas focus (document, speaker, time window, neighbourhood): null while there is none. */
  let focus: Set<string> | null = null;
  /** What a Cypher result and the focus leave: one rule for the canvas, the counts and the export. */
  const only = (s: AppState) => restrictTo(s.result ? new Set(s.result) : null, focus);
  keepParallelEdgesCurved(graph);
  let shown = shownNodes(graph, store.get(), null);
  const nameOf = (id: string) =>
    (graph.hasNode(id) ? (graph.getNodeAttribute(id, 'name') as string | undefined) : undefined) ?? id;
  const refilter = (s: AppState) => {
    shown = shownNodes(graph, s, only(s));
  };
  const renderer = new Sigma(
    graph,
    $('graph'),
    canvasSettings(graph, () => {
      const s = store.get();
      return { filters: s, shown, hovered: s.hovered, selected: s.entity, edge: s.edge };
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
    if (s.entity) status.textContent += ` · Selected ${nodeName(graph, s.entity)}`;
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
    showPanel(panel, s, {
      dispatch: store.dispatch,
      showResult,
      nameOf,
      edgeCounted: (edge, n) => {
        recount(graph, edge, n);
        renderer.refresh();
      },
    });
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
    if (s.entity || s.doc || s.edge) store.dispatch({ type: 'deselect' });
  };
  // A click on an edge lists the claims behind it; a click on empty canvas deselects.
  onCanvasClick(
    renderer,
    (edge) => {
      store.dispatch({ type: 'edge', id: edge });
    },
    deselect,
  );
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
    exportGexf(gexfOf(graph, s, only(s)));
  });
  $('export-png').addEventListener('click', () => {
    exportPng(renderer);
  });

  panel.addEventListener('focus-canvas', (e) => {
    store.dispatch({ type: 'focus', ...(e as CustomEvent<object>).detail });
  });
  const frameFocus = () => {
    const target = cameraToFit(renderer, shown);
    if (target) void renderer.getCamera().animate(target, { duration: 500 });
  };
  const focusBar = mountFocusBar($('focus-bar'), store, nameOf);
  mountFocus(graph, store, (f) => {
    focus = f.nodes;
    const now = store.get();
    refilter(now);
    drawLegend(now);
    report(now);
    focusBar.done(f, shown.size);
    renderer.refresh();
    // A focus is framed; lifting it returns to the overview.
    if (f.nodes) frameFocus();
    else if (!f.error) void renderer.getCamera().animatedReset({ duration: 300 });
  });
  mountTimeline($('timeline'), store);

  const s = store.get();
  drawLegend(s);
  report(s);
  markTabs(s);
  drawPanel(s);
  // The layout moves every node: a focus set meanwhile is framed again where its nodes came to rest.
  runLayout(
    graph,
    renderer,
    $('layout-toggle') as HTMLButtonElement,
    () => shown,
    () => {
      if (focus) frameFocus();
    },
  );
  return renderer;
}

async function main(): Promise<void> {
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
  // Browser tests read what sigma draws; only their build (vite --mode e2e) has this hook.
  if (import.meta.env.MODE === 'e2e') (window as unknown as { __sigma: Sigma }).__sigma = renderer;
}

void main();
