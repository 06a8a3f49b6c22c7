// A driver whose sessions note every statement they run, with its parameters as JSON, so that a caller can
// replay an endpoint's Cypher elsewhere (the cache bench) or count the queries a request cost (the cache tests).
// Statements still run on the real database; a test may hold a result back to make reads overlap for sure.
import neo4j, { type Driver, type Session } from 'neo4j-driver';

export interface Statement {
  statement: string;
  /** As JSON, for Neo4j's HTTP endpoint. */
  parameters: Record<string, unknown>;
  /** As given, integers and all, to run again over Bolt. */
  boltParameters: Record<string, unknown>;
}

/** Parameters as JSON: the driver's Integers become numbers. */
export function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return v.toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

/**
 * `driver`, whose sessions push each statement they run onto `log` before running it. With `after`, the result
 * of each statement reaches its caller only once `after` resolves (then as a promise, for callers that await it).
 */
export function recording(driver: Driver, log: Statement[], after?: (s: Statement) => Promise<void>): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (config: Parameters<Driver['session']>[0]) => {
        const session: Session = target.session(config);
        const run = session.run.bind(session);
        session.run = ((statement: string, parameters?: Record<string, unknown>) => {
          const boltParameters = parameters ?? {};
          const s = { statement, parameters: plain(boltParameters) as Record<string, unknown>, boltParameters };
          log.push(s);
          const result = run(statement, parameters);
          return after ? result.then(async (r) => (await after(s), r)) : result;
        }) as Session['run'];
        return session;
      };
    },
  });
}
