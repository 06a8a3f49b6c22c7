// Building blocks of request schemas: query strings arrive as text, so numbers, lists and dates are parsed
// here, and each block tells the OpenAPI document the type the caller should think in.
import { z } from './zod.js';

const boundedInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional();

/** An integer query parameter with bounds and a default. */
export const intParam = (min: number, max: number, fallback: number) =>
  boundedInt(min, max)
    .transform((v) => v ?? fallback)
    .openapi({ type: 'integer', minimum: min, maximum: max, default: fallback });

/** An integer query parameter with bounds whose absence means "no bound": null then. */
export const optionalIntParam = (min: number, max: number) =>
  boundedInt(min, max)
    .transform((v) => v ?? null)
    .openapi({ type: 'integer', minimum: min, maximum: max });

/** A query parameter that may be repeated (?a=x&a=y) or comma-separated (?a=x,y), as one comma list. */
export function repeatedParam(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(',');
  return undefined;
}

/** A comma-separated (or repeated) list restricted to known values (entity types, predicates). */
export const csvOf = (allowed: readonly string[], what: string) =>
  z
    .preprocess(repeatedParam, z.string().optional())
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
    })
    .openapi({ type: 'string', description: `Comma-separated: ${allowed.join(', ')}` });

export const paging = (maxLimit: number, defaultLimit: number) => ({
  limit: intParam(1, maxLimit, defaultLimit).openapi({ description: 'Page size.' }),
  offset: intParam(0, 1_000_000, 0).openapi({ description: 'Items to skip.' }),
});

/** An entity id, in a path or a query. */
export const entityId = z.string().min(1).max(300);

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

/** A calendar date (YYYY-MM-DD), checked for real: 2024-02-30 is refused. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a calendar date')
  .openapi({ type: 'string', format: 'date' });

const dateParam = (description: string) => isoDate.optional().openapi({ description });

const inOrder = (w: { from?: unknown; to?: unknown }) =>
  typeof w.from !== 'string' || typeof w.to !== 'string' || w.from <= w.to;

/** A query with an optional from/to window (inclusive) whose ends, when both given, are in order. */
export const withDateWindow = <T extends z.ZodRawShape>(shape: T, fromText: string, toText: string) =>
  z
    .object({
      ...shape,
      from: dateParam(`${fromText} (YYYY-MM-DD, inclusive).`),
      to: dateParam(`${toText} (YYYY-MM-DD, inclusive).`),
    })
    .refine(inOrder, 'from must not be after to');
