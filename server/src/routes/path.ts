import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { badRequest, notFound, route } from '../errors.js';
import { MAX_HOPS, shortestPaths } from '../queries/path.js';
import { entityIdParam, intParam, parse } from '../validate.js';

const Query = z.object({ from: entityIdParam, to: entityIdParam, maxHops: intParam(1, MAX_HOPS, 4) });

export function pathRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/path',
    route(async (req, res) => {
      const q = parse(Query, req.query);
      if (q.from === q.to) throw badRequest('from and to are the same entity');
      const result = await shortestPaths(ctx, q);
      if ('missing' in result) throw notFound(`No entity with id "${result.missing}"`);
      res.json(result);
    }),
  );
  return r;
}
