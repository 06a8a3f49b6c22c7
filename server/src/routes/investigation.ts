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

export function investigationRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/edges/claims',
    route(async (req, res) => {
      const q = parse(EdgeClaimsQuery, req.query);
      const body = await edgeClaims(ctx, q);
      if (!body) throw notFound(`No ${q.predicate} edge from ${q.subject} to ${q.object}`);
      res.json(body);
    }),
  );
  r.get(
    '/claims/:id',
    route(async (req, res) => {
      const { id } = parse(ClaimPath, req.params);
      const claim = await getClaim(ctx, id);
      if (!claim) throw notFound(`No claim ${id}`);
      res.json(claim);
    }),
  );
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
  r.get(
    '/contested',
    route(async (req, res) => {
      res.json(await contested(ctx, parse(ContestedQuery, req.query)));
    }),
  );
  r.get(
    '/timeline',
    route(async (req, res) => {
      const w = parse(TimelineQuery, req.query);
      res.json(await timeline(ctx, { from: w.from ?? null, to: w.to ?? null }));
    }),
  );
  r.get(
    '/replies',
    route(async (req, res) => {
      res.json(await replyNetwork(ctx, { document: parse(RepliesQuery, req.query).document ?? null }));
    }),
  );
  return r;
}
