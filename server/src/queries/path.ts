// Shortest paths between two entities over entity-entity relationships, every edge with its evidence.
import { MAX_HOPS } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { EDGE, PREDICATE_PATTERN } from './fragments.js';
import { read } from './run.js';
import { entityExists } from './entities.js';

const MAX_PATHS = 10;

// allShortestPaths needs a literal bound: one constant query per allowed hop count.
const PATHS = (hops: number) => `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[:${PREDICATE_PATTERN}*..${hops}]-(b))
  WITH p LIMIT ${MAX_PATHS}
  RETURN [n IN nodes(p) | n {.id, .name, .type, .kind}] AS nodes,
         [r IN relationships(p) | ${EDGE('r')}] AS edges`;
const QUERIES = new Map(Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, PATHS(i + 1)]));

export async function shortestPaths(ctx: AppContext, opts: { from: string; to: string; maxHops: number }) {
  const q = QUERIES.get(opts.maxHops);
  if (!q) throw new Error(`maxHops ${opts.maxHops} is not supported`);
  const paths = await read<{ nodes: unknown[]; edges: unknown[] }>(ctx, q, { from: opts.from, to: opts.to });
  if (!paths.length) {
    // No path, or an unknown end: only then is it worth asking which.
    for (const id of [opts.from, opts.to]) if (!(await entityExists(ctx, id))) return { missing: id };
  }
  return {
    from: opts.from,
    to: opts.to,
    maxHops: opts.maxHops,
    hops: paths.length ? paths[0]!.edges.length : null,
    paths,
  };
}
