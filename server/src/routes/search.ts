import { Router } from 'express';
import { z } from 'zod';
import { ENTITY_TYPES } from '@claimgraph/schema';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { search } from '../queries/search.js';
import { intParam, parse } from '../validate.js';

const Query = z.object({
  q: z.string().trim().min(1, 'is required').max(200),
  type: z.enum(ENTITY_TYPES).optional(),
  limit: intParam(1, 100, 10),
});

export function searchRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/search',
    route(async (req, res) => {
      const q = parse(Query, req.query);
      const results = await search(ctx, { q: q.q, type: q.type ?? null, limit: q.limit });
      res.json({ q: q.q, results });
    }),
  );
  return r;
}
