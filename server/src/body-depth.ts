// Refuses JSON bodies nested deeper than any real request needs. Deep nesting costs nothing to send but
// overflows the stack of recursive code downstream (the Bolt encoder among it), so it stops here with a 400.
import type { RequestHandler } from 'express';
import { badRequest } from './errors.js';

export const MAX_BODY_DEPTH = 64;

/** Depth of a parsed JSON value, walked without recursion so the check itself cannot overflow. */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

export const limitBodyDepth =
  (max = MAX_BODY_DEPTH): RequestHandler =>
  (req, _res, next) => {
    if (jsonDepthExceeds(req.body, max)) next(badRequest(`The request body is nested deeper than ${max} levels.`));
    else next();
  };
