import { Router } from 'express';
import type { AppContext } from '../context.js';
import { claims } from '../queries/claims.js';
import { ClaimsQuery } from '@claimgraph/schema/api';
import { parse } from '../validate.js';
import { getJson } from './answer.js';

export function claimRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/claims', (req) => {
    const q = parse(ClaimsQuery, req.query);
    const filter = { speaker: q.speaker ?? null, about: q.about ?? null, stance: q.stance ?? null };
    return claims(ctx, { ...filter, limit: q.limit, offset: q.offset });
  });
  return r;
}
