// Comments and claims over time: a comment at its postedAt, a claim at its comment's postedAt or else
// its document's date. Counted per day, or per month when the span is longer than a quarter.
import type { AppContext } from '../context.js';
import { read } from './run.js';

const DAYS = `
  CALL () {
    MATCH (cm:Comment) WHERE cm.postedAt IS NOT NULL
    RETURN substring(cm.postedAt, 0, 10) AS day, 'comment' AS kind
    UNION ALL
    MATCH (c:Claim)
    OPTIONAL MATCH (c)-[:STATED_IN]->(cm:Comment)
    OPTIONAL MATCH (d:Document {id: c.doc})
    WITH substring(coalesce(cm.postedAt, d.date), 0, 10) AS day WHERE day IS NOT NULL
    RETURN day, 'claim' AS kind
  }
  WITH day, kind WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  RETURN day, sum(CASE kind WHEN 'comment' THEN 1 ELSE 0 END) AS comments,
         sum(CASE kind WHEN 'claim' THEN 1 ELSE 0 END) AS claims
  ORDER BY day`;

const QUARTER_MS = 92 * 86_400_000;

export async function timeline(ctx: AppContext, p: { from: string | null; to: string | null }) {
  const rows = await read<{ day: string; comments: unknown; claims: unknown }>(ctx, DAYS, p);
  const first = rows[0]?.day ?? null;
  const last = rows.at(-1)?.day ?? null;
  const span = first && last ? Date.parse(last) - Date.parse(first) : 0;
  const unit = span > QUARTER_MS ? 'month' : 'day';
  const buckets = new Map<string, { start: string; comments: number; claims: number }>();
  for (const r of rows) {
    const start = unit === 'month' ? r.day.slice(0, 7) : r.day;
    const b = buckets.get(start) ?? { start, comments: 0, claims: 0 };
    b.comments += Number(r.comments);
    b.claims += Number(r.claims);
    buckets.set(start, b);
  }
  return { unit, from: first, to: last, buckets: [...buckets.values()] };
}
