import { Router } from 'express';
import { GraphQuery } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { overviewGraph } from '../queries/graph.js';
import { parse } from '../validate.js';
import { getJson } from './answer.js';

export function graphRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/graph', (req) => {
    const { limit, types, predicates, ...focus } = parse(GraphQuery, req.query);
    return overviewGraph(ctx, { limit, types: types ?? undefined, predicates: predicates ?? undefined, focus });
  });
  return r;
}
