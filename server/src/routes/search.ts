import { Router } from 'express';
import { SearchQuery } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { search } from '../queries/search.js';
import { parse } from '../validate.js';

export function searchRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/search',
    route(async (req, res) => {
      const q = parse(SearchQuery, req.query);
      const results = await search(ctx, { q: q.q, type: q.type ?? null, limit: q.limit });
      res.json({ q: q.q, results });
    }),
  );
  return r;
}
