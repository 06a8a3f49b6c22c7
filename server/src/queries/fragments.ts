// Cypher fragments shared by the read queries. Constants only: no user input is ever spliced in.
// Inner variables start with _ so they never shadow the variables of the query a fragment sits in.
import { PREDICATES } from '@claimgraph/schema';
import { SPEAKER } from './speakers.js';

/** Entity-to-entity relationship types, as a relationship-type pattern (`WORKS_FOR|LEADS|…`). */
export const PREDICATE_PATTERN = PREDICATES.join('|');

/** A node as the API shows an entity in lists. */
export const ENTITY_REF = (v: string) => `${v} {.id, .name, .type, .kind}`;

/**
 * An entity-entity edge `r` with its evidence: one span per entry of the parallel starts/ends/quotes
 * arrays, and, for stance edges derived from claims, those claims with their spans. `cap`, a parameter, keeps at
 * most that many spans and claims when it is not null; `count` still says how many there are in all.
 */
export const EDGE = (r: string, cap?: string) => {
  const spans = `size(coalesce(${r}.starts, []))`;
  const claimIds = `coalesce(${r}.claims, [])`;
  const shownSpans = cap ? `CASE WHEN ${cap} IS NULL OR ${spans} < ${cap} THEN ${spans} ELSE ${cap} END` : spans;
  const shownClaims = cap ? `CASE WHEN ${cap} IS NULL THEN ${claimIds} ELSE ${claimIds}[..${cap}] END` : claimIds;
  return `{
  id: elementId(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id,
  qualifier: ${r}.qualifier, derived: coalesce(${r}.derived, false),
  count: coalesce(${r}.count, ${spans}),
  evidence: [i IN range(0, ${shownSpans} - 1) |
    {doc: ${r}.doc, start: ${r}.starts[i], end: ${r}.ends[i], quote: ${r}.quotes[i]}],
  claims: COLLECT {
    UNWIND ${shownClaims} AS _cid
    MATCH (_c:Claim {id: _cid})
    RETURN {id: _c.id, text: _c.text, stance: _c.stance,
            evidence: {doc: _c.doc, start: _c.start, end: _c.end, quote: _c.quote}}
  }
}`;
};

/** A claim `c` with speaker, targets, evidence and where it was stated. */
export const CLAIM = (c: string) => `{
  id: ${c}.id, text: ${c}.text, stance: ${c}.stance,
  speaker: COLLECT { MATCH (${c})-[:MADE_BY]->(_s:Entity) RETURN ${SPEAKER('_s')} }[0],
  about: COLLECT { MATCH (${c})-[:ABOUT]->(_t:Entity) RETURN _t {.id, .name, .type, .kind} ORDER BY _t.name },
  evidence: {doc: ${c}.doc, start: ${c}.start, end: ${c}.end, quote: ${c}.quote},
  document: COLLECT { MATCH (_d:Document {id: ${c}.doc}) RETURN _d {.id, .title, .date, .kind} }[0],
  comment: COLLECT { MATCH (${c})-[:STATED_IN]->(_cm:Comment) RETURN _cm {.id, .author, .postedAt} }[0]
}`;
