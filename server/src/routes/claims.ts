import { Router } from 'express';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { claims } from '../queries/claims.js';
import { ClaimsQuery } from '@claimgraph/schema/api';
import { parse } from '../validate.js';

export function claimRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/claims',
    route(async (req, res) => {
      const q = parse(ClaimsQuery, req.query);
      res.json(
        await claims(ctx, {
          speaker: q.speaker ?? null,
          about: q.about ?? null,
          stance: q.stance ?? null,
          limit: q.limit,
          offset: q.offset,
        }),
      );
    }),
  );
  return r;
}
