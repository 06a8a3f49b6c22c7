// POST /api/cypher: a user's Cypher, run read-only with a transaction timeout and a row cap.
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppContext } from '../context.js';
import { ApiError, route } from '../errors.js';
import type { ServerSettings } from '../settings.js';
import { parse } from '../validate.js';
import { CypherBody } from '@claimgraph/schema/api';
import { runCypher } from '../cypher-runner.js';

const MAX_RUNNING_PER_CLIENT = 2;

export function cypherRoutes(ctx: AppContext, s: ServerSettings): Router {
  const r = Router();
  const limiter = rateLimit({
    windowMs: s.cypherRateWindowMs,
    limit: s.cypherRateLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new ApiError(
          429,
          'rate_limited',
          `Too many Cypher queries: at most ${s.cypherRateLimit} per ${Math.round(s.cypherRateWindowMs / 1000)} s.`,
          { 'Retry-After': String(Math.ceil(s.cypherRateWindowMs / 1000)) },
        ),
      );
    },
  });
  // Queries of one client running at once: a few, so one reader cannot hold the Cypher pool alone.
  const running = new Map<string, number>();
  r.post(
    '/cypher',
    limiter,
    route(async (req, res) => {
      const body = parse(CypherBody, req.body ?? {});
      const client = req.ip ?? 'unknown';
      const now = running.get(client) ?? 0;
      if (now >= MAX_RUNNING_PER_CLIENT)
        throw new ApiError(
          429,
          'busy',
          `At most ${MAX_RUNNING_PER_CLIENT} Cypher queries of one client run at once; wait for one to finish.`,
          { 'Retry-After': '1' },
        );
      running.set(client, now + 1);
      try {
        res.json(
          await runCypher(ctx, body.query, body.params, { timeoutMs: s.cypherTimeoutMs, maxRows: s.cypherMaxRows }),
        );
      } finally {
        const left = (running.get(client) ?? 1) - 1;
        if (left > 0) running.set(client, left);
        else running.delete(client);
      }
    }),
  );
  return r;
}
