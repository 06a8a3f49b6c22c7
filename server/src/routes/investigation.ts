// The investigation endpoints: what stands behind an edge, a claim and its flag, contested targets,
// the timeline and the reply network between commenters.
import { Router } from 'express';
import { z } from 'zod';
import { PREDICATES } from '@claimgraph/schema';
import type { AppContext } from '../context.js';
import { notFound, route } from '../errors.js';
import { edgeClaims } from '../queries/edge-claims.js';
import { getClaim, setFlag } from '../queries/claim-flags.js';
import { contested } from '../queries/contested.js';
import { timeline } from '../queries/timeline.js';
import { replyNetwork } from '../queries/replies.js';
import { CLEAN_TEXT, entityIdParam, isCleanText, paging, parse } from '../validate.js';
import { dateWindow } from '../iso-date.js';

const EdgeQuery = z.object({
  subject: entityIdParam,
  predicate: z.enum(PREDICATES),
  object: entityIdParam,
  ...paging(200, 50),
});
const ClaimId = z.string().min(1).max(400);
const Flag = z
  .object({ reason: z.string().trim().min(1, 'is required').max(1000).refine(isCleanText, CLEAN_TEXT) })
  .strict();
const Page = z.object(paging(100, 20));

const Replies = z.object({ document: z.string().min(1).max(300).optional() });

export function investigationRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/edges/claims',
    route(async (req, res) => {
      const q = parse(EdgeQuery, req.query);
      const body = await edgeClaims(ctx, q);
      if (!body) throw notFound(`No ${q.predicate} edge from ${q.subject} to ${q.object}`);
      res.json(body);
    }),
  );
  r.get(
    '/claims/:id',
    route(async (req, res) => {
      const id = parse(ClaimId, req.params.id);
      const claim = await getClaim(ctx, id);
      if (!claim) throw notFound(`No claim ${id}`);
      res.json(claim);
    }),
  );
  const flagRoute = (flag: boolean) =>
    route(async (req, res) => {
      const id = parse(ClaimId, req.params.id);
      const reason = flag ? parse(Flag, req.body ?? {}).reason : null;
      if (!(await setFlag(ctx, id, reason))) throw notFound(`No claim ${id}`);
      res.json(await getClaim(ctx, id));
    });
  // The token is checked in app.ts, before the body is read.
  r.post('/claims/:id/flag', flagRoute(true));
  r.delete('/claims/:id/flag', flagRoute(false));
  r.get(
    '/contested',
    route(async (req, res) => {
      res.json(await contested(ctx, parse(Page, req.query)));
    }),
  );
  r.get(
    '/timeline',
    route(async (req, res) => {
      const w = parse(dateWindow, req.query);
      res.json(await timeline(ctx, { from: w.from ?? null, to: w.to ?? null }));
    }),
  );
  r.get(
    '/replies',
    route(async (req, res) => {
      res.json(await replyNetwork(ctx, { document: parse(Replies, req.query).document ?? null }));
    }),
  );
  return r;
}
