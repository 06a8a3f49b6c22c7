// The legend on the canvas: entity types and relations with counts and their colours, each a filter, and the
// entities without any relation, listed so each stays one click away. It folds away; folded on a small screen.
import type Graph from 'graphology';
import { el } from './dom.js';
import { colourOf, TYPE_COLOURS } from '../styles.js';
import { edgeColour } from '../graph/build.js';
import { toggledRelations, type Action, type AppState } from '../state/store.js';

export interface Legend {
  /** Draws the legend for this graph (after it grew), keeping what is folded or open. */
  render: (graph: Graph, s: AppState) => void;
  /** Ticks the boxes as the state says, without redrawing (focus stays where it is). */
  sync: (s: AppState) => void;
}

const countBy = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** `extras` lead the legend: sections drawn by their own modules, kept as they are when it is drawn again. */
export function mountLegend(
  root: HTMLElement,
  dispatch: (a: Action) => void,
  current: () => AppState,
  extras: HTMLElement[] = [],
): Legend {
  let relations: string[] = [];
  const sync = (s: AppState) => {
    root.querySelectorAll<HTMLInputElement>('input[data-type]').forEach((b) => {
      b.checked = !s.hidden.includes(b.dataset.type!);
    });
    root.querySelectorAll<HTMLInputElement>('input[data-predicate]').forEach((b) => {
      b.checked = !s.preds || s.preds.includes(b.dataset.predicate!);
    });
    const isolated = root.querySelector<HTMLInputElement>('#show-isolated');
    if (isolated) isolated.checked = Boolean(s.isolated);
  };
  const render = (graph: Graph, s: AppState) => {
    const types = el('ul', {});
    const nodeTypes = graph.mapNodes((_, a) => a.entityType as string);
    const typeCounts = countBy(nodeTypes);
    for (const type of Object.keys(TYPE_COLOURS)) {
      const box = el('input', { type: 'checkbox', 'data-type': type });
      box.addEventListener('change', () => {
        dispatch({ type: 'hideType', entityType: type, hide: !box.checked });
      });
      const sw = el('span', { class: 'swatch' });
      sw.style.background = colourOf(type);
      const kinds = countBy(
        graph
          .filterNodes((_, a) => a.entityType === type && Boolean(a.kind))
          .map((n) => graph.getNodeAttribute(n, 'kind') as string),
      );
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
      types.append(el('li', {}, el('label', {}, box, sw, `${type} (${typeCounts.get(type) ?? 0})`), kindList));
    }
    const predCounts = countBy(graph.mapEdges((_, a) => a.label as string));
    relations = [...predCounts.keys()].sort();
    const preds = el('ul', {});
    for (const pred of relations) {
      const box = el('input', { type: 'checkbox', 'data-predicate': pred });
      box.addEventListener('change', () => {
        dispatch({ type: 'relations', preds: toggledRelations(current().preds, relations, pred, box.checked) });
      });
      const line = el('span', { class: 'edge-swatch' });
      line.style.background = edgeColour(pred);
      preds.append(el('li', {}, el('label', {}, box, line, `${pred} (${predCounts.get(pred)})`)));
    }
    const open = root.querySelector<HTMLDetailsElement>(':scope > details')?.open ?? window.innerWidth >= 1000;
    const details = el(
      'details',
      {},
      el('summary', {}, 'Filters'),
      ...extras,
      el('h2', { class: 'muted' }, 'Types'),
      types,
      el('h2', { class: 'muted' }, 'Relations'),
      preds,
      unconnected(graph, root, dispatch),
    );
    details.open = open;
    root.replaceChildren(details);
    sync(s);
  };
  return { render, sync };
}

/** Entities without an edge: off the canvas unless asked for, and listed so each stays one click away. */
function unconnected(graph: Graph, root: HTMLElement, dispatch: (a: Action) => void): HTMLElement {
  const alone = graph.filterNodes((n) => graph.degree(n) === 0);
  const box = el('input', { type: 'checkbox', id: 'show-isolated' });
  box.addEventListener('change', () => {
    dispatch({ type: 'isolated', show: box.checked });
  });
  const list = el(
    'ul',
    { id: 'isolated-list' },
    ...alone
      .map((n) => ({ n, label: (graph.getNodeAttribute(n, 'name') ?? graph.getNodeAttribute(n, 'label')) as string }))
      .sort((a, b) => a.label.localeCompare(b.label))
      .map(({ n, label }) => {
        const b = el('button', { type: 'button', class: 'link', 'data-id': n }, label);
        b.addEventListener('click', () => {
          dispatch({ type: 'select', id: n });
        });
        return el('li', {}, b);
      }),
  );
  const listOpen = root.querySelector<HTMLDetailsElement>('details.isolated')?.open ?? false;
  const listBox = el('details', { class: 'isolated' }, el('summary', {}, `List them (${alone.length})`), list);
  listBox.open = listOpen;
  return el(
    'section',
    {},
    el('h2', { class: 'muted' }, 'Unconnected'),
    el('label', {}, box, `Draw the ${alone.length} entities with no relation`),
    listBox,
  );
}
