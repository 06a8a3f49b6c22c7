import { Router } from 'express';
import type { AppContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { shortestPaths } from '../queries/path.js';
import { PathQuery } from '@claimgraph/schema/api';
import { parse } from '../validate.js';
import { getJson } from './answer.js';

export function pathRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/path', async (req) => {
    const q = parse(PathQuery, req.query);
    if (q.from === q.to) throw badRequest('from and to are the same entity');
    const result = await shortestPaths(ctx, q);
    if ('missing' in result) throw notFound(`No entity with id "${result.missing}"`);
    return result;
  });
  return r;
}
