import { Router } from 'express';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { entity, entityExists, neighbours } from '../queries/entities.js';
import { claims } from '../queries/claims.js';
import { EntityClaimsQuery, EntityPath, EntityQuery, NeighboursQuery } from '@claimgraph/schema/api';
import { parse } from '../validate.js';
import { found, getJson } from './answer.js';

const noEntity = (id: string) => `No entity with id "${id}"`;

export function entityRoutes(ctx: AppContext): Router {
  const r = Router();
  getJson(r, '/entities/:id', async (req) => {
    const { id } = parse(EntityPath, req.params);
    const q = parse(EntityQuery, req.query);
    return found(await entity(ctx, id, q), noEntity(id));
  });
  getJson(r, '/entities/:id/neighbours', async (req) => {
    const { id } = parse(EntityPath, req.params);
    const q = parse(NeighboursQuery, req.query);
    return found(await neighbours(ctx, { id, ...q }), noEntity(id));
  });
  getJson(r, '/entities/:id/claims', async (req) => {
    const { id } = parse(EntityPath, req.params);
    const q = parse(EntityClaimsQuery, req.query);
    if (!(await entityExists(ctx, id))) throw notFound(noEntity(id));
    // Without a role: claims the entity makes or is the subject of.
    const page = await claims(ctx, {
      involving: q.role ? null : id,
      speaker: q.role === 'by' ? id : null,
      about: q.role === 'about' ? id : null,
      stance: q.stance ?? null,
      limit: q.limit,
      offset: q.offset,
    });
    return { entity: id, role: q.role ?? null, ...page };
  });
  return r;
}
