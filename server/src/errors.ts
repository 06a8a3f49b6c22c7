// API errors: every failure answers {error: {code, message, …details}} with the right status and no stack trace.
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

export function isDbUnavailable(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|Could not perform discovery|connection acquisition timed out|Connection was closed/i.test(
      String((e as Error)?.message),
    )
  );
}

/** Wraps an async handler so rejections reach the error middleware. */
export const route =
  (fn: (...a: Parameters<RequestHandler>) => Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    fn(req, res, next).catch(next);
  };

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let e: ApiError;
  const type = (err as { type?: string })?.type;
  if (err instanceof ApiError) e = err;
  else if (isDbUnavailable(err))
    e = new ApiError(503, 'database_unavailable', 'Neo4j is not reachable; try again shortly.', { 'Retry-After': '5' });
  else if (type === 'entity.too.large') e = new ApiError(413, 'payload_too_large', 'Request body is too large.');
  else if (type === 'entity.parse.failed') e = new ApiError(400, 'bad_request', 'Request body is not valid JSON.');
  else if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    e = new ApiError(415, 'unsupported_media_type', 'Send the body as UTF-8 JSON.');
  else {
    // Logged for the operator; the client gets no internals.
    console.error(`${req.method} ${req.originalUrl}:`, err);
    e = new ApiError(500, 'internal', 'Internal error.');
  }
  if (res.headersSent) return;
  for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
  res.status(e.status).json({ error: { ...e.details, code: e.code, message: e.message } });
};
