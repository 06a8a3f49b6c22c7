import { Router } from 'express';
import { DocumentPath, DocumentsQuery, DocumentUpload } from '@claimgraph/schema/api';
import type { AppContext } from '../context.js';
import { notFound, route } from '../errors.js';
import { getDocument, listDocuments } from '../queries/documents.js';
import { ingestText } from '../ingest.js';
import { parse } from '../validate.js';

export function documentRoutes(ctx: AppContext, opts: { extractTimeoutMs: number }): Router {
  const r = Router();
  r.get(
    '/documents',
    route(async (req, res) => {
      const q = parse(DocumentsQuery, req.query);
      res.json(await listDocuments(ctx, { kind: q.kind ?? null, limit: q.limit, offset: q.offset }));
    }),
  );
  r.get(
    '/documents/:id',
    route(async (req, res) => {
      const { id } = parse(DocumentPath, req.params);
      const doc = await getDocument(ctx, id);
      if (!doc) throw notFound(`No document with id "${id}"`);
      res.json(doc);
    }),
  );
  r.post(
    '/documents',
    // The token is checked in app.ts, before the body is read.
    route(async (req, res) => {
      const body = parse(DocumentUpload, req.body ?? {});
      const result = await ingestText(ctx, body, opts);
      res
        .status(result.outcome === 'created' ? 201 : 200)
        .location(`/api/documents/${encodeURIComponent(result.doc)}`)
        .json(result);
    }),
  );
  return r;
}
