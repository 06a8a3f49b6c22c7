// Bearer-token check for the write endpoint. Tokens are compared as SHA-256 digests with
// timingSafeEqual, so neither the content nor the length of the token leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireToken(token: string | null, what: string): RequestHandler {
  return (req, _res, next) => {
    if (!token) {
      next(new ApiError(403, 'disabled', `${what} is disabled: the server has no API_TOKEN set.`));
      return;
    }
    const m = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    if (!m) {
      next(
        new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <API_TOKEN>.', { 'WWW-Authenticate': 'Bearer' }),
      );
      return;
    }
    if (!tokenMatches(m[1]!.trim(), token)) {
      next(new ApiError(403, 'forbidden', 'The token is not valid.'));
      return;
    }
    next();
  };
}
