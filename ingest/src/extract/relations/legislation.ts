// How the pieces of an act hang together: a part is part of its act, and a section is part of the act the
// text names with it, or of the part of the act the text says holds it ("section 20 is contained in part
// three", "part five allows (in section 43) ..."). The act is linked only where the text names it with the
// section: an act supplied from the document's context is not something the text states.
import type { RawMention, RawRelation, Sentence, Span } from '../../pipeline/types.js';
import { PART_NUMBER, partNumber } from '../entities/patterns.js';
import { re } from '../../regex.js';

const OF_ACT = /^(?:section|Part) \S+ of the (.+)$/;
// "Section 20 (whose misuse ...) is also contained in ", "Section 17 sits in ": the section, then the part.
const HELD_IN = re([
  /^\s*(?:\([^()]*\)\s*)?,?\s*/,
  /(?:(?:is|are|was|were|sits?|lies?|falls?|appears?)\s+)?(?:(?:also|now|still)\s+)?/,
  /(?:(?:contained|found|included|placed|set out)\s+)?(?:in|within|under)\s+(?:the\s+)?$/,
]);
// "part five of the Act allows (in section 43)", "Part 4 contains section 31": the part, then the section.
const HOLDS = /^\s*(?:[^.;()]{0,60}\(\s*in|,\s*in|\s*(?:contains?|includes?|holds?))\s+$/;
// A part written without its act ("is also contained in part three"), read against the act of the section.
const BARE_PART = re([/\b[Pp]art[ \u00a0]/, PART_NUMBER, /\b/], 'g');

export function legislationRelations(text: string, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const sentenceOf = (m: Span) => sentences.find((s) => s.start <= m.start && m.end <= s.end) ?? m;
  const pieces = mentions.filter((m) => m.type === 'Legislation' && m.source !== 'pronoun' && OF_ACT.test(m.canonical));
  const first = new Map<string, RawMention>();
  for (const m of mentions) if (!first.has(m.canonical) && m.type === 'Legislation') first.set(m.canonical, m);
  const done = new Set<string>();
  const push = (subject: RawMention, object: RawMention, evidence: Span) => {
    const key = `${subject.canonical}|${object.canonical}`;
    if (done.has(key)) return;
    done.add(key);
    out.push({ subject: span(subject), predicate: 'PART_OF', object: span(object), qualifier: null, evidence });
  };
  for (const m of pieces) {
    const act = OF_ACT.exec(m.canonical)![1]!;
    const actMention = first.get(act);
    // The text names the act with the piece: "section 17 of the 1989 Children Act", "part three of the Act".
    const named = /\bAct\b/i.test(m.text) || /^ of (?:the|this) Act\b/.test(text.slice(m.end, m.end + 16));
    if (actMention && named) push(m, actMention, sentenceOf(m));
    if (!m.canonical.startsWith('section ')) continue;
    const part = holdingPart(text, sentenceOf(m), m, act, mentions, first);
    if (part) push(m, part, sentenceOf(m));
  }
  return out;
}

/** The part of the same act that the sentence says holds the section, if it says so. */
function holdingPart(
  text: string,
  sentence: Span,
  section: RawMention,
  act: string,
  mentions: RawMention[],
  first: Map<string, RawMention>,
): RawMention | undefined {
  const parts: { at: Span; part: RawMention }[] = mentions
    .filter((p) => p.start >= sentence.start && p.end <= sentence.end && p.canonical.startsWith('Part '))
    .filter((p) => p.canonical.endsWith(` of the ${act}`))
    .map((p) => ({ at: p, part: first.get(p.canonical) ?? p }));
  const words = text.slice(sentence.start, sentence.end);
  BARE_PART.lastIndex = 0;
  for (let b = BARE_PART.exec(words); b; b = BARE_PART.exec(words)) {
    const known = first.get(`Part ${partNumber(b[1]!)} of the ${act}`);
    const at = { start: sentence.start + b.index, end: sentence.start + b.index + b[0].length };
    if (known && !parts.some((p) => p.at.start === at.start)) parts.push({ at, part: known });
  }
  for (const { at, part } of parts) {
    if (at.start >= section.end && HELD_IN.test(text.slice(section.end, at.start))) return part;
    if (at.end <= section.start && HOLDS.test(text.slice(at.end, section.start))) return part;
  }
  return undefined;
}

const span = (m: Span): Span => ({ start: m.start, end: m.end });
