// Request validation with zod: a bad query or body becomes a 400 that names the offending field.
import { z } from 'zod';
import neo4j, { type Integer } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES, STANCES } from '@claimgraph/schema';
import { badRequest } from './errors.js';

export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  throw badRequest(msg);
}

/** An integer query parameter with bounds and a default. */
export const intParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback);

/** A comma-separated or repeated list restricted to known values (entity types, predicates). */
export const csvOf = (allowed: readonly string[], what: string) =>
  z.preprocess(
    (v) => repeatedParam(v) ?? v,
    z
      .string()
      .optional()
      .transform((s, ctx) => {
        if (!s) return null;
        const items = [
          ...new Set(
            s
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
          ),
        ];
        const unknown = items.filter((x) => !allowed.includes(x));
        if (unknown.length) {
          ctx.addIssue({ code: 'custom', message: `unknown ${what}: ${unknown.join(', ')}` });
          return z.NEVER;
        }
        return items.length ? items : null;
      }),
  );

export const entityTypes = csvOf(ENTITY_TYPES, 'entity type(s)');
export const predicates = csvOf(PREDICATES, 'predicate(s)');
export const stance = z.enum(STANCES).optional();
export const entityIdParam = z.string().min(1).max(300);
export const paging = (maxLimit: number, defaultLimit: number) => ({
  limit: intParam(1, maxLimit, defaultLimit),
  offset: intParam(0, 1_000_000, 0),
});

/** LIMIT and SKIP need Cypher integers; plain JS numbers travel as floats. */
export const cint = (n: number): Integer => neo4j.int(n);

/** NUL and lone UTF-16 surrogates: not text, and Neo4j or a later reader would mangle them. */
export const isCleanText = (s: string) => !/[\0\uD800-\uDFFF]/u.test(s);
export const CLEAN_TEXT = 'must not contain NUL or unpaired surrogate characters';

/** An ISO 8601 date, optionally with a time, that names a real calendar day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** A query parameter that may be repeated (?a=x&a=y) or comma-separated (?a=x,y), as one comma list. */
export function repeatedParam(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(',');
  return undefined;
}
