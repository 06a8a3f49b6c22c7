// Claims filtered by speaker, target and stance, each with its speaker, targets and evidence span.
import type { AppContext } from '../context.js';
import { cint } from '../validate.js';
import { CLAIM } from './fragments.js';
import { read } from './run.js';

export interface ClaimFilter {
  involving?: string | null;
  speaker: string | null;
  about: string | null;
  stance: string | null;
  limit: number;
  offset: number;
}

// The query starts from the most selective anchor (a given entity, else the stance index), so each
// variant is a constant string chosen by which filters are present.
const WHERE = `WHERE ($stance IS NULL OR c.stance = $stance)
  AND ($speaker IS NULL OR EXISTS { (c)-[:MADE_BY]->(:Entity {id: $speaker}) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })`;
const PAGE = `
  WITH collect(c) AS cs
  WITH size(cs) AS total, cs[$offset..$end] AS page`;
const MATCHES = {
  speaker: `MATCH (:Entity {id: $speaker})<-[:MADE_BY]-(c:Claim) ${WHERE}`,
  about: `MATCH (:Entity {id: $about})<-[:ABOUT]-(c:Claim) ${WHERE}`,
  involving: `MATCH (:Entity {id: $involving})<-[:MADE_BY|ABOUT]-(c:Claim) ${WHERE}`,
  any: `MATCH (c:Claim) ${WHERE}`,
};
const LIST = (match: string) => `
  ${match}
  WITH DISTINCT c ORDER BY c.doc, c.start, c.id
  ${PAGE}
  CALL (page) { UNWIND page AS c RETURN collect(${CLAIM('c')}) AS items }
  RETURN total, items`;
const QUERIES = Object.fromEntries(Object.entries(MATCHES).map(([k, m]) => [k, LIST(m)])) as Record<
  keyof typeof MATCHES,
  string
>;

export async function claims(ctx: AppContext, f: ClaimFilter) {
  const q = f.involving ? QUERIES.involving : f.speaker ? QUERIES.speaker : f.about ? QUERIES.about : QUERIES.any;
  const [row] = await read<{ total: number; items: unknown[] }>(ctx, q, {
    involving: f.involving ?? null,
    speaker: f.speaker,
    about: f.about,
    stance: f.stance,
    offset: cint(f.offset),
    end: cint(f.offset + f.limit),
  });
  return { items: row?.items ?? [], total: row?.total ?? 0, limit: f.limit, offset: f.offset };
}
