// The canvas focus: a document, a speaker, a time window (all three asked of /api/graph, which narrows the graph
// on the server) and the neighbourhood of the selected entity (its neighbours fetched, then one or two hops
// counted on the canvas). The result is one set of nodes that the visibility rule intersects with the rest.
import type Graph from 'graphology';
import { api } from '../api/client.js';
import { investigation } from '../api/investigation.js';
import { focusKey } from '../state/investigation.js';
import { takeTurn } from '../state/turns.js';
import type { AppState, Store } from '../state/store.js';
import { addNeighbours, addPayload } from './build.js';
import { neighbourhood, restrictTo } from './visibility.js';

export interface FocusResult {
  nodes: Set<string> | null;
  /** Set when the focus could not be computed. */
  error?: string;
}

async function focusOf(graph: Graph, s: AppState, signal: AbortSignal): Promise<Set<string> | null> {
  let served: Set<string> | null = null;
  if (s.focusDoc || s.speaker || s.from || s.to) {
    const data = await investigation.focusedGraph(
      { document: s.focusDoc, speaker: s.speaker, from: s.from, to: s.to },
      signal,
    );
    addPayload(graph, data);
    served = new Set(data.nodes.map((n) => n.id));
  }
  let near: Set<string> | null = null;
  if (s.hops && s.entity) {
    addNeighbours(graph, await api.neighbours(s.entity, signal));
    near = graph.hasNode(s.entity) ? neighbourhood(graph, s.entity, s.hops) : new Set([s.entity]);
  }
  return restrictTo(served, near);
}

/** Computes the focus whenever its part of the state changes, and hands the newest answer to `apply`. */
export function mountFocus(graph: Graph, store: Store, apply: (f: FocusResult) => void): void {
  const owner = {};
  const run = (s: AppState) => {
    const { current, signal } = takeTurn(owner);
    focusOf(graph, s, signal).then(
      (nodes) => {
        if (current()) apply({ nodes });
      },
      (e: unknown) => {
        if (current()) apply({ nodes: null, error: (e as Error).message });
      },
    );
  };
  store.subscribe((s, prev) => {
    if (focusKey(s) !== focusKey(prev)) run(s);
  });
  if (focusKey(store.get()) !== focusKey({ entity: null })) run(store.get());
}
