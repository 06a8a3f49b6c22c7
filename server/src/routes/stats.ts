import { Router } from 'express';
import type { AppContext } from '../context.js';
import { stats } from '../queries/stats.js';
import { getJson } from './answer.js';

export function statsRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/stats', () => stats(ctx));
  return r;
}
