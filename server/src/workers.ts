// The server as several processes (node:cluster): one Node thread per core answers requests, so cold reads
// are not limited to one thread while Neo4j uses many. Each worker keeps its own read cache; a write through
// any worker is announced to the primary, which tells every other worker to drop its cached answers and waits
// for each to say so before the writer sends its response, so the next read on any worker is fresh.
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import os from 'node:os';

/** Tells the other server processes that the graph changed, and hears them tell it. */
export interface GraphChangeBus {
  /** Resolves once every other process has dropped its cached answers (or could not be reached in time). */
  announce: () => Promise<void>;
  /** Runs the listener when another process wrote; its acknowledgement is sent once the listener returns. */
  listen: (listener: () => void) => void;
}

type Message =
  | { cg: 'changed'; id: number }
  | { cg: 'drop'; id: string }
  | { cg: 'dropped'; id: string }
  | { cg: 'all-dropped'; id: number };

function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as { cg?: unknown }).cg === 'string';
}

/** Worker processes from API_WORKERS: default one per CPU; 1 keeps a single process with no primary. */
export function apiWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.API_WORKERS;
  if (value === undefined || value === '') return os.availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`API_WORKERS must be a positive integer, not "${value}"`);
  return n;
}

/** A worker that cannot hear back within this long has hung; the writer answers rather than wait on it. */
const ANNOUNCE_TIMEOUT_MS = 5000;

/** The bus of a cluster worker: talks to the primary over the IPC channel node:cluster opened. */
export function workerBus(): GraphChangeBus {
  const send = (m: Message) => process.send?.(m);
  const waiting = new Map<number, () => void>();
  const listeners: (() => void)[] = [];
  let next = 0;
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    if (m.cg === 'drop') {
      for (const l of listeners) l();
      send({ cg: 'dropped', id: m.id });
    } else if (m.cg === 'all-dropped') waiting.get(m.id)?.();
  });
  return {
    announce: () =>
      new Promise<void>((resolve) => {
        const id = next++;
        const timer = setTimeout(() => {
          console.error(`graph change ${id}: not every server process answered within ${ANNOUNCE_TIMEOUT_MS} ms`);
          done();
        }, ANNOUNCE_TIMEOUT_MS);
        const done = () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve();
        };
        waiting.set(id, done);
        send({ cg: 'changed', id });
      }),
    listen: (listener) => {
      listeners.push(listener);
    },
  };
}

/**
 * Fails when the port is taken: workers whose shared listen fails there are not told so, and would wait for
 * ever; this way the server exits saying why.
 */
function portFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve();
      });
    });
  });
}

export interface Primary {
  /** Where the workers listen, once every one of them does. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Forks `workers` processes running `exec` (the server entry), relays graph changes between them and starts a
 * new worker when one dies. Resolves once all listen.
 */
export async function startPrimary(opts: {
  workers: number;
  exec: string;
  env: NodeJS.ProcessEnv;
  port: number;
  host: string;
}): Promise<Primary> {
  await portFree(opts.port, opts.host);
  cluster.setupPrimary({ exec: opts.exec, execArgv: process.execArgv });
  /** Per announced change: its writer and the workers yet to drop their caches. */
  const pending = new Map<string, { origin: Worker; id: number; waiting: Set<number> }>();
  let closing = false;
  /** Set once every first worker listens: a worker that dies before (bad settings, port taken) is not retried. */
  let started = false;

  const settle = (key: string) => {
    const p = pending.get(key);
    if (!p || p.waiting.size) return;
    pending.delete(key);
    if (p.origin.isConnected()) p.origin.send({ cg: 'all-dropped', id: p.id } satisfies Message);
  };
  const onMessage = (from: Worker) => (m: unknown) => {
    if (!isMessage(m)) return;
    if (m.cg === 'changed') {
      const key = `${from.id}:${m.id}`;
      const others = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && w !== from);
      pending.set(key, { origin: from, id: m.id, waiting: new Set(others.map((w) => w.id)) });
      for (const w of others) w.send({ cg: 'drop', id: key } satisfies Message);
      settle(key);
    } else if (m.cg === 'dropped') {
      pending.get(m.id)?.waiting.delete(from.id);
      settle(m.id);
    }
  };
  const fork = () => {
    const w = cluster.fork(opts.env);
    w.on('message', onMessage(w));
    return w;
  };
  cluster.on('exit', (w, code, signal) => {
    // A dead worker can no longer serve stale answers: nobody waits on it.
    for (const [key, p] of pending) {
      p.waiting.delete(w.id);
      if (p.origin === w) pending.delete(key);
      else settle(key);
    }
    if (closing || !started) return;
    console.error(`server worker ${w.process.pid} exited (code ${code}, signal ${signal}); starting another`);
    fork();
  });

  const listening = new Promise<string>((resolve, reject) => {
    let up = 0;
    const onExit = (_w: Worker, code: number) => {
      if (up < opts.workers) reject(new Error(`a server worker exited with ${code} before it listened`));
    };
    cluster.on('exit', onExit);
    cluster.on('listening', (_w, address) => {
      if (++up !== opts.workers) return;
      cluster.off('exit', onExit);
      const host = address.address === '0.0.0.0' || address.address === '127.0.0.1' ? 'localhost' : address.address;
      resolve(`http://${host}:${address.port}`);
    });
  });
  for (let i = 0; i < opts.workers; i++) fork();
  const url = await listening.catch(async (e: unknown) => {
    closing = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    throw e;
  });
  started = true;
  return {
    url,
    close: async () => {
      closing = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((r) => {
              if (w.isDead()) r();
              else {
                w.once('exit', () => {
                  r();
                });
                w.kill('SIGTERM');
              }
            }),
        ),
      );
    },
  };
}
