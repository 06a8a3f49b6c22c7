import { Router } from 'express';
import type { AppContext } from '../context.js';
import { badRequest, notFound, route } from '../errors.js';
import { shortestPaths } from '../queries/path.js';
import { PathQuery } from '@claimgraph/schema/api';
import { parse } from '../validate.js';

export function pathRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/path',
    route(async (req, res) => {
      const q = parse(PathQuery, req.query);
      if (q.from === q.to) throw badRequest('from and to are the same entity');
      const result = await shortestPaths(ctx, q);
      if ('missing' in result) throw notFound(`No entity with id "${result.missing}"`);
      res.json(result);
    }),
  );
  return r;
}
