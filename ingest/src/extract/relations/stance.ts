// Criticism and support as relations: a reported or quoted speaker who takes a side (critical or supportive)
// about one named person or body criticises or supports it. Only claims about a single entity
// count, so a sentence naming several does not spread its stance to all of them; a child is never the
// target (writing about a child's death criticises those responsible, not the child).
import type { ParsedDocument, RawClaim, RawRelation, RawMention, Span } from '../../pipeline/types.js';
import { stanceScore } from '../claims/stance.js';

const TARGET_TYPES = new Set(['Person', 'Organisation', 'Review']);

/** `named`: the mentions and the references that stand for them. */
export function stanceRelations(
  doc: ParsedDocument,
  claims: RawClaim[],
  mentions: RawMention[],
  named: RawMention[],
  relations: RawRelation[],
): RawRelation[] {
  // A speaker introduced as working for a body in the same sentence speaks for it ("X, chief executive of Y,
  // said …"): Y is their side, not the target of their stance.
  const own = new Set(
    relations
      .filter((r) => (r.predicate === 'WORKS_FOR' || r.predicate === 'LEADS') && r.qualifier !== null)
      .map((r) => `${r.subject.start}|${r.object.start}|${r.evidence.start}`),
  );
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
    // The target must be named (or referred to) in the claim itself, not only in the text before it.
    if (own.has(`${speaker.start}|${target.start}|${c.span.start}`)) continue;
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
