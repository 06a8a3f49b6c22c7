import { Router } from 'express';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { stats } from '../queries/stats.js';

export function statsRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/stats',
    route(async (_req, res) => {
      res.json(await stats(ctx));
    }),
  );
  return r;
}
