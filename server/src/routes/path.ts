import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { badRequest, notFound, route } from '../errors.js';
import { entityExists } from '../queries/entities.js';
import { MAX_HOPS, shortestPaths } from '../queries/path.js';
import { entityIdParam, intParam, parse } from '../validate.js';

const Query = z.object({ from: entityIdParam, to: entityIdParam, maxHops: intParam(1, MAX_HOPS, 4) });

export function pathRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/path', route(async (req, res) => {
    const q = parse(Query, req.query);
    if (q.from === q.to) throw badRequest('from and to are the same entity');
    const [a, b] = await Promise.all([entityExists(ctx, q.from), entityExists(ctx, q.to)]);
    if (!a) throw notFound(`No entity with id "${q.from}"`);
    if (!b) throw notFound(`No entity with id "${q.to}"`);
    res.json(await shortestPaths(ctx, q));
  }));
  return r;
}
