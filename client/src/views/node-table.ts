// The graph as tables, for a screen reader or a keyboard: the entities and relations the filters leave on the
// canvas. Choosing a name selects it as a click on the canvas does. Folded until asked for; rows are built
// only while it is open. The explorer calls update after each action, once the filters are applied.
import type Graph from 'graphology';
import { el } from './dom.js';
import { edgeShown } from '../graph/visibility.js';
import type { Action, AppState } from '../state/store.js';

/** More rows than anyone reads in a list; the caption says how many are left out. */
const MAX_ROWS = 1000;

export const nameOf = (graph: Graph, id: string): string =>
  graph.hasNode(id)
    ? ((graph.getNodeAttribute(id, 'name') ?? graph.getNodeAttribute(id, 'label') ?? id) as string)
    : id;

interface Deps {
  get: () => AppState;
  dispatch: (a: Action) => void;
}

export function mountNodeTable(root: HTMLElement, graph: Graph, shown: () => Set<string>, store: Deps) {
  const summary = el('summary', {});
  const body = el('div', { class: 'graph-table-body' });
  const details = el('details', {}, summary, body);
  root.replaceChildren(details);
  let drawn = '';

  const visibleEdges = (s: AppState) => {
    const nodes = shown();
    return graph.filterEdges((e) => edgeShown(graph, e, s, nodes));
  };
  const draw = (force = false) => {
    const s = store.get();
    const key = JSON.stringify([
      s.hidden,
      s.preds,
      s.isolated,
      s.result,
      s.entity,
      graph.order,
      graph.size,
      details.open,
    ]);
    if (key === drawn && !force) return;
    drawn = key;
    const nodes = [...shown()];
    const edges = visibleEdges(s);
    summary.textContent = `List: ${nodes.length} entities, ${edges.length} relations`;
    root.dataset.entities = String(nodes.length);
    root.dataset.relations = String(edges.length);
    if (!details.open) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(entityTable(graph, nodes, s, store.dispatch), relationTable(graph, edges, s, store.dispatch));
  };
  details.addEventListener('toggle', () => {
    draw();
  });
  draw();
  return {
    /** After an action: drawn again only when what it shows changed. */
    update: () => {
      draw();
    },
    /** The graph gained or lost nodes or edges. */
    refresh: () => {
      draw(true);
    },
  };
}

function selectButton(graph: Graph, id: string, s: AppState, dispatch: (a: Action) => void): HTMLElement {
  const b = el('button', { type: 'button', class: 'link', 'data-id': id }, nameOf(graph, id));
  if (s.entity === id) b.setAttribute('aria-current', 'true');
  b.addEventListener('click', () => {
    dispatch({ type: 'select', id });
  });
  return b;
}

/** A table of at most MAX_ROWS rows, its caption saying how many of `total` it shows. */
function table(id: string, what: string, heads: string[], rows: HTMLElement[], total: number): HTMLElement {
  const shown = rows.length;
  return el(
    'table',
    { id },
    el('caption', {}, total > shown ? `${what}: the first ${shown} of ${total}` : `${what} (${total})`),
    el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows),
  );
}

function entityTable(graph: Graph, ids: string[], s: AppState, dispatch: (a: Action) => void): HTMLElement {
  const rows = ids
    .map((id) => ({ id, name: nameOf(graph, id) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, MAX_ROWS)
    .map(({ id }) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, selectButton(graph, id, s, dispatch)),
        el('td', {}, String(graph.getNodeAttribute(id, 'entityType') ?? '')),
        el('td', {}, String(graph.degree(id))),
      ),
    );
  return table('entity-table', 'Entities', ['Name', 'Type', 'Relations'], rows, ids.length);
}

function relationTable(graph: Graph, edges: string[], s: AppState, dispatch: (a: Action) => void): HTMLElement {
  const rows = edges
    .map((e) => {
      const [source, target] = graph.extremities(e);
      return { source, target, label: graph.getEdgeAttribute(e, 'label') as string, name: nameOf(graph, source) };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.label.localeCompare(b.label))
    .slice(0, MAX_ROWS)
    .map((r) =>
      el(
        'tr',
        {},
        el('td', {}, selectButton(graph, r.source, s, dispatch)),
        el('td', {}, r.label),
        el('td', {}, selectButton(graph, r.target, s, dispatch)),
      ),
    );
  return table('relation-table', 'Relations', ['Subject', 'Relation', 'Object'], rows, edges.length);
}
