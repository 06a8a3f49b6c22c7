import { Router } from 'express';
import type { AppContext } from '../context.js';
import { notFound, route } from '../errors.js';
import { entity, entityExists, neighbours } from '../queries/entities.js';
import { claims } from '../queries/claims.js';
import { EntityClaimsQuery, EntityPath, NeighboursQuery } from '@claimgraph/schema/api';
import { parse } from '../validate.js';

const noEntity = (id: string) => notFound(`No entity with id "${id}"`);

export function entityRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/entities/:id',
    route(async (req, res) => {
      const { id } = parse(EntityPath, req.params);
      const e = await entity(ctx, id);
      if (!e) throw noEntity(id);
      res.json(e);
    }),
  );
  r.get(
    '/entities/:id/neighbours',
    route(async (req, res) => {
      const { id } = parse(EntityPath, req.params);
      const q = parse(NeighboursQuery, req.query);
      const n = await neighbours(ctx, { id, ...q });
      if (!n) throw noEntity(id);
      res.json(n);
    }),
  );
  r.get(
    '/entities/:id/claims',
    route(async (req, res) => {
      const { id } = parse(EntityPath, req.params);
      const q = parse(EntityClaimsQuery, req.query);
      if (!(await entityExists(ctx, id))) throw noEntity(id);
      // Without a role: claims the entity makes or is the subject of.
      const page = await claims(ctx, {
        involving: q.role ? null : id,
        speaker: q.role === 'by' ? id : null,
        about: q.role === 'about' ? id : null,
        stance: q.stance ?? null,
        limit: q.limit,
        offset: q.offset,
      });
      res.json({ entity: id, role: q.role ?? null, ...page });
    }),
  );
  return r;
}
