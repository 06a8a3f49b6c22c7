import { Router } from 'express';
import { GraphQuery } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { overviewGraph } from '../queries/graph.js';
import { parse } from '../validate.js';

export function graphRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/graph',
    route(async (req, res) => {
      const { limit, types, predicates, ...focus } = parse(GraphQuery, req.query);
      res.json(
        await overviewGraph(ctx, { limit, types: types ?? undefined, predicates: predicates ?? undefined, focus }),
      );
    }),
  );
  return r;
}
