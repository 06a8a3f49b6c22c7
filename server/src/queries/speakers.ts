// How a speaker is shown. A claim with no named speaker belongs to a placeholder entity named after the
// document's file ("Author of 000_ab.txt"); people see the document's author or its title instead.
// Stored ids and names stay as they are.

const PLACEHOLDER = 'Author of ';

/**
 * Cypher expression: the display name of speaker entity `s`. The document is found by its source through the
 * index on it: a comparison that builds the name from each document's source scans every document instead.
 */
export const DISPLAY_NAME = (s: string) => `CASE WHEN ${s}.name STARTS WITH '${PLACEHOLDER}' THEN coalesce(
    COLLECT { MATCH (_ad:Document {source: substring(${s}.name, ${PLACEHOLDER.length})})
              RETURN coalesce(_ad.author, '${PLACEHOLDER}' + coalesce(_ad.title, _ad.id)) }[0], ${s}.name)
  ELSE ${s}.name END`;

/** Cypher map: speaker `s` as the API returns it. */
export const SPEAKER = (s: string) => `${s} {.id, .name, .type, .kind, displayName: ${DISPLAY_NAME(s)}}`;

/** Cypher map: claim `c` with its speaker, stance, quote and where the quote sits. */
export const CLAIM_BRIEF = (c: string) => `{
  id: ${c}.id, text: ${c}.text, stance: ${c}.stance, flagged: coalesce(${c}.flagged, false),
  speaker: COLLECT { MATCH (${c})-[:MADE_BY]->(_s:Entity) RETURN ${SPEAKER('_s')} }[0],
  evidence: {doc: ${c}.doc, start: ${c}.start, end: ${c}.end, quote: ${c}.quote}
}`;
