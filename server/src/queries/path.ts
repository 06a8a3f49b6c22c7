// Shortest paths between two entities over entity-entity relationships, every edge with its evidence.
import { MAX_HOPS } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { EDGE, PREDICATE_PATTERN } from './fragments.js';
import { read } from './run.js';
import { cintOrNull } from '../validate.js';

const MAX_PATHS = 10;

// allShortestPaths needs a literal bound: one constant query per allowed hop count. Whether each end exists
// comes back with the paths, so a read is one round trip whether or not a path or an end is found.
const PATHS = (hops: number) => `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
    MATCH p = allShortestPaths((a)-[:${PREDICATE_PATTERN}*..${hops}]-(b))
    WITH p LIMIT ${MAX_PATHS}
    RETURN {nodes: [n IN nodes(p) | n {.id, .name, .type, .kind}],
            edges: [r IN relationships(p) | ${EDGE('r', '$evidence')}]}
  } AS paths`;
const QUERIES = new Map(Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, PATHS(i + 1)]));

interface Found {
  fromFound: boolean;
  toFound: boolean;
  paths: { nodes: unknown[]; edges: unknown[] }[];
}

export async function shortestPaths(
  ctx: AppContext,
  opts: { from: string; to: string; maxHops: number; evidence?: number | null },
) {
  const q = QUERIES.get(opts.maxHops);
  if (!q) throw new Error(`maxHops ${opts.maxHops} is not supported`);
  const [found] = await read<Found>(ctx, q, {
    from: opts.from,
    to: opts.to,
    evidence: cintOrNull(opts.evidence),
  });
  if (!found?.fromFound) return { missing: opts.from };
  if (!found.toFound) return { missing: opts.to };
  const { paths } = found;
  return {
    from: opts.from,
    to: opts.to,
    maxHops: opts.maxHops,
    hops: paths.length ? paths[0]!.edges.length : null,
    paths,
  };
}
