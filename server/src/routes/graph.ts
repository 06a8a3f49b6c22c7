import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { overviewGraph } from '../queries/graph.js';
import { entityTypes, intParam, parse, predicates } from '../validate.js';
import { dateWindow } from '../iso-date.js';

const GraphQuery = z
  .object({
    limit: intParam(1, 5000, 300),
    types: entityTypes,
    predicates,
    document: z.string().min(1).max(300).optional(),
    speaker: z.string().min(1).max(300).optional(),
  })
  .and(dateWindow);

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
