// What this server knows of the graph version (ingest/src/load/graph-version.ts). Writes made through this
// server mark it stale at once; writes by other processes are noticed by re-reading the version, at most once
// per check interval and shared by every request waiting at that moment, so a cached answer is never older
// than the last check and a check never lags a read by more than the interval.
import neo4j from 'neo4j-driver';
import type { AppContext } from '../context.js';
import { READ_GRAPH_VERSION } from '../../../ingest/src/load/graph-version.js';

type Token = string | null;

export class GraphVersionWatch {
  private token: Token | undefined;
  /** When the check whose answer is held started. */
  private knownAt = -Infinity;
  private inflight: { startedAt: number; done: Promise<void> } | null = null;
  /** Bumped whenever the known state of the graph changes; an answer computed across a bump is not kept. */
  generation = 0;
  checks = 0;

  constructor(
    private readonly ctx: AppContext,
    private readonly intervalMs: number,
    private readonly onChange: () => void,
  ) {}

  /** This server wrote: what it knew is out of date now, and the next read re-reads the version. */
  changed(): void {
    this.token = undefined;
    this.knownAt = -Infinity;
    this.inflight = null;
    this.generation++;
    this.onChange();
  }

  /**
   * Resolves once the known version comes from a check started less than the interval ago: the held one,
   * one still running (awaited), or a new one. So a write committed at least the interval before a read
   * arrives is always seen by it. Rejects when the version cannot be read (Neo4j down).
   */
  fresh(now = performance.now()): Promise<void> {
    if (this.inflight && now - this.inflight.startedAt < this.intervalMs) return this.inflight.done;
    if (this.token !== undefined && now - this.knownAt < this.intervalMs) return Promise.resolve();
    const generation = this.generation;
    const check = {
      startedAt: now,
      done: this.read().then(
        (token) => {
          // A write of this server during the check, or a later check already applied: this answer is old.
          if (generation !== this.generation || now < this.knownAt) return;
          this.knownAt = now;
          if (token === this.token) return;
          if (this.token !== undefined) {
            this.generation++;
            this.onChange();
          }
          this.token = token;
        },
        (e: unknown) => {
          if (generation === this.generation) this.changed();
          throw e;
        },
      ),
    };
    this.inflight = check;
    void check.done
      .catch(() => undefined)
      .finally(() => {
        if (this.inflight === check) this.inflight = null;
      });
    return check.done;
  }

  private async read(): Promise<Token> {
    this.checks++;
    const session = this.ctx.driver.session({ database: this.ctx.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(READ_GRAPH_VERSION);
      return (res.records[0]?.get('token') as string | null | undefined) ?? null;
    } finally {
      await session.close();
    }
  }
}
