// How a speaker is shown: by the name the graph stores. A claim with no named speaker belongs to a placeholder
// person named by one rule (authorPlaceholder in @claimgraph/schema: "Author of <title>"), so the explorer shows
// exactly what the graph holds.

/**
 * Cypher expression: the display name of speaker entity `s`. Read through coalesce: with the property also
 * projected as `.name` beside it, a bare `s.name` here made Neo4j answer the projected name as null inside the
 * claim queries' nested subqueries.
 */
export const DISPLAY_NAME = (s: string) => `coalesce(${s}.name, ${s}.id)`;

/** Cypher map: speaker `s` as the API returns it. */
export const SPEAKER = (s: string) => `${s} {.id, .name, .type, .kind, displayName: ${DISPLAY_NAME(s)}}`;

/** Cypher map: claim `c` with its speaker, stance, quote and where the quote sits. */
export const CLAIM_BRIEF = (c: string) => `{
  id: ${c}.id, text: ${c}.text, stance: ${c}.stance, flagged: coalesce(${c}.flagged, false),
  speaker: COLLECT { MATCH (${c})-[:MADE_BY]->(_s:Entity) RETURN ${SPEAKER('_s')} }[0],
  evidence: {doc: ${c}.doc, start: ${c}.start, end: ${c}.end, quote: ${c}.quote}
}`;
