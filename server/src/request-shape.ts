// Checks on the shape of a request before any route reads it: what its URL may hold and what its body
// must be. Each refusal is the client's mistake, answered 400 or 415 with a message that says what to fix.
import type { RequestHandler } from 'express';
import { ApiError, badRequest } from './errors.js';

/**
 * A NUL can only reach the URL percent-encoded (Node refuses a raw one). It is never part of an id or a
 * search, and Neo4j and Lucene treat it unpredictably, so it is refused wherever it appears.
 */
export const refuseNulInUrl: RequestHandler = (req, _res, next) => {
  if (/%00/i.test(req.originalUrl)) next(badRequest('The URL must not contain NUL characters (%00).'));
  else next();
};

const carriesBody = (headers: Record<string, string | string[] | undefined>) =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] ?? '0') !== '0';

/**
 * Every body the API reads is JSON. A body of another type would otherwise be skipped by the JSON parser and
 * surface as a confusing "field is required"; it is a 415 that names the type to send.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (carriesBody(req.headers) && !req.is('application/json'))
    next(
      new ApiError(
        415,
        'unsupported_media_type',
        `Send the body as JSON with Content-Type: application/json, not ${req.get('content-type') ?? 'no type'}.`,
      ),
    );
  else next();
};
