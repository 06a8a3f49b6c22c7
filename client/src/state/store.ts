// The explorer's state in one place. Actions are pure (state in, new state out); views render from the state
// and only dispatch. What goes into the URL is the ViewState part; hover and a Cypher result do not.
import type { View, ViewState } from './url.js';
import {
  afterBaseAction,
  investigationEntry,
  isInvestigationAction,
  reduceInvestigation,
  type InvestigationAction,
} from './investigation.js';

export interface AppState extends ViewState {
  /** The node under the pointer: it leads the highlight until the pointer leaves or a selection is made. */
  hovered: string | null;
  /** The nodes of a Cypher result shown on the canvas; only while the Cypher tab is open. */
  result: string[] | null;
}

export type Action =
  | { type: 'select'; id: string }
  | { type: 'document'; id: string }
  | { type: 'view'; view: View }
  | { type: 'deselect' }
  | { type: 'reset' }
  | { type: 'restore'; url: ViewState }
  /** A saved view opened: restored like Back, but a history entry of its own. */
  | { type: 'open'; url: ViewState }
  | { type: 'hover'; id: string | null }
  | { type: 'hideType'; entityType: string; hide: boolean }
  | { type: 'relations'; preds: string[] | undefined }
  | { type: 'isolated'; show: boolean }
  | { type: 'query'; query: string }
  | { type: 'result'; ids: string[] | null }
  | { type: 'display'; patch: Pick<ViewState, 'colour' | 'size' | 'replies'> }
  | InvestigationAction;

export const initialState = (url: ViewState): AppState => ({ hovered: null, result: null, ...url });

const OVERVIEW: ViewState = { entity: null, doc: null, view: 'entity', hidden: [] };

export function reduce(s: AppState, a: Action): AppState {
  if (isInvestigationAction(a)) return reduceInvestigation(s, a);
  return afterBaseAction(s, reduceBase(s, a), a.type);
}

function reduceBase(s: AppState, a: Exclude<Action, InvestigationAction>): AppState {
  switch (a.type) {
    case 'select':
      // A selection by search or touch never leaves the last hovered node in charge of the highlight.
      return { ...s, entity: a.id, doc: null, view: 'entity', hovered: null, result: null };
    case 'document':
      return { ...s, doc: a.id, view: 'entity', hovered: null, result: null };
    case 'view':
      // A Cypher result dims everything else only while its tab is open.
      return {
        ...s,
        view: a.view,
        doc: a.view === 'entity' ? s.doc : null,
        result: a.view === 'cypher' ? s.result : null,
      };
    case 'deselect':
      return { ...s, entity: null, doc: null, hovered: null };
    case 'reset':
      return initialState(OVERVIEW);
    case 'restore':
    case 'open':
      return initialState({ ...OVERVIEW, ...a.url });
    case 'hover':
      return { ...s, hovered: a.id };
    case 'hideType': {
      const rest = s.hidden.filter((t) => t !== a.entityType);
      return { ...s, hidden: a.hide ? [...rest, a.entityType] : rest };
    }
    case 'relations':
      return { ...s, preds: a.preds };
    case 'isolated':
      return { ...s, isolated: a.show || undefined };
    case 'query':
      return { ...s, query: a.query };
    case 'result':
      return { ...s, result: a.ids };
    case 'display':
      return { ...s, ...a.patch };
  }
}

/**
 * How an action enters the browser history: a new selection, view or document is an entry of its own (Back
 * returns to the one before); a filter or a query replaces the current entry; Back and Forward write nothing.
 */
export function historyEntry(a: Action): 'push' | 'replace' | 'none' {
  if (isInvestigationAction(a)) return investigationEntry(a);
  switch (a.type) {
    case 'select':
    case 'document':
    case 'view':
    case 'deselect':
    case 'reset':
    case 'open':
      return 'push';
    case 'display':
    case 'hideType':
    case 'relations':
    case 'isolated':
    case 'query':
      return 'replace';
    default:
      return 'none';
  }
}

/** Relation filter after (un)ticking one relation: every relation ticked means no filter at all. */
export function toggledRelations(current: string[] | undefined, all: string[], pred: string, on: boolean) {
  const base = current ?? all;
  const next = on ? [...new Set([...base, pred])] : base.filter((p) => p !== pred);
  return next.length === all.length && all.every((p) => next.includes(p)) ? undefined : next;
}

export type Listener = (next: AppState, prev: AppState, action: Action) => void;

export interface Store {
  get: () => AppState;
  dispatch: (a: Action) => void;
  subscribe: (l: Listener) => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    dispatch: (a) => {
      const prev = state;
      state = reduce(state, a);
      for (const l of listeners) l(state, prev, a);
    },
    subscribe: (l) => {
      listeners.push(l);
    },
  };
}
