// Criticism and support as relations: a reported or quoted speaker who takes a side (critical or supportive)
// about one named person or body criticises or supports it. Only claims about a single entity
// count, so a sentence naming several does not spread its stance to all of them; a child is never the
// target (writing about a child's death criticises those responsible, not the child).
import type { ParsedDocument, RawClaim, RawRelation, RawMention, Span } from '../../pipeline/types.js';
import { stanceScore } from '../claims/stance.js';
import { affiliationsOf, personFor } from '../claims/attribution.js';
import { mentionsIn } from '../references/index.js';

const TARGET_TYPES = new Set(['Person', 'Organisation', 'Review']);

/**
 * The sides speakers are introduced with, as "speaker|body" canonical names: a body a claim's speaker works
 * for, leads or belongs to by a relation found in the speaker's own sentence, or is introduced with there
 * ("X, from Y,", "X of Y", "Y's X", "X, a spokesperson for Y,"). Such a body is never the target of the
 * speaker's stance, even when their words name it again.
 */
export function speakersSides(
  doc: ParsedDocument,
  sentences: Span[],
  claims: RawClaim[],
  mentions: RawMention[],
  relations: RawRelation[],
): Set<string> {
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const sentenceOf = (x: Span) => sentences.find((s) => s.start <= x.start && x.end <= s.end);
  const out = new Set<string>();
  for (const r of relations) {
    // A role given with the link ("X, chief executive of Y"), not only work mentioned in passing.
    if ((r.predicate !== 'WORKS_FOR' && r.predicate !== 'LEADS') || r.qualifier === null) continue;
    const a = byStart.get(r.subject.start);
    const b = byStart.get(r.object.start);
    if (a && b && r.evidence.end - r.evidence.start < 600) out.add(`${a.canonical}|${b.canonical}|${r.evidence.start}`);
  }
  const sides = new Set<string>();
  for (const c of claims) {
    const at = c.speaker.mention;
    const speaker = at && byStart.get(at.start);
    const s = at && sentenceOf(at);
    if (!speaker || !s) continue;
    for (const y of affiliationsOf(doc.text, s, speaker, mentionsIn(mentions, s)))
      sides.add(`${speaker.canonical}|${y.canonical}`);
    for (const key of out) {
      const [a, b, start] = key.split('|');
      if (a === speaker.canonical && Number(start) >= s.start && Number(start) < s.end) sides.add(`${a}|${b}`);
    }
  }
  return sides;
}

/**
 * Claims whose speaker is a body named as a person's side ("X of Y said …") spoken by that person instead:
 * a body never takes a side from a person's words.
 */
export function spokenByPeople(doc: ParsedDocument, sentences: Span[], claims: RawClaim[], mentions: RawMention[]) {
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  return claims.map((c) => {
    const at = c.speaker.mention;
    const m = at && byStart.get(at.start);
    const s = at && sentences.find((x) => x.start <= at.start && at.end <= x.end);
    if (!m || !s || m.type !== 'Organisation') return c;
    const person = personFor(doc.text, s, m, mentionsIn(mentions, s));
    return person === m ? c : { ...c, speaker: { mention: { start: person.start, end: person.end } } };
  });
}

/** `named`: the mentions and the references that stand for them; `own`: the speakers' sides. */
export function stanceRelations(
  doc: ParsedDocument,
  claims: RawClaim[],
  mentions: RawMention[],
  named: RawMention[],
  relations: RawRelation[],
  own: Set<string>,
): RawRelation[] {
  const isChild = childTargets(mentions, relations);
  const at = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const out: RawRelation[] = [];
  for (const c of claims) {
    if (c.stance === 'neutral' || c.about.length !== 1) continue;
    // Only a speaker the text reports or quotes: the writer's and commenters' own tone is too loose a signal.
    const isAuthor = !!doc.authorSpan && c.speaker.mention?.start === doc.authorSpan.start;
    if (c.speaker.name || isAuthor) continue;
    const speaker: Span | undefined = c.speaker.mention;
    const target = at.get(`${c.about[0]!.start}:${c.about[0]!.end}`);
    if (!speaker || !target || !TARGET_TYPES.has(target.type)) continue;
    if (isChild({ name: target.canonical, type: target.type, kind: target.kind })) continue;
    const speakerName = at.get(`${speaker.start}:${speaker.end}`)?.canonical ?? '';
    if (own.has(`${speakerName}|${target.canonical}`)) continue;
    // The target must be named (or referred to) in the claim itself, not only in the text before it.
    const inside = (m: RawMention) => c.span.start <= m.start && m.end <= c.span.end;
    if (!named.some((m) => inside(m) && m.canonical === target.canonical && m.type === target.type)) continue;
    // Taking a side needs its own words ("criticised", "let down", "welcomed"), not only a sad or warm tone.
    const names = mentions.filter(inside).map((m) => ({ start: m.start - c.span.start, end: m.end - c.span.start }));
    const sides = stanceScore(doc.text.slice(c.span.start, c.span.end), names, { cuesOnly: true });
    if (sides === 0 || sides < 0 !== (c.stance === 'critical')) continue;
    out.push({
      subject: speaker,
      predicate: c.stance === 'critical' ? 'CRITICISES' : 'SUPPORTS',
      object: { start: target.start, end: target.end },
      qualifier: null,
      evidence: c.span,
    });
  }
  return out;
}

/**
 * Whether a party may not be the target of a side taken: a child, or the child at the centre of a case ("the
 * Daniel Pelka case", a VICTIM_IN link), whom writing about a child's death does not criticise.
 */
export function childTargets(
  mentions: RawMention[],
  relations: RawRelation[],
): (p: { name: string; type: string; kind: string | null }) => boolean {
  const victims = new Set([
    ...mentions.filter((m) => m.type === 'Case').map((m) => m.canonical.replace(/ case$/, '')),
    ...relations
      .filter((r) => r.predicate === 'VICTIM_IN')
      .flatMap((r) => mentions.filter((m) => m.start === r.subject.start).map((m) => m.canonical)),
  ]);
  const children = new Set(mentions.filter((m) => m.kind === 'child').map((m) => m.canonical));
  return (p) => p.kind === 'child' || (p.type === 'Person' && (victims.has(p.name) || children.has(p.name)));
}
