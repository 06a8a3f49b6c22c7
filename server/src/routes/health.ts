import { Router } from 'express';
import type { AppContext } from '../context.js';
import { route } from '../errors.js';
import { health } from '../queries/health.js';

export function healthRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/health',
    route(async (_req, res) => {
      const h = await health(ctx);
      if (h.status !== 'ok') res.setHeader('Retry-After', '5');
      res.status(h.status === 'ok' ? 200 : 503).json(h);
    }),
  );
  return r;
}
