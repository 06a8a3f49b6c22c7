// API errors: every failure answers {error: {code, message, …details}} with the right status and no stack trace.
import { errorField, firstLine, isDbUnavailable, isNeo4jClientError, isSecurityError } from '@claimgraph/schema';
import type { ErrorRequestHandler, RequestHandler } from 'express';

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public headers: Record<string, string> = {},
    /** Extra fields for the error body (e.g. a syntax error's position). */
    public details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/** Wraps an async handler so rejections reach the error middleware. */
export const route =
  (fn: (...a: Parameters<RequestHandler>) => Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    fn(req, res, next).catch(next);
  };

/** Errors Express and body-parser raise for the client's own mistakes carry a 4xx status. */
function clientHttpError(err: unknown): ApiError | null {
  const status = Number(errorField(err, 'status') || errorField(err, 'statusCode'));
  if (!Number.isInteger(status) || status < 400 || status > 499) return null;
  const type = errorField(err, 'type');
  const message = errorField(err, 'message');
  if (status === 413 || type === 'entity.too.large')
    return new ApiError(413, 'payload_too_large', 'Request body is too large.');
  if (type === 'entity.parse.failed') return new ApiError(400, 'bad_request', 'Request body is not valid JSON.');
  if (status === 415 || type === 'charset.unsupported' || type === 'encoding.unsupported')
    return new ApiError(415, 'unsupported_media_type', 'Send the body as UTF-8 JSON, uncompressed or gzip.');
  if (/decode param/i.test(message))
    return new ApiError(400, 'bad_request', 'The URL path is not valid percent-encoded UTF-8.');
  // A body that claims an encoding (e.g. gzip) it does not have fails in zlib.
  if (/incorrect header check|unexpected end of file|invalid|Z_/i.test(message))
    return new ApiError(400, 'bad_request', 'The request body could not be decoded with its Content-Encoding.');
  return new ApiError(status, 'bad_request', message || 'Bad request.');
}

/** Neo4j refuses a statement it cannot run as given (bad arguments, types, values): the client's mistake. */
function neo4jClientError(err: unknown): ApiError | null {
  if (!isNeo4jClientError(err)) return null;
  if (isSecurityError(err)) return new ApiError(403, 'forbidden', 'Not allowed.');
  const message = firstLine(errorField(err, 'message'));
  return new ApiError(400, 'bad_request', message || 'Neo4j refused the request.');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let e: ApiError;
  if (err instanceof ApiError) e = err;
  else if (isDbUnavailable(err))
    e = new ApiError(503, 'database_unavailable', 'Neo4j is not reachable; try again shortly.', { 'Retry-After': '5' });
  else {
    const client = clientHttpError(err) ?? neo4jClientError(err);
    if (client) e = client;
    else {
      // Logged for the operator; the client gets no internals. A client's mistake above is not logged.
      console.error(`${req.method} ${req.originalUrl}:`, err);
      e = new ApiError(500, 'internal', 'Internal error.');
    }
  }
  if (res.headersSent) return;
  for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
  res.status(e.status).json({ error: { ...e.details, code: e.code, message: e.message } });
};
