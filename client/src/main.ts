// The explorer: overview graph (ForceAtlas2 in a web worker, sigma), search, type filters, hover
// highlighting and an entity panel with evidence; the selection and filters live in the URL.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { api } from './api/client.js';
import type { GraphPayload } from './types.js';
import { colourOf, sizeOf, TYPE_COLOURS } from './styles.js';
import { readState, writeState, type ViewState } from './state/url.js';
import { mountSearch } from './views/search.js';
import { showEntity } from './views/panel.js';
import { showDocument } from './views/document.js';
import { showPath } from './views/path.js';
import { showClaims } from './views/claims.js';
import { showCypher, type ResultGraph } from './views/cypher.js';
import { exportGexf, exportPng, gexfOf } from './graph/export.js';
import { edgeShown, shownNodes } from './graph/visibility.js';
import { edgeKey } from './graph/keys.js';
import { generateGraph } from './bench/generate.js';
import { measure } from './bench/measure.js';
import type { View } from './state/url.js';
import { el } from './views/dom.js';

const status = document.getElementById('status')!;
const legend = document.getElementById('legend')!;
const empty = document.getElementById('empty')!;
const panel = document.getElementById('panel')!;
const toggle = document.getElementById('layout-toggle') as HTMLButtonElement;
const state: ViewState = readState(location.search);
let hovered: string | null = null;
/** A Cypher result shown on the canvas keeps only its own nodes; null when none is shown. */
let result: Set<string> | null = null;
/** The nodes the filters leave on the canvas (recomputed when a filter changes, not per frame). */
let shown = new Set<string>();

function refilter(graph: Graph): void {
  shown = shownNodes(graph, state, result);
}

/** The node count the user sees: entities left after the type and relation filters. */
function reportCounts(graph: Graph): void {
  const visible = shown.size;
  status.dataset.visible = String(visible);
  empty.hidden = visible > 0;
  status.textContent =
    visible === 0
      ? 'Every entity is hidden by the filters: tick a type or a relation, or Reset.'
      : `${visible} of ${graph.order} entities shown, ${graph.size} edges`;
}

// Stance edges: vermillion and blue stay apart under red-green colour blindness (Okabe-Ito pair).
const EDGE_COLOURS: Record<string, string> = { CRITICISES: '#D55E00', PRAISES: '#0072B2' };

function build(data: GraphPayload): Graph {
  const graph = new Graph({ multi: true });
  data.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
    graph.addNode(n.id, {
      label: n.label,
      entityType: n.type,
      kind: n.kind,
      color: colourOf(n.type),
      size: sizeOf(n.degree, n.mentions),
      x: Math.cos(angle) * 100 + (i % 7),
      y: Math.sin(angle) * 100 + (i % 5),
    });
  });
  for (const e of data.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.addEdgeWithKey(edgeKey(e.source, e.type, e.target), e.source, e.target, {
        label: e.type,
        size: 1 + Math.min(4, e.count),
        color: EDGE_COLOURS[e.type] ?? '#bbb',
      });
  return graph;
}

function renderLegend(graph: Graph, renderer: Sigma): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => {
    const type = a.entityType as string;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  });
  const ul = el('ul', {});
  for (const type of Object.keys(TYPE_COLOURS)) {
    const box = el('input', { type: 'checkbox', 'data-type': type });
    box.checked = !state.hidden.includes(type);
    box.addEventListener('change', () => {
      state.hidden = box.checked ? state.hidden.filter((t) => t !== type) : [...state.hidden, type];
      refilter(graph);
      syncUrl();
      renderer.refresh();
      reportCounts(graph);
    });
    const sw = el('span', { class: 'swatch' });
    sw.style.background = colourOf(type);
    const kinds = new Map<string, number>();
    graph.forEachNode((_, a) => {
      if (a.entityType === type && a.kind) kinds.set(a.kind as string, (kinds.get(a.kind as string) ?? 0) + 1);
    });
    const kindList = kinds.size
      ? el(
          'p',
          { class: 'muted kinds' },
          [...kinds]
            .sort((x, y) => y[1] - x[1])
            .map(([k, n]) => `${k} ${n}`)
            .join(' · '),
        )
      : null;
    ul.append(el('li', {}, el('label', {}, box, sw, `${type} (${counts.get(type) ?? 0})`), kindList));
  }
  const predCounts = new Map<string, number>();
  graph.forEachEdge((_, a) => predCounts.set(a.label as string, (predCounts.get(a.label as string) ?? 0) + 1));
  const preds = el('ul', {});
  for (const [pred, n] of [...predCounts].sort()) {
    const box = el('input', { type: 'checkbox', 'data-predicate': pred });
    box.checked = !state.preds || state.preds.includes(pred);
    box.addEventListener('change', () => {
      const all = [...predCounts.keys()];
      const current = state.preds ?? all;
      const next = box.checked ? [...current, pred] : current.filter((p) => p !== pred);
      state.preds = next.length === all.length ? undefined : next;
      refilter(graph);
      syncUrl();
      renderer.refresh();
      reportCounts(graph);
    });
    const line = el('span', { class: 'edge-swatch' });
    line.style.background = EDGE_COLOURS[pred] ?? '#bbb';
    preds.append(el('li', {}, el('label', {}, box, line, `${pred} (${n})`)));
  }
  // Collapsible and on the canvas, so the side panel starts with the results; folded on a small screen.
  const open = legend.querySelector('details')?.open ?? window.innerWidth >= 1000;
  const details = el(
    'details',
    {},
    el('summary', {}, 'Filters'),
    el('h2', { class: 'muted' }, 'Types'),
    ul,
    el('h2', { class: 'muted' }, 'Relations'),
    preds,
    unconnected(graph, renderer),
  );
  details.open = open;
  legend.replaceChildren(details);
}

/** Entities without an edge: off the canvas unless asked for, and listed here so each stays one click away. */
function unconnected(graph: Graph, renderer: Sigma): HTMLElement {
  const alone = graph.filterNodes((n) => graph.degree(n) === 0);
  const box = el('input', { type: 'checkbox', id: 'show-isolated' });
  box.checked = Boolean(state.isolated);
  box.addEventListener('change', () => {
    state.isolated = box.checked || undefined;
    refilter(graph);
    syncUrl();
    renderer.refresh();
    reportCounts(graph);
  });
  const list = el(
    'ul',
    { id: 'isolated-list' },
    ...alone
      .map((n) => ({ n, label: graph.getNodeAttribute(n, 'label') as string }))
      .sort((a, b) => a.label.localeCompare(b.label))
      .map(({ n, label }) => {
        const b = el('button', { type: 'button', class: 'link', 'data-id': n }, label);
        b.addEventListener('click', () => legend.dispatchEvent(new CustomEvent('select', { detail: n })));
        return el('li', {}, b);
      }),
  );
  return el(
    'section',
    {},
    el('h2', { class: 'muted' }, 'Unconnected'),
    el('label', {}, box, `Draw the ${alone.length} entities with no relation`),
    el('details', { class: 'isolated' }, el('summary', {}, `List them (${alone.length})`), list),
  );
}

/** Who criticises or praises whom: only the stance edges and the entities they join. */
export function showStanceNetwork(graph: Graph, renderer: Sigma): void {
  state.preds = ['CRITICISES', 'PRAISES'];
  refilter(graph);
  syncUrl();
  renderLegend(graph, renderer);
  renderer.refresh();
}

/**
 * Writes the view into the URL. A new selection, view or document is a history entry (Back returns to the
 * previous one); filter changes replace the current entry.
 */
function syncUrl(entry: 'push' | 'replace' = 'replace'): void {
  const url = `${location.pathname}${writeState(state)}`;
  if (entry === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Frames the camera on the entities shown, so far-flung hidden ones do not shrink the picture. */
function frameShown(graph: Graph, renderer: Sigma): void {
  if (!shown.size) return;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of shown) {
    xs.push(graph.getNodeAttribute(n, 'x') as number);
    ys.push(graph.getNodeAttribute(n, 'y') as number);
  }
  renderer.setCustomBBox({ x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] });
  renderer.refresh();
}

/** ?bench=N: the explorer on a generated graph of N nodes (no API, no layout), measured like bare sigma. */
function benchmarkMode(n: number): void {
  const graph = generateGraph(n);
  refilter(graph);
  const renderer = new Sigma(graph, document.getElementById('graph')!, sigmaSettings(graph));
  renderLegend(graph, renderer);
  status.textContent = `${graph.order} nodes, ${graph.size} edges (benchmark)`;
  void measure(renderer).then((f) => {
    (window as unknown as { __bench: unknown }).__bench = f;
  });
}

/** The explorer's sigma settings: readable labels, and edges and labels hidden while the camera moves. */
function sigmaSettings(graph: Graph) {
  return {
    renderEdgeLabels: false,
    // Arrowheads: a relation reads from subject to object.
    defaultEdgeType: 'arrow',
    labelRenderedSizeThreshold: 6,
    labelDensity: 0.7,
    labelGridCellSize: 60,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    zIndex: true,
    nodeReducer: (node: string, attrs: Record<string, unknown>) => {
      const filtered = shown.size !== graph.order;
      if (!filtered && !hovered && !state.entity) return attrs;
      const res: Record<string, unknown> = { ...attrs };
      if (filtered && !shown.has(node)) res.hidden = true;
      const focus = hovered ?? state.entity;
      if (focus && graph.hasNode(focus) && node !== focus && !graph.areNeighbors(node, focus)) {
        res.color = '#ddd';
        res.label = '';
      }
      if (node === state.entity) {
        res.highlighted = true;
        res.zIndex = 1;
      }
      return res;
    },
    edgeReducer: (edge: string, attrs: Record<string, unknown>) => {
      if ((state.preds || shown.size !== graph.order) && !edgeShown(graph, edge, state, shown))
        return { ...attrs, hidden: true };
      const focus = hovered ?? state.entity;
      if (focus && graph.hasNode(focus) && !graph.extremities(edge).includes(focus)) return { ...attrs, hidden: true };
      return attrs;
    },
  };
}

async function main(): Promise<void> {
  const bench = Number(new URLSearchParams(location.search).get('bench'));
  if (bench > 0) {
    benchmarkMode(bench);
    return;
  }
  let data: GraphPayload;
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
  const graph = build(data);
  refilter(graph);
  const renderer = new Sigma(graph, document.getElementById('graph')!, sigmaSettings(graph));
  renderLegend(graph, renderer);

  const openDocument = (id: string) => {
    state.doc = id;
    syncUrl('push');
    void showDocument(panel, id, select);
  };
  function select(id: string, entry: 'push' | 'replace' = 'push') {
    state.entity = id;
    state.doc = null;
    state.view = 'entity';
    // A selection made by search or touch never leaves the last hovered node in charge of the highlight.
    hovered = null;
    refilter(graph);
    markTab();
    syncUrl(entry);
    renderer.refresh();
    if (graph.hasNode(id)) {
      const pos = renderer.getNodeDisplayData(id);
      if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 400 });
    }
    void showEntity(panel, id, select, openDocument);
  }
  legend.addEventListener('select', (e) => {
    select((e as CustomEvent<string>).detail);
  });
  renderer.on('clickNode', ({ node }) => {
    select(node);
  });
  // Expand: add the entity's neighbours (capped by the API, which says how many more there are).
  const expand = async (id: string) => {
    try {
      const n = await api.neighbours(id);
      let added = 0;
      const origin = graph.hasNode(id) ? graph.getNodeAttributes(id) : { x: 0, y: 0 };
      for (const node of [n.entity, ...n.nodes]) {
        if (graph.hasNode(node.id)) continue;
        graph.addNode(node.id, {
          label: node.name,
          entityType: node.type,
          kind: node.kind,
          color: colourOf(node.type),
          size: 5,
          x: (origin.x as number) + Math.cos(added) * 10,
          y: (origin.y as number) + Math.sin(added) * 10,
        });
        added++;
      }
      for (const e of n.edges) {
        const key = edgeKey(e.source, e.type, e.target);
        if (!graph.hasEdge(key) && graph.hasNode(e.source) && graph.hasNode(e.target))
          graph.addEdgeWithKey(key, e.source, e.target, {
            label: e.type,
            size: 1,
            color: EDGE_COLOURS[e.type] ?? '#bbb',
          });
      }
      status.textContent = `${graph.order} nodes, ${graph.size} edges · expanded ${added} new${n.more ? ` (and ${n.more} more)` : ''}`;
      status.dataset.nodes = String(graph.order);
      refilter(graph);
      renderLegend(graph, renderer);
    } catch (e) {
      status.textContent = `Could not expand: ${(e as Error).message}`;
    }
  };
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    void expand(node);
  });
  panel.addEventListener('expand', (e) => void expand((e as CustomEvent<string>).detail));
  const sizeBy = document.getElementById('size-by') as HTMLSelectElement;
  const degreeOf = new Map(data.nodes.map((n) => [n.id, n]));
  sizeBy.addEventListener('change', () => {
    graph.forEachNode((id) => {
      const d = degreeOf.get(id);
      if (!d) return;
      const degree = sizeBy.value === 'mentions' ? 0 : d.degree;
      const mentions = sizeBy.value === 'degree' ? 0 : d.mentions;
      graph.setNodeAttribute(id, 'size', sizeOf(degree, mentions));
    });
  });
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    renderer.refresh();
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    renderer.refresh();
  });
  mountSearch(document.getElementById('search-box')!, select);

  const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
  layout.start();
  setTimeout(() => {
    layout.stop();
    toggle.textContent = 'Start layout';
    frameShown(graph, renderer);
  }, 3000);
  toggle.addEventListener('click', () => {
    if (layout.isRunning()) {
      layout.stop();
      toggle.textContent = 'Start layout';
      frameShown(graph, renderer);
    } else {
      renderer.setCustomBBox(null);
      layout.start();
      toggle.textContent = 'Stop layout';
    }
  });
  reportCounts(graph);
  if (data.truncated) status.textContent += ` (the ${graph.order} most connected of ${data.total})`;
  status.dataset.nodes = String(graph.order);
  const markTab = () => {
    document.querySelectorAll<HTMLButtonElement>('.tabs button').forEach((b) => {
      if (b.dataset.view === (state.view ?? 'entity')) b.setAttribute('aria-current', 'page');
      else b.removeAttribute('aria-current');
    });
  };
  const openView = (view: View, entry: 'push' | 'replace' = 'push') => {
    state.view = view;
    // A Cypher result dims everything else only while its tab is open.
    if (view !== 'cypher' && result) {
      result = null;
      delete status.dataset.result;
      refilter(graph);
      reportCounts(graph);
    }
    markTab();
    syncUrl(entry);
    renderer.refresh();
    panel.hidden = false;
    delete panel.dataset.entity;
    delete panel.dataset.document;
    if (view === 'path') showPath(panel, state.entity, select);
    else if (view === 'claims')
      showClaims(panel, select, () => {
        showStanceNetwork(graph, renderer);
      });
    else if (view === 'cypher')
      showCypher(
        panel,
        state.query ?? '',
        (q) => {
          state.query = q;
          syncUrl();
        },
        (g) => {
          showResultGraph(g);
        },
      );
    else if (state.entity) select(state.entity, 'replace');
    else
      panel.replaceChildren(
        el('p', { class: 'muted' }, 'Search or click a node to see an entity and the words behind its relations.'),
      );
  };
  /** A Cypher result on the canvas: its nodes and relationships are added and everything else dimmed. */
  const showResultGraph = (g: ResultGraph) => {
    const ids = new Map<string, string>();
    g.nodes.forEach((n, i) => {
      const id = typeof n.properties.id === 'string' ? n.properties.id : n.id;
      ids.set(n.id, id);
      if (!graph.hasNode(id)) {
        const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
        const type = text(n.properties.type) ?? n.labels.find((l) => l in TYPE_COLOURS) ?? n.labels[0] ?? 'Node';
        graph.addNode(id, {
          label: text(n.properties.name) ?? text(n.properties.title) ?? n.labels.join(':'),
          entityType: type,
          color: colourOf(type),
          size: 5,
          x: Math.cos(i) * 50,
          y: Math.sin(i) * 50,
        });
      }
    });
    for (const r of g.relationships) {
      const s = ids.get(r.start);
      const t = ids.get(r.end);
      if (s && t && !graph.hasEdge(edgeKey(s, r.type, t)))
        graph.addEdgeWithKey(edgeKey(s, r.type, t), s, t, {
          label: r.type,
          size: 1,
          color: EDGE_COLOURS[r.type] ?? '#888',
        });
    }
    result = new Set(ids.values());
    refilter(graph);
    status.textContent = `${graph.order} nodes, ${graph.size} edges · showing ${result.size} from the query`;
    status.dataset.result = String(result.size);
    renderer.refresh();
  };
  document.querySelectorAll<HTMLButtonElement>('.tabs button').forEach((b) => {
    b.addEventListener('click', () => {
      openView(b.dataset.view as View);
    });
  });
  document.getElementById('export-gexf')!.addEventListener('click', () => {
    exportGexf(gexfOf(graph, state, result));
  });
  document.getElementById('export-png')!.addEventListener('click', () => {
    exportPng(renderer);
  });
  /** Shows whatever the state says: on load, and after Back or Forward. */
  const restore = () => {
    hovered = null;
    refilter(graph);
    renderLegend(graph, renderer);
    markTab();
    renderer.refresh();
    reportCounts(graph);
    if (state.view && state.view !== 'entity') openView(state.view, 'replace');
    else if (state.doc) void showDocument(panel, state.doc, select);
    else if (state.entity) void showEntity(panel, state.entity, select, openDocument);
    else overview();
  };
  const overview = () => {
    delete panel.dataset.entity;
    delete panel.dataset.document;
    panel.hidden = false;
    panel.replaceChildren(
      el('p', { class: 'muted' }, 'Search or click a node to see an entity and the words behind its relations.'),
    );
  };
  const deselect = () => {
    if (!state.entity && !state.doc) return;
    state.entity = null;
    state.doc = null;
    hovered = null;
    refilter(graph);
    syncUrl('push');
    renderer.refresh();
    overview();
  };
  renderer.on('clickStage', deselect);
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (e.key !== 'Escape' || target?.closest('input, textarea, select')) return;
    deselect();
  });
  document.getElementById('reset')?.addEventListener('click', () => {
    Object.assign(state, {
      entity: null,
      doc: null,
      view: 'entity',
      query: undefined,
      preds: undefined,
      isolated: undefined,
      hidden: [],
    });
    syncUrl('push');
    restore();
    void renderer.getCamera().animatedReset({ duration: 300 });
  });
  window.addEventListener('popstate', () => {
    const next = readState(location.search);
    Object.assign(state, { doc: null, view: 'entity', query: undefined, preds: undefined, isolated: undefined }, next);
    restore();
  });
  if (state.entity || state.doc || (state.view && state.view !== 'entity')) restore();
  else {
    markTab();
    overview();
  }
  (window as unknown as { __sigma: Sigma }).__sigma = renderer;
}

void main();
