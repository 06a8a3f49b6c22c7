// The Express application: JSON API under /api, the built explorer at /.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import type { AppContext } from './context.js';
import { errorHandler, ApiError } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { graphRoutes } from './routes/graph.js';

export interface AppOptions { staticDir?: string }

export function createApp(ctx: AppContext, opts: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '5mb' }));
  const api = express.Router();
  api.use(healthRoutes(ctx));
  api.use(graphRoutes(ctx));
  api.use((req, _res, next) => next(new ApiError(404, 'not_found', `No such endpoint: ${req.method} ${req.path}`)));
  app.use('/api', api);
  if (opts.staticDir && existsSync(opts.staticDir)) app.use(express.static(opts.staticDir));
  app.use(errorHandler);
  return app;
}
