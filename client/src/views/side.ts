// The side panel shows what the state names: an entity, a document, or one of the views. It is drawn again
// only when that changes, not when a filter or the query text does.
import { el } from './dom.js';
import { showEntity } from './panel.js';
import { showDocument } from './document.js';
import { showPath } from './path.js';
import { showClaims } from './claims.js';
import { showCypher, type ResultGraph } from './cypher.js';
import { showEdgeClaims } from './edge-claims.js';
import { showContested } from './contested.js';
import { quoteRange } from '../state/investigation.js';
import type { Action, AppState } from '../state/store.js';

/** What the panel shows, as one string: equal keys need no redraw. */
export function panelKey(s: AppState): string {
  const view = s.view ?? 'entity';
  if (view !== 'entity') return view === 'path' ? `path:${s.entity ?? ''}` : view;
  if (s.doc) return `doc:${s.doc}:${s.at ?? ''}`;
  if (s.edge) return `edge:${s.edge}`;
  return s.entity ? `entity:${s.entity}` : 'overview';
}

export interface SideDeps {
  dispatch: (a: Action) => void;
  /** Puts a Cypher result on the canvas (the graph grows, so this is an effect, not an action). */
  showResult: (g: ResultGraph) => void;
  /** A node's name on the canvas (its id when it is not there). */
  nameOf?: (id: string) => string;
  /** An edge's claim count changed after a flag. */
  edgeCounted?: (edge: string, count: number) => void;
}

export function showPanel(panel: HTMLElement, s: AppState, deps: SideDeps): void {
  const select = (id: string) => {
    deps.dispatch({ type: 'select', id });
  };
  panel.hidden = false;
  delete panel.dataset.entity;
  delete panel.dataset.document;
  delete panel.dataset.view;
  delete panel.dataset.edge;
  const view = s.view ?? 'entity';
  if (view === 'path') showPath(panel, s.entity, select);
  else if (view === 'claims')
    showClaims(panel, select, () => {
      deps.dispatch({ type: 'relations', preds: ['CRITICISES', 'PRAISES'] });
    });
  else if (view === 'cypher')
    showCypher(
      panel,
      s.query ?? '',
      (query) => {
        deps.dispatch({ type: 'query', query });
      },
      deps.showResult,
      () => {
        deps.dispatch({ type: 'result', ids: null });
      },
    );
  else if (view === 'contested') void showContested(panel, select);
  else if (s.doc) void showDocument(panel, s.doc, select, quoteRange(s.at));
  else if (s.edge)
    void showEdgeClaims(panel, s.edge, {
      select,
      openQuote: (ev) => {
        deps.dispatch({ type: 'quote', doc: ev.doc, start: ev.start, end: ev.end });
      },
      nameOf: deps.nameOf ?? ((id) => id),
      counted: deps.edgeCounted ?? (() => {}),
    });
  else if (s.entity)
    void showEntity(panel, s.entity, select, (id) => {
      deps.dispatch({ type: 'document', id });
    });
  else
    panel.replaceChildren(
      el('p', { class: 'muted' }, 'Search or click a node to see an entity and the words behind its relations.'),
    );
}
