// A health body (an NHS trust, a health authority, a hospital trust) named in a sentence about the NHS is
// part of the NHS: "the NHS has been hit by scandals at the Leeds and York Health Authorities".
import type { RawMention, RawRelation, Sentence, Span } from '../../pipeline/types.js';
import { named } from '../references/index.js';

const SERVICE = new Set(['NHS', 'National Health Service']);
const HEALTH_BODY =
  /\b(?:NHS|Health Authority|Health Board|Hospitals?|Clinical Commissioning Group|Ambulance Service)\b/;

export function healthBodyRelations(sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const span = (m: Span): Span => ({ start: m.start, end: m.end });
  for (const s of sentences) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.type === 'Organisation');
    const service = inside.find((m) => SERVICE.has(named(m).canonical));
    if (!service) continue;
    const bodies = inside.filter((m) => !SERVICE.has(named(m).canonical) && HEALTH_BODY.test(named(m).canonical));
    for (const b of bodies)
      out.push({
        subject: span(named(b)),
        predicate: 'PART_OF',
        object: span(named(service)),
        qualifier: null,
        evidence: { start: s.start, end: s.end },
      });
  }
  return out;
}
