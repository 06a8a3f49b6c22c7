// What every route needs: the driver and the database name.
import type { Driver } from 'neo4j-driver';
import type { GraphChangeBus } from './workers.js';

export interface AppContext {
  driver: Driver;
  database: string;
  /** People's own Cypher runs here when given (a small pool of its own); otherwise on `driver`. */
  cypherDriver?: Driver;
  /**
   * Called after this server commits a write, so answers cached in memory are dropped at once; awaited before
   * the write's response is sent.
   */
  graphChanged?: () => void | Promise<void>;
  /** The other processes of this server (several workers): told of every write, and telling of theirs. */
  graphChanges?: GraphChangeBus;
}
