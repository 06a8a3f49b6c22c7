// The answers the read cache holds, and the runs that compute them: a repeated read takes a kept answer, reads
// that miss the same key at once share one run (one Neo4j query), and only a 200 answer computed wholly within
// one graph version is kept. Nothing here knows HTTP or Neo4j; read-cache.ts connects it to both.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Lru } from './lru.js';
import { SingleFlight } from './single-flight.js';

const gzipAsync = promisify(gzip);

/** An answer as sent: its status, the headers the route set, and the JSON text. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
}

/** A kept answer: also gzip-compressed once a client that accepts it asked for it. */
export interface Entry extends Answer {
  gzip?: Buffer;
  bytes: number;
}

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const MIN_COMPRESSED_BYTES = 1024;

export type Lookup =
  | { source: 'hit'; entry: Entry }
  /** `answer` is null when the run could not capture an answer to share (the route sent none as JSON). */
  | { source: 'miss' | 'coalesced'; answer: Promise<Answer | null> };

export class AnswerCache {
  private readonly lru: Lru<Entry>;
  private readonly flights = new SingleFlight<Answer | null>();
  /** Bumped by every change of the graph: a run that began under an older value keeps nothing. */
  private generation = 0;
  hits = 0;
  misses = 0;
  coalesced = 0;

  constructor(maxEntries: number, maxBytes: number) {
    this.lru = new Lru(maxEntries, maxBytes);
  }

  get entries(): number {
    return this.lru.size;
  }

  get bytes(): number {
    return this.lru.bytes;
  }

  /** The graph changed: kept answers go, and reads from now on do not join runs that began before. */
  changed(): void {
    this.generation++;
    this.lru.clear();
    this.flights.clear();
  }

  /**
   * The kept answer for `key`; else the run under way for it; else a new run of `compute`, whose answer is kept
   * when it is a 200 and the graph did not change while it ran. A failed run reaches every caller sharing it.
   */
  lookup(key: string, compute: () => Promise<Answer | null>): Lookup {
    const entry = this.lru.get(key);
    if (entry) {
      this.hits++;
      return { source: 'hit', entry };
    }
    const generation = this.generation;
    const { leader, result } = this.flights.run(key, compute);
    if (!leader) {
      this.coalesced++;
      return { source: 'coalesced', answer: result };
    }
    this.misses++;
    result.then(
      (a) => {
        if (a?.status === 200 && generation === this.generation)
          this.lru.set(key, { ...a, bytes: a.body.length + key.length });
      },
      () => undefined,
    );
    return { source: 'miss', answer: result };
  }

  /**
   * The entry's body gzip-compressed, or null while that is not ready: the first call compresses it off the
   * event loop and keeps the result with the entry if the entry is still the one kept under `key`.
   */
  gzipped(key: string, entry: Entry): Buffer | null {
    if (entry.gzip) return entry.gzip;
    if (entry.body.length < MIN_COMPRESSED_BYTES || compressing.has(entry)) return null;
    compressing.add(entry);
    void gzipAsync(entry.body).then(
      (z) => {
        if (this.lru.peek(key) !== entry) return;
        this.lru.set(key, { ...entry, gzip: z, bytes: entry.bytes + z.length });
      },
      () => undefined,
    );
    return null;
  }
}

/** Entries whose compression has started: a second hit meanwhile does not start another. */
const compressing = new WeakSet<Entry>();
