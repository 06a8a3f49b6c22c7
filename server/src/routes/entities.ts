import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { notFound, route } from '../errors.js';
import { entity, entityExists, neighbours } from '../queries/entities.js';
import { claims } from '../queries/claims.js';
import { entityIdParam, entityTypes, intParam, paging, parse, predicates, stance } from '../validate.js';

const Neighbours = z.object({ depth: intParam(1, 3, 1), types: entityTypes, predicates, limit: intParam(1, 500, 50) });
const EntityClaims = z.object({ role: z.enum(['by', 'about']).optional(), stance, ...paging(200, 50) });

const noEntity = (id: string) => notFound(`No entity with id "${id}"`);

export function entityRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/entities/:id',
    route(async (req, res) => {
      const id = parse(entityIdParam, req.params.id);
      const e = await entity(ctx, id);
      if (!e) throw noEntity(id);
      res.json(e);
    }),
  );
  r.get(
    '/entities/:id/neighbours',
    route(async (req, res) => {
      const id = parse(entityIdParam, req.params.id);
      const q = parse(Neighbours, req.query);
      const n = await neighbours(ctx, { id, ...q });
      if (!n) throw noEntity(id);
      res.json(n);
    }),
  );
  r.get(
    '/entities/:id/claims',
    route(async (req, res) => {
      const id = parse(entityIdParam, req.params.id);
      const q = parse(EntityClaims, req.query);
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
