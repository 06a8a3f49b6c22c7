// The Express application: JSON API under /api, the built explorer at /.
import express, { type Express } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { existsSync } from 'node:fs';
import type { AppContext } from './context.js';
import { errorHandler, ApiError } from './errors.js';
import { serverSettings, type ServerSettings } from './settings.js';
import { openapi } from './openapi.js';
import { requireToken } from './auth.js';
import { limitBodyDepth } from './body-depth.js';
import { refuseNulInUrl, requireJsonBody } from './request-shape.js';
import { healthRoutes } from './routes/health.js';
import { graphRoutes } from './routes/graph.js';
import { statsRoutes } from './routes/stats.js';
import { searchRoutes } from './routes/search.js';
import { entityRoutes } from './routes/entities.js';
import { claimRoutes } from './routes/claims.js';
import { pathRoutes } from './routes/path.js';
import { documentRoutes } from './routes/documents.js';
import { cypherRoutes } from './routes/cypher.js';
import { investigationRoutes } from './routes/investigation.js';
import { readCache } from './cache/read-cache.js';

export interface AppOptions extends Partial<ServerSettings> {
  staticDir?: string;
  /** Environment to read settings from (default process.env); options given here win. */
  env?: NodeJS.ProcessEnv;
  /** The cluster worker this app runs in (workers.ts): named in an X-Worker header of every answer. */
  workerId?: number;
}

export function createApp(given: AppContext, opts: AppOptions = {}): Express {
  const { staticDir, env, workerId, ...overrides } = opts;
  const settings = serverSettings(env ?? process.env, overrides);
  const cache = readCache(given, settings);
  given.graphChanges?.listen(() => {
    cache.graphChanged();
  });
  const ctx: AppContext = {
    ...given,
    // The other workers drop their answers too before the write is acknowledged to its client.
    graphChanged: async () => {
      cache.graphChanged();
      await given.graphChanged?.();
      await given.graphChanges?.announce();
    },
  };
  const app = express();
  if (workerId !== undefined)
    app.use((_req, res, next) => {
      res.setHeader('X-Worker', String(workerId));
      next();
    });
  app.disable('x-powered-by');
  // The read cache sets a validator on the answers it keeps (and answers If-None-Match from them); one computed
  // from every other body would only cost a hash per answer that no client can use.
  app.set('etag', false);
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // The explorer lays out graphs in web workers created from blob: URLs and draws with WebGL.
          'worker-src': ["'self'", 'blob:'],
          'child-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
        },
      },
      // WebGL textures from blob: and same-origin fetches would be blocked by a strict embedder policy.
      crossOriginEmbedderPolicy: false,
      // Matches frame-ancestors 'none' for browsers that only know the older header.
      frameguard: { action: 'deny' },
    }),
  );
  if (settings.corsOrigins.length) {
    app.use(
      '/api',
      cors({
        origin: settings.corsOrigins,
        methods: ['GET', 'POST'],
        allowedHeaders: ['Content-Type', 'Authorization'],
        maxAge: 600,
      }),
    );
  }
  // Every write endpoint checks its token here, before any body is read, so an anonymous client cannot
  // make the server parse anything. The routers behind hold no token check of their own.
  const upload = requireToken(settings.apiToken, 'Uploading documents');
  const flag = requireToken(settings.apiToken, 'Flagging claims');
  app.post('/api/documents', upload);
  app.post('/api/claims/:id/flag', flag);
  app.delete('/api/claims/:id/flag', flag);
  app.use('/api', refuseNulInUrl, requireJsonBody);
  app.use(express.json({ limit: settings.bodyLimit }), limitBodyDepth());

  const api = express.Router();
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(cache.middleware);
  api.use(healthRoutes(ctx));
  api.use(statsRoutes(ctx));
  api.use(graphRoutes(ctx));
  api.use(searchRoutes(ctx));
  api.use(entityRoutes(ctx));
  api.use(investigationRoutes(ctx));
  api.use(claimRoutes(ctx));
  api.use(pathRoutes(ctx));
  api.use(documentRoutes(ctx, settings));
  api.use(cypherRoutes(ctx, settings));
  api.use((req, _res, next) => {
    next(new ApiError(404, 'not_found', `No such endpoint: ${req.method} ${req.path}`));
  });
  app.use('/api', api);
  if (staticDir && existsSync(staticDir)) app.use(express.static(staticDir));
  app.use(errorHandler);
  return app;
}
