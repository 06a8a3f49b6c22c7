// Structure is computed once per graph: the same nodes and edges give the cached answer, so a click or a change
// of colour or size never computes it again; a graph that grew (Expand, the reply layer) is a new graph.
import type Graph from 'graphology';
import { structureInput, type Structure, type StructureInput } from './structure.js';

export type Compute = (input: StructureInput) => Promise<Structure>;

/** The graph's identity for the cache: its node and edge keys. */
export const graphSignature = (graph: Graph): string =>
  `${graph.nodes().sort().join('\n')}\n--\n${graph.edges().sort().join('\n')}`;

export interface StructureCache {
  get: (graph: Graph) => Promise<Structure>;
  /** The answer for this graph if it is already computed. */
  peek: (graph: Graph) => Structure | undefined;
  /** How many times the structure was computed (not served from the cache). */
  computations: () => number;
}

export function createStructureCache(compute: Compute): StructureCache {
  const pending = new Map<string, Promise<Structure>>();
  const done = new Map<string, Structure>();
  let computations = 0;
  return {
    get: (graph) => {
      const key = graphSignature(graph);
      let p = pending.get(key);
      if (!p) {
        computations++;
        p = compute(structureInput(graph)).then((s) => {
          done.set(key, s);
          return s;
        });
        pending.set(key, p);
        // A failed computation is not kept, so the next request tries again.
        p.catch(() => pending.delete(key));
      }
      return p;
    },
    peek: (graph) => done.get(graphSignature(graph)),
    computations: () => computations,
  };
}

/** The real computation: in a Web Worker, one request at a time in order. */
export function workerCompute(): Compute {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  return (input) => {
    worker ??= new Worker(new URL('./structure.worker.ts', import.meta.url), { type: 'module' });
    const w = worker;
    const run = queue.then(
      () =>
        new Promise<Structure>((resolve, reject) => {
          w.onmessage = (e: MessageEvent<Structure>) => {
            resolve(e.data);
          };
          w.onerror = (e) => {
            reject(new Error(e.message));
          };
          w.postMessage(input);
        }),
    );
    queue = run.catch(() => undefined);
    return run;
  };
}
