// Extraction on every core: a pool of worker threads, each running the rules engine. Results come back
// per document in the order asked for by the caller's awaits, and are the same as one thread's.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentGraph } from './types.js';
import type { DocumentInput, EngineName, Extractor } from '../extractor.js';

export interface PoolOptions {
  threads: number;
  engine?: EngineName;
}

interface Job {
  id: number;
  input: DocumentInput;
  resolve: (g: DocumentGraph) => void;
  reject: (e: Error) => void;
}

interface Reply {
  id: number;
  graph?: DocumentGraph;
  error?: { message: string; name: string };
}

const WORKER = new URL(`./extract-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

function spawn(engine: EngineName): Worker {
  const workerData = { engine };
  if (!WORKER.pathname.endsWith('.ts')) return new Worker(WORKER, { workerData });
  // TypeScript sources: the worker registers tsx before loading them, as the main thread's runner did.
  // tsx's ESM entry sits beside the CommonJS one that require.resolve finds.
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)})
    .then((m) => { m.register(); return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export async function createExtractorPool(opts: PoolOptions): Promise<Extractor> {
  const engine = opts.engine ?? 'rules';
  const threads = Math.max(1, opts.threads);
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const job = queue.shift()!;
      busy.set(w, job);
      w.postMessage({ id: job.id, input: job.input });
    }
  };
  const workers = Array.from({ length: threads }, () => {
    const w = spawn(engine);
    w.on('message', (m: Reply) => {
      const job = busy.get(w)!;
      busy.delete(w);
      idle.push(w);
      if (m.graph) job.resolve(m.graph);
      else job.reject(Object.assign(new Error(m.error?.message ?? 'extraction failed'), { name: m.error?.name }));
      dispatch();
    });
    // A worker that dies takes its document with it; when none are left, nothing queued can run.
    w.on('error', (e) => {
      busy.get(w)?.reject(e);
      busy.delete(w);
      live.delete(w);
      if (live.size === 0) for (const job of queue.splice(0)) job.reject(e);
    });
    idle.push(w);
    return w;
  });
  const live = new Set(workers);

  return {
    engine,
    process(input) {
      if (closed || live.size === 0) return Promise.reject(new Error('the extractor pool is closed'));
      return new Promise<DocumentGraph>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
