// "Ros Smith (Lab)": the politician before a bracketed party label is a member of the party.
import type { RawMention, RawRelation, Sentence } from '../../pipeline/types.js';
import { PARTY_TAG } from '../entities/parties.js';

export function partyMemberships(text: string, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  for (const tag of mentions) {
    if (tag.source !== PARTY_TAG) continue;
    const person = mentions.find((m) => m.type === 'Person' && /^[ \u00a0]*\($/.test(text.slice(m.end, tag.start)));
    if (!person) continue;
    out.push({
      subject: { start: person.start, end: person.end },
      predicate: 'MEMBER_OF',
      object: { start: tag.start, end: tag.end },
      qualifier: null,
      evidence: sentences.find((s) => s.start <= tag.start && tag.end <= s.end) ?? tag,
    });
  }
  return out;
}
