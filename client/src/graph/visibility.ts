// Which nodes and edges the filters leave on the canvas. One rule for what is drawn, what the status counts
// and what an export contains, so the three never disagree.
import type Graph from 'graphology';

export interface Filters {
  /** Entity types unticked in the legend. */
  hidden: string[];
  /** Relation types shown; undefined means every relation, an empty list means none. */
  preds?: string[] | undefined;
  /** Show entities without any edge on the canvas (they are otherwise reached through search and a list). */
  isolated?: boolean | undefined;
  /** The selected entity, shown even when unconnected, unless its type is unticked. */
  entity?: string | null | undefined;
}

/**
 * With a relation filter, only nodes that keep at least one shown edge stay; `only` (a Cypher result) keeps
 * just its own nodes. Computed when a filter changes, never per frame.
 */
export function shownNodes(graph: Graph, f: Filters, only: Set<string> | null = null): Set<string> {
  const typeShown = (n: string) => !f.hidden.includes(graph.getNodeAttribute(n, 'entityType') as string);
  let keep: Set<string>;
  if (f.preds) {
    keep = new Set();
    graph.forEachEdge((_, a, s, t) => {
      if (f.preds!.includes(a.label as string) && typeShown(s) && typeShown(t)) {
        keep.add(s);
        keep.add(t);
      }
    });
  } else keep = new Set(graph.filterNodes((n) => typeShown(n) && (f.isolated || graph.degree(n) > 0)));
  if (only) for (const n of keep) if (!only.has(n)) keep.delete(n);
  if (f.entity && graph.hasNode(f.entity) && typeShown(f.entity) && !only) keep.add(f.entity);
  return keep;
}

/** An edge is shown when its relation is and both its ends are. */
export function edgeShown(graph: Graph, edge: string, f: Filters, nodes: Set<string>): boolean {
  const [s, t] = graph.extremities(edge);
  return (
    (!f.preds || f.preds.includes(graph.getEdgeAttribute(edge, 'label') as string)) && nodes.has(s) && nodes.has(t)
  );
}

/** The nodes a Cypher result and a focus both allow (null: no restriction), for shownNodes' `only`. */
export function restrictTo(...sets: (Set<string> | null)[]): Set<string> | null {
  const given = sets.filter((x): x is Set<string> => x !== null);
  if (given.length === 0) return null;
  const [first, ...rest] = given;
  return new Set([...first!].filter((n) => rest.every((r) => r.has(n))));
}

/** The nodes within `hops` edges of `from`, either direction. */
export function neighbourhood(graph: Graph, from: string, hops: number): Set<string> {
  const seen = new Set([from]);
  let ring = [from];
  for (let i = 0; i < hops; i++) {
    const next: string[] = [];
    for (const n of ring)
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    ring = next;
  }
  return seen;
}
