// Contested targets: entities that some speakers criticise and others praise, most contested first
// (the smaller side's number of speakers, then all speakers), each with both sides' claims.
import type { AppContext } from '../context.js';
import { cint } from '../validate.js';
import { ENTITY_REF } from './fragments.js';
import { read } from './run.js';
import { CLAIM_BRIEF } from './speakers.js';

const RANKED = `
  MATCH (s:Entity)<-[:MADE_BY]-(c:Claim)-[:ABOUT]->(t:Entity)
  WHERE c.stance IN ['critical', 'supportive'] AND s <> t AND NOT coalesce(c.flagged, false)
  WITH t, collect(DISTINCT CASE c.stance WHEN 'critical' THEN s END) AS critics,
       collect(DISTINCT CASE c.stance WHEN 'supportive' THEN s END) AS supporters
  WITH t, size(critics) AS critical, size(supporters) AS supportive,
       size([x IN critics WHERE NOT x IN supporters]) + size(supporters) AS speakers
  // Opposite stances from only one speaker do not make a target contested between people.
  WHERE critical > 0 AND supportive > 0 AND speakers > 1
  WITH t, critical, supportive, speakers
  ORDER BY CASE WHEN critical < supportive THEN critical ELSE supportive END DESC, speakers DESC, t.id
  WITH collect({t: t, critical: critical, supportive: supportive, speakers: speakers}) AS ranked
  WITH size(ranked) AS total, ranked[$offset..$end] AS page
  CALL (page) {
    UNWIND page AS p
    WITH p, p.t AS t
    RETURN collect({
      target: ${ENTITY_REF('t')}, critical: p.critical, supportive: p.supportive, speakers: p.speakers,
      criticalClaims: COLLECT { MATCH (t)<-[:ABOUT]-(c:Claim {stance: 'critical'})-[:MADE_BY]->(s:Entity)
        WHERE s <> t AND NOT coalesce(c.flagged, false) WITH c ORDER BY c.doc, c.start RETURN ${CLAIM_BRIEF('c')} },
      supportiveClaims: COLLECT { MATCH (t)<-[:ABOUT]-(c:Claim {stance: 'supportive'})-[:MADE_BY]->(s:Entity)
        WHERE s <> t AND NOT coalesce(c.flagged, false) WITH c ORDER BY c.doc, c.start RETURN ${CLAIM_BRIEF('c')} }
    }) AS items
  }
  RETURN total, items`;

export async function contested(ctx: AppContext, p: { limit: number; offset: number }) {
  const [row] = await read<{ total: unknown; items: unknown[] }>(ctx, RANKED, {
    offset: cint(p.offset),
    end: cint(p.offset + p.limit),
  });
  return { items: row?.items ?? [], total: Number(row?.total ?? 0), limit: p.limit, offset: p.offset };
}
