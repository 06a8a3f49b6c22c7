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
      if (!h.neo4j.reachable) res.setHeader('Retry-After', '5');
      res.status(h.neo4j.reachable ? 200 : 503).json({ status: h.neo4j.reachable ? 'ok' : 'degraded', ...h });
    }),
  );
  return r;
}
