import { Router } from 'express';
import { SearchQuery } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { search } from '../queries/search.js';
import { parse } from '../validate.js';
import { getJson } from './answer.js';

export function searchRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/search', async (req) => {
    const q = parse(SearchQuery, req.query);
    const results = await search(ctx, { q: q.q, type: q.type ?? null, limit: q.limit });
    return { q: q.q, results };
  });
  return r;
}
