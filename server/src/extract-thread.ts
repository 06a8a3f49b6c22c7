// The thread that reads uploads: one long-lived worker (booted once, not per upload) takes jobs one at a
// time in arrival order. Each job has a time limit and the worker a memory limit; a job past either costs
// the worker, and the next job boots a fresh one. Too many waiting uploads are refused rather than queued.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { DocumentGraph } from '../../ingest/src/pipeline/types.js';
import { ApiError } from './errors.js';
import type { ExtractJob } from './extract-worker.js';

/** Time one upload may take to be parsed and extracted (EXTRACT_TIMEOUT_MS). */
export const EXTRACT_TIMEOUT_MS = 60_000;
/** Heap the worker may use; a 5 MB text needs a small fraction of it. */
export const EXTRACT_HEAP_MB = 1024;
/** Uploads that may wait for the thread; more are answered 503 at once. */
export const MAX_WAITING = 8;
const BOOT_TIMEOUT_MS = 60_000;

// The worker runs TypeScript sources like the server does, through tsx: a small ES module boots it and
// imports the worker's source (a loader given in execArgv does not reach a worker's entry on Node 20).
// require.resolve would give tsx's CommonJS build; the ES module build sits beside it.
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs'),
).href;
const WORKER_SOURCE = new URL('./extract-worker.ts', import.meta.url).href;
const BOOT = new URL(
  'data:text/javascript,' +
    encodeURIComponent(
      `import { tsImport } from ${JSON.stringify(TSX_API)};\n` +
        `await tsImport(${JSON.stringify(WORKER_SOURCE)}, ${JSON.stringify(WORKER_SOURCE)});`,
    ),
);

type Answer = { id: number } & ({ graph: DocumentGraph } | { parseError: string } | { error: string });

interface Thread {
  worker: Worker;
  ready: Promise<void>;
}

let current: Thread | null = null;
let nextId = 0;
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;

function boot(): Thread {
  const worker = new Worker(BOOT, { resourceLimits: { maxOldGenerationSizeMb: EXTRACT_HEAP_MB } });
  // An idle worker must not keep the process alive, and a crash between jobs only means the next job boots.
  worker.unref();
  const thread: Thread = {
    worker,
    ready: new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`the extraction thread did not start within ${BOOT_TIMEOUT_MS} ms`));
      }, BOOT_TIMEOUT_MS);
      worker.on('message', (m: { ready?: boolean }) => {
        if (m.ready) {
          clearTimeout(timer);
          resolve();
        }
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        reject(new Error('the extraction thread stopped while starting'));
      });
    }),
  };
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (current === thread) current = null;
  });
  return thread;
}

function discard(thread: Thread) {
  if (current === thread) current = null;
  void thread.worker.terminate();
}

async function runOne(job: ExtractJob, timeoutMs: number): Promise<DocumentGraph> {
  const thread = (current ??= boot());
  try {
    await thread.ready;
  } catch (e) {
    discard(thread);
    throw e;
  }
  const { worker } = thread;
  const id = nextId++;
  return new Promise<DocumentGraph>((resolve, reject) => {
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      fn();
    };
    const timer = setTimeout(() => {
      discard(thread);
      settle(() => {
        reject(
          new ApiError(
            422,
            'too_complex',
            `The document took longer than ${timeoutMs} ms to read and was given up; send it in smaller parts.`,
          ),
        );
      });
    }, timeoutMs);
    const onMessage = (m: Answer) => {
      if (m.id !== id) return;
      settle(() => {
        if ('graph' in m) resolve(m.graph);
        else if ('parseError' in m)
          reject(new ApiError(422, 'unparseable', `The document could not be read: ${m.parseError}`));
        else reject(new Error(`extraction failed: ${m.error}`));
      });
    };
    const onError = (e: Error & { code?: string }) => {
      discard(thread);
      settle(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
          reject(new ApiError(422, 'too_complex', 'The document needed more memory to read than an upload may use.'));
        else reject(e);
      });
    };
    const onExit = (code: number) => {
      settle(() => {
        reject(new Error(`the extraction thread exited with code ${code}`));
      });
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, job });
  });
}

/** Parses and extracts one upload on the extraction thread, after the uploads ahead of it. */
export function extractOffThread(job: ExtractJob, timeoutMs = EXTRACT_TIMEOUT_MS): Promise<DocumentGraph> {
  if (waiting >= MAX_WAITING)
    return Promise.reject(
      new ApiError(503, 'busy', 'Too many uploads are waiting to be read; try again shortly.', { 'Retry-After': '5' }),
    );
  waiting++;
  const result = queue.then(() => runOne(job, timeoutMs));
  queue = result.catch(() => undefined);
  return result.finally(() => {
    waiting--;
  });
}
