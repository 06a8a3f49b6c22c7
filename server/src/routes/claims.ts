import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { claims } from '../queries/claims.js';
import { entityIdParam, paging, parse, stance } from '../validate.js';

const Query = z.object({
  speaker: entityIdParam.optional(),
  about: entityIdParam.optional(),
  stance,
  ...paging(200, 50),
});

export function claimRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/claims',
    route(async (req, res) => {
      const q = parse(Query, req.query);
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
