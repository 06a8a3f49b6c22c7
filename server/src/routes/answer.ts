// The shape every JSON route shares: run the handler, answer its result as JSON, and let a rejection reach
// the error middleware (errors.ts) so each route says only what it reads and which query answers it.
import type { Request, Router } from 'express';
import { notFound, route } from '../errors.js';

/** Registers GET `path`, answering the JSON of what `answer` resolves to. */
export function getJson(router: Router, path: string, answer: (req: Request) => Promise<unknown>): void {
  router.get(
    path,
    route(async (req, res) => {
      res.json(await answer(req));
    }),
  );
}

/** The value, or a 404 saying `missing` when there is none. */
export function found<T>(value: T | null | undefined, missing: string): T {
  if (value === null || value === undefined) throw notFound(missing);
  return value;
}
