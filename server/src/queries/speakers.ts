// How a speaker is shown. A claim with no named speaker belongs to a placeholder entity named after the
// document's file ("Author of 000_ab.txt"); people see the document's author or its title instead.
// Stored ids and names stay as they are.

/** Cypher expression: the display name of speaker entity `s`. */
export const DISPLAY_NAME = (s: string) => `CASE WHEN ${s}.name STARTS WITH 'Author of ' THEN coalesce(
    COLLECT { MATCH (_ad:Document) WHERE 'Author of ' + _ad.source = ${s}.name
              RETURN coalesce(_ad.author, 'Author of ' + coalesce(_ad.title, _ad.id)) }[0], ${s}.name)
  ELSE ${s}.name END`;

/** Cypher map: speaker `s` as the API returns it. */
export const SPEAKER = (s: string) => `${s} {.id, .name, .type, .kind, displayName: ${DISPLAY_NAME(s)}}`;

/** Cypher map: claim `c` with its speaker, stance, quote and where the quote sits. */
export const CLAIM_BRIEF = (c: string) => `{
  id: ${c}.id, text: ${c}.text, stance: ${c}.stance, flagged: coalesce(${c}.flagged, false),
  speaker: COLLECT { MATCH (${c})-[:MADE_BY]->(_s:Entity) RETURN ${SPEAKER('_s')} }[0],
  evidence: {doc: ${c}.doc, start: ${c}.start, end: ${c}.end, quote: ${c}.quote}
}`;
