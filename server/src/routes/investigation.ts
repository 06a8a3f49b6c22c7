// The investigation endpoints: what stands behind an edge, a claim and its flag, contested targets,
// the timeline and the reply network between commenters.
import { Router } from 'express';
import {
  ClaimPath,
  ContestedQuery,
  EdgeClaimsQuery,
  FlagBody,
  RepliesQuery,
  TimelineQuery,
} from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { notFound, route } from '../errors.js';
import { edgeClaims } from '../queries/edge-claims.js';
import { getClaim, setFlag } from '../queries/claim-flags.js';
import { contested } from '../queries/contested.js';
import { timeline } from '../queries/timeline.js';
import { replyNetwork } from '../queries/replies.js';
import { parse } from '../validate.js';
import { found, getJson } from './answer.js';

export function investigationRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/edges/claims', async (req) => {
    const q = parse(EdgeClaimsQuery, req.query);
    return found(await edgeClaims(ctx, q), `No ${q.predicate} edge from ${q.subject} to ${q.object}`);
  });
  getJson(r, '/claims/:id', async (req) => {
    const { id } = parse(ClaimPath, req.params);
    return found(await getClaim(ctx, id), `No claim ${id}`);
  });
  const flagRoute = (flag: boolean) =>
    route(async (req, res) => {
      const { id } = parse(ClaimPath, req.params);
      const reason = flag ? parse(FlagBody, req.body ?? {}).reason : null;
      if (!(await setFlag(ctx, id, reason))) throw notFound(`No claim ${id}`);
      res.json(await getClaim(ctx, id));
    });
  // The token is checked in app.ts, before the body is read.
  r.post('/claims/:id/flag', flagRoute(true));
  r.delete('/claims/:id/flag', flagRoute(false));
  getJson(r, '/contested', (req) => contested(ctx, parse(ContestedQuery, req.query)));
  getJson(r, '/timeline', (req) => {
    const w = parse(TimelineQuery, req.query);
    return timeline(ctx, { from: w.from ?? null, to: w.to ?? null });
  });
  getJson(r, '/replies', (req) => replyNetwork(ctx, { document: parse(RepliesQuery, req.query).document ?? null }));
  return r;
}
