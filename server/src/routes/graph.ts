import { Router } from 'express';
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES } from '@claimgraph/schema';
import type { AppContext } from '../context.js';
import { badRequest, route } from '../errors.js';
import { overviewGraph } from '../queries/graph.js';
import { parse, repeatedParam } from '../validate.js';
import { dateWindow } from '../iso-date.js';

const Focus = dateWindow.and(
  z.object({ document: z.string().min(1).max(300).optional(), speaker: z.string().min(1).max(300).optional() }),
);

export function graphRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get(
    '/graph',
    route(async (req, res) => {
      const limit = req.query.limit === undefined ? 300 : Number(req.query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
        throw badRequest('limit must be an integer from 1 to 5000');
      const typesParam = repeatedParam(req.query.types);
      const types = typesParam ? typesParam.split(',') : undefined;
      const unknown = types?.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
      if (unknown?.length) throw badRequest(`unknown type(s): ${unknown.join(', ')}`);
      const predicatesParam = repeatedParam(req.query.predicates);
      const predicates = predicatesParam ? predicatesParam.split(',') : undefined;
      const unknownPredicates = predicates?.filter((p) => !(PREDICATES as readonly string[]).includes(p));
      if (unknownPredicates?.length) throw badRequest(`unknown predicate(s): ${unknownPredicates.join(', ')}`);
      const focus = parse(Focus, req.query);
      res.json(await overviewGraph(ctx, { limit, types, predicates, focus }));
    }),
  );
  return r;
}
