// Relations from patterns (ingest/data/relations.json) over the words between two mentions of one
// sentence. A mention may be a reference ("the council", "she"): the relation then points at the name it
// refers to. Precision first: a pattern must fill the whole gap; the evidence is the sentence.
import type { Predicate } from '@claimgraph/schema';
import type { MentionedDocument, RawMention, RawRelation, Sentence, Span } from '../../pipeline/types.js';
import { named } from '../references/index.js';
import { firstPersonReferences } from '../references/first-person.js';
import { ministerRelations } from './ministers.js';
import { partyMemberships } from './parties.js';
import { ownMemberships } from './own-bodies.js';
import { legislationRelations } from './legislation.js';
import { workRelations } from './works.js';
import { healthBodyRelations } from './health-bodies.js';
import { involvementRelations } from './involvement.js';
import { matchBefore, matchPattern, relationPatterns, type Match } from './patterns.js';

/** How many mentions ahead a pair may reach, and how far apart (characters) its two sides may be. */
const REACH = 6;
const MAX_GAP = 120;

export function findRelations({ doc, sentences, mentions, references }: MentionedDocument): RawRelation[] {
  const text = doc.text;
  const sorted = [...mentions, ...references, ...firstPersonReferences(doc)].sort((a, b) => a.start - b.start);
  const out: RawRelation[] = [];
  const seen = new Set<string>();
  const push = (rel: RawRelation) => {
    const key = `${rel.subject.start}|${rel.predicate}|${rel.object.start}`;
    if (!seen.has(key) && rel.subject.start !== rel.object.start) {
      seen.add(key);
      out.push(rel);
    }
  };
  const patterns = relationPatterns();
  const councilOf = councilFinder(sorted);
  const cases = caseFinder(mentions);
  let k = 0;
  for (const s of sentences) {
    while (k < sorted.length && sorted[k]!.start < s.start) k++;
    const ms: RawMention[] = [];
    for (let j = k; j < sorted.length && sorted[j]!.start < s.end; j++)
      if (sorted[j]!.end <= s.end) ms.push(sorted[j]!);
    if (ms.length < 2) continue;
    const evidence = { start: s.start, end: s.end };
    // A name that ends a larger one ("Star Hobson" in "the death of Star Hobson") is not what the words after
    // it speak of: the larger name is, and it alone pairs with what follows.
    const endsLarger = new Set(
      ms.filter((m) => ms.some((o) => o !== m && o.start < m.start && o.end === m.end)).map((m) => m.start),
    );
    for (let a = 0; a < ms.length; a++) {
      if (endsLarger.has(ms[a]!.start)) continue;
      for (let b = a + 1; b < ms.length && b <= a + REACH; b++) {
        const A = ms[a]!;
        const B = ms[b]!;
        if (B.start < A.end || named(A).canonical === named(B).canonical) continue;
        // A name that modifies a compound ("the government-commissioned review") is the doer of its participle,
        // never the object of what comes before it.
        if (text[B.end] === '-') continue;
        const between = text.slice(A.end, B.start);
        if (between.length > MAX_GAP) break;
        const after = text.slice(B.end, Math.min(s.end, B.end + 60));
        const before = text.slice(Math.max(s.start, A.start - 40), A.start);
        for (const hit of patternMatches(patterns, A, B, { between, after, before }, councilOf, cases)) {
          const { match, subject, object } = hit;
          const rel = {
            subject: span(named(subject)),
            predicate: predicateOf(match),
            object: span(named(object)),
            qualifier: match.qualifier,
            evidence,
          };
          push(rel);
          // "at Lambeth and Bristol councils": the relation holds for the next name of the list too.
          const next = ms[b + 1];
          if (next && next.type === B.type && /^(?:,|,? and) (?:the )?$/.test(text.slice(B.end, next.start))) {
            const other = span(named(next));
            push(match.pattern.subject === 'left' ? { ...rel, object: other } : { ...rel, subject: other });
          } else if (next && next.type === B.type) {
            // "his mother X and stepfather Y": the pattern again after "and", for the next name.
            const gap = /^,? and\b(.*)$/s.exec(text.slice(B.end, next.start))?.[1];
            const again = gap !== undefined ? matchPattern(match.pattern, gap) : null;
            if (again) {
              const other = span(named(next));
              const q = again.qualifier;
              push(
                match.pattern.subject === 'left'
                  ? { ...rel, object: other, qualifier: q }
                  : { ...rel, subject: other, qualifier: q },
              );
            }
          }
        }
      }
    }
  }
  for (const r of impliedRelations(sentences, mentions)) push(r);
  for (const r of legislationRelations(text, sentences, mentions)) push(r);
  for (const r of workRelations(text, sentences, sorted)) push(r);
  for (const r of healthBodyRelations(sentences, mentions)) push(r);
  for (const r of involvementRelations(text, sentences, mentions, cases)) push(r);
  for (const r of ministerRelations(text, sentences, mentions)) push(r);
  for (const r of partyMemberships(text, sentences, mentions)) push(r);
  for (const r of ownMemberships(doc, sentences, mentions)) push(r);
  for (const r of inspectedThrough(out, mentions)) push(r);
  return out;
}

/**
 * A body that carries out an inspection inspects what the inspection covers: "the inspection of Solihull,
 * involving Ofsted" (Ofsted CONDUCTS it, it REVIEWS Solihull's council) is Ofsted inspecting the council.
 */
export function inspectedThrough(relations: RawRelation[], mentions: RawMention[]): RawRelation[] {
  const at = new Map(mentions.map((m) => [m.start, m]));
  const covers = new Map<string, RawRelation[]>();
  for (const r of relations) {
    const review = at.get(r.subject.start);
    if (r.predicate !== 'REVIEWS' || review?.kind !== 'inspection') continue;
    covers.set(review.canonical, [...(covers.get(review.canonical) ?? []), r]);
  }
  const out: RawRelation[] = [];
  for (const r of relations) {
    const review = r.predicate === 'CONDUCTS' ? at.get(r.object.start) : undefined;
    for (const c of review ? (covers.get(review.canonical) ?? []) : [])
      if (at.get(c.object.start)?.type !== 'Case')
        out.push({
          subject: r.subject,
          predicate: 'INSPECTED',
          object: c.object,
          qualifier: null,
          evidence: r.evidence,
        });
  }
  return out;
}

/**
 * The first pattern the words between two mentions match, and every pattern that also needs the words before
 * them: context adds a reading ("at the hands of his mother X" is family and perpetration).
 */
function patternMatches(
  patterns: ReturnType<typeof relationPatterns>,
  A: RawMention,
  B: RawMention,
  words: { between: string; after: string; before: string },
  council: (place: RawMention) => RawMention | undefined,
  cases: CaseFinder,
): { match: Match; subject: RawMention; object: RawMention }[] {
  const { between, after, before } = words;
  const out: { match: Match; subject: RawMention; object: RawMention }[] = [];
  let plain = false;
  for (const p of patterns) {
    const [subject, side] = p.subject === 'left' ? [A, B] : [B, A];
    // "Doncaster's mayor", "inspecting Solihull": a place named for its council stands for the council.
    const asCouncil = side.type === 'Place' && !p.objectTypes?.includes('Place') ? council(side) : undefined;
    // A role held in a place the text names no council for ("Hackney mayor X") is held in that place.
    const inPlace = side.type === 'Place' && !asCouncil && p.predicate === 'ROLE';
    const object = asCouncil ?? cases.standIn(side, p.objectTypes) ?? side;
    if (p.subjectTypes && !p.subjectTypes.includes(subject.type)) continue;
    if (!inPlace && p.objectTypes && !p.objectTypes.includes(object.type)) continue;
    if (p.objectKinds && !p.objectKinds.includes(named(object).kind ?? '')) continue;
    if (p.subjectKinds && !p.subjectKinds.includes(named(subject).kind ?? '')) continue;
    if (plain && !p.before) continue;
    const match = matchPattern(p, between, after);
    if (!match || !matchBefore(p, before)) continue;
    out.push({ match, subject, object });
    if (!p.before) plain = true;
  }
  return out;
}

export interface CaseFinder {
  /** The child's case for a child where a case is wanted, the child for a case where a person is wanted. */
  standIn(m: RawMention, wanted: readonly string[] | undefined): RawMention | undefined;
}

/**
 * A case is named after its child ("the Daniel Smith case"): where a pattern wants a case and the text names the
 * child ("at the hands of his mother X"), the child stands for their case, and the other way round ("X, the
 * mother of Baby Daniel"), when the document names both.
 */
export function caseFinder(mentions: RawMention[]): CaseFinder {
  const cases = new Map<string, RawMention>();
  const people = new Map<string, RawMention>();
  for (const m of mentions) {
    const child = m.type === 'Case' ? /^(.+) case$/.exec(m.canonical)?.[1] : undefined;
    if (child && !cases.has(child)) cases.set(child, m);
    if (m.type === 'Person' && m.source !== 'pronoun' && !people.has(m.canonical)) people.set(m.canonical, m);
  }
  return {
    standIn(m, wanted) {
      if (!wanted || wanted.includes(m.type)) return undefined;
      const target = named(m);
      if (target.type === 'Person' && wanted.includes('Case')) return cases.get(target.canonical);
      const child = target.type === 'Case' ? /^(.+) case$/.exec(target.canonical)?.[1] : undefined;
      if (child && wanted.includes('Person')) return people.get(child);
      return undefined;
    },
  };
}

/**
 * The council of a place, when the document names it: its canonical name contains the place's. The councils
 * are picked out once and the answer kept per place name, so the cost does not grow with the document for
 * every pair of mentions that involves a place.
 */
export function councilFinder(mentions: RawMention[]): (place: RawMention) => RawMention | undefined {
  const councils = mentions.filter((m) => m.type === 'Organisation' && m.kind === 'local_authority' && !('ref' in m));
  const known = new Map<string, RawMention | undefined>();
  return (place) => {
    if (known.has(place.canonical)) return known.get(place.canonical);
    const name = new RegExp(`\\b${place.canonical.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    const council = councils.find((m) => name.test(m.canonical));
    known.set(place.canonical, council);
    return council;
  };
}

const predicateOf = (m: Match): Predicate =>
  m.pattern.predicate === 'ROLE' ? (m.leads ? 'LEADS' : 'WORKS_FOR') : m.pattern.predicate;

const span = (m: Span): Span => ({ start: m.start, end: m.end });

/**
 * What a review's own name says it reviews ("the national review into the X case", "an inspection of Solihull"),
 * when the document names it too: a case, a body, or a place's council (the place
 * itself where the text names no council).
 */
function reviewedBy(
  review: RawMention,
  first: Map<string, RawMention>,
  council: (place: RawMention) => RawMention | undefined,
): RawMention | undefined {
  const target = /\b(?:into|of|on) (?:the )?(.+)$/.exec(review.canonical)?.[1];
  if (!target) return undefined;
  const place = first.get(`Place|${target}`);
  // The place may be named only inside the review's name, its council elsewhere ("Bradford council").
  const found =
    first.get(`Case|${target}`) ??
    first.get(`Case|${target} case`) ??
    first.get(`Organisation|${target}`) ??
    council({ ...review, canonical: target }) ??
    place;
  return found && found.start !== review.start ? found : undefined;
}

/**
 * Relations implied by the names themselves: a child is the victim in their case,
 * a review reviews what its name says.
 */
export function impliedRelations(sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const sentenceOf = (m: Span) => sentences.find((s) => s.start <= m.start && m.end <= s.end) ?? m;
  const first = new Map<string, RawMention>();
  // A child's name inside their case's own words ("Arthur’s murder") starts where the case does: the child's
  // side of the link is their first mention outside it.
  const people = new Map<string, RawMention[]>();
  for (const m of mentions) {
    if (m.source === 'pronoun') continue;
    if (!first.has(`${m.type}|${m.canonical}`)) first.set(`${m.type}|${m.canonical}`, m);
    if (m.type === 'Person') (people.get(m.canonical) ?? people.set(m.canonical, []).get(m.canonical)!).push(m);
  }
  const council = councilFinder(mentions);
  for (const m of first.values()) {
    const reviewed = m.type === 'Review' ? reviewedBy(m, first, council) : undefined;
    if (reviewed)
      out.push({
        subject: span(m),
        predicate: 'REVIEWS',
        object: span(reviewed),
        qualifier: null,
        evidence: sentenceOf(m),
      });
    const child = m.type === 'Case' ? /^(.+) case$/.exec(m.canonical)?.[1] : undefined;
    const person = child ? people.get(child)?.find((p) => p.start !== m.start) : undefined;
    if (person)
      out.push({
        subject: span(person),
        predicate: 'VICTIM_IN',
        object: span(m),
        qualifier: null,
        evidence: sentenceOf(m),
      });
  }
  return out;
}
