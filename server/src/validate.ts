// The one validation path: every route parses its path parameters, query and body with the contract's zod
// schemas (@claimgraph/schema/api); a bad request becomes a 400 that names the offending field.
import type { z } from 'zod';
import neo4j, { type Integer } from 'neo4j-driver';
import { badRequest } from './errors.js';

export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  throw badRequest(msg);
}

/** LIMIT and SKIP need Cypher integers; plain JS numbers travel as floats. */
export const cint = (n: number): Integer => neo4j.int(n);

/** A Cypher integer, or null for an optional bound that was not given. */
export const cintOrNull = (n: number | null | undefined): Integer | null =>
  n === null || n === undefined ? null : cint(n);
