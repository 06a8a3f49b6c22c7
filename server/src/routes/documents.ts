import { Router } from 'express';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '@claimgraph/schema';
import type { AppContext } from '../context.js';
import { notFound, route } from '../errors.js';
import { getDocument, listDocuments } from '../queries/documents.js';
import { ingestText, validSourceId } from '../ingest.js';
import { CLEAN_TEXT, isCleanText, isIsoDate, paging, parse } from '../validate.js';

const List = z.object({ kind: z.enum(DOCUMENT_KINDS).optional(), ...paging(500, 50) });
const Id = z.string().min(1).max(300);
const clean = (t: z.ZodString) => t.refine(isCleanText, CLEAN_TEXT);
const optionalText = (max: number) => clean(z.string().trim().max(max)).nullable().optional();
const Upload = z
  .object({
    source: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((s) => !/[\\/\0]/.test(s), 'must be a file name, without folders')
      .refine(validSourceId, 'must contain letters or digits')
      .refine(isCleanText, CLEAN_TEXT),
    text: clean(z.string().min(1, 'is required')),
    title: clean(z.string().trim().min(1).max(500)).optional(),
    author: optionalText(300),
    publisher: optionalText(300),
    date: z
      .string()
      .refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD, optionally with a time)')
      .nullable()
      .optional(),
    kind: z.enum(DOCUMENT_KINDS).optional(),
    /** Allows replacing a document stored from a different file name with the same id. */
    replace: z.boolean().optional(),
  })
  .strict();

export function documentRoutes(ctx: AppContext, opts: { extractTimeoutMs: number }): Router {
  const r = Router();
  r.get(
    '/documents',
    route(async (req, res) => {
      const q = parse(List, req.query);
      res.json(await listDocuments(ctx, { kind: q.kind ?? null, limit: q.limit, offset: q.offset }));
    }),
  );
  r.get(
    '/documents/:id',
    route(async (req, res) => {
      const id = parse(Id, req.params.id);
      const doc = await getDocument(ctx, id);
      if (!doc) throw notFound(`No document with id "${id}"`);
      res.json(doc);
    }),
  );
  r.post(
    '/documents',
    // The token is checked in app.ts, before the body is read.
    route(async (req, res) => {
      const body = parse(Upload, req.body ?? {});
      const result = await ingestText(ctx, body, opts);
      res
        .status(result.outcome === 'created' ? 201 : 200)
        .location(`/api/documents/${encodeURIComponent(result.doc)}`)
        .json(result);
    }),
  );
  return r;
}
