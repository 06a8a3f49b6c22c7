// What stands behind one edge: the claims a stance edge aggregates, or the evidence spans of a fact edge.
import type { AppContext } from '../context.js';
import { cint } from '../validate.js';
import { read } from './run.js';
import { CLAIM_BRIEF } from './speakers.js';

export interface EdgeKey {
  subject: string;
  predicate: string;
  object: string;
  /** One relationship's element id: only its claims or spans (several fact edges join the same two entities). */
  edge?: string | undefined;
  limit: number;
  offset: number;
}

// The predicate is validated against the schema's list, then matched as type(r): never spliced in. Claims and
// spans are paged alike, so a hub's edge never answers thousands of quotes at once.
const QUERY = `
  MATCH (a:Entity {id: $subject})-[r]->(b:Entity {id: $object})
  WHERE type(r) = $predicate AND ($edge IS NULL OR elementId(r) = $edge)
  WITH collect(r) AS rs
  WITH rs, reduce(ids = [], r IN rs | ids + coalesce(r.claims, [])) AS claimIds,
       [r IN rs WHERE r.starts IS NOT NULL] AS facts
  CALL (claimIds) {
    UNWIND claimIds AS cid MATCH (c:Claim {id: cid})
    WITH c ORDER BY c.doc, c.start, c.id
    WITH collect(c) AS cs
    RETURN size(cs) AS claimTotal, cs[$offset..$end] AS page
  }
  CALL (page) { UNWIND page AS c RETURN collect(${CLAIM_BRIEF('c')}) AS claims }
  CALL (facts) {
    UNWIND facts AS r UNWIND range(0, size(r.starts) - 1) AS i
    WITH {doc: r.doc, start: r.starts[i], end: r.ends[i], quote: r.quotes[i]} AS ev
    ORDER BY ev.doc, ev.start
    WITH collect(ev) AS evs
    RETURN size(evs) AS evidenceTotal, evs[$offset..$end] AS evidence
  }
  RETURN size(rs) > 0 AS found, claimTotal, claims, evidenceTotal, evidence`;

export async function edgeClaims(ctx: AppContext, k: EdgeKey) {
  const [row] = await read<{
    found: boolean;
    claimTotal: unknown;
    claims: unknown[];
    evidenceTotal: unknown;
    evidence: unknown[];
  }>(ctx, QUERY, {
    subject: k.subject,
    predicate: k.predicate,
    object: k.object,
    edge: k.edge ?? null,
    offset: cint(k.offset),
    end: cint(k.offset + k.limit),
  });
  if (!row?.found) return null;
  return {
    subject: k.subject,
    predicate: k.predicate,
    object: k.object,
    items: row.claims,
    total: Number(row.claimTotal),
    limit: k.limit,
    offset: k.offset,
    evidence: row.evidence,
    evidenceTotal: Number(row.evidenceTotal),
  };
}
