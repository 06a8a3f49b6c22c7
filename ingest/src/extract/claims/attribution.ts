// Who a sentence reports: the subject of a reporting verb ("X said", "X, chief executive of Y, warned that",
// "the report found"), an inverted attribution at the end (", said X", ", X said"), or "according to X".
// The verbs are data (ingest/data/speech.json) matched in every inflection; the speaker may be a reference
// ("she said", "the council said"), which stands for the name it refers to.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '@claimgraph/schema';
import type { RawMention, Span } from '../../pipeline/types.js';
import { inflect, namesRole, phrase, tokens, type Tok } from '../relations/patterns.js';

export const SPEAKER_TYPES = new Set<EntityType>(['Person', 'Organisation', 'Review']);

interface SpeechData {
  verbs: string[];
  according: string[];
  opinionNouns: string[];
}

let forms: { verbs: Map<string, string[][]>; according: string[][]; opinion: Set<string> } | undefined;
function speechForms() {
  if (forms) return forms;
  const d = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../data/speech.json'), 'utf8'),
  ) as SpeechData;
  const verbs = d.verbs.flatMap((v) => {
    const [first, ...rest] = phrase(v);
    return inflect(first!).map((f) => [f, ...rest]);
  });
  // Filed by first word: every token of every sentence is tried as a verb, against hundreds of forms.
  const byFirst = new Map<string, string[][]>();
  for (const v of verbs) (byFirst.get(v[0]!) ?? byFirst.set(v[0]!, []).get(v[0]!)!).push(v);
  forms = { verbs: byFirst, according: d.according.map(phrase), opinion: new Set(d.opinionNouns) };
  return forms;
}

/** Words that may stand between a speaker and its verb ("has also said", "had repeatedly warned"). */
const FILLERS = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'also', 'repeatedly', 'publicly',
  'previously', 'recently', 'later', 'then', 'now', 'has', 'today', 'yesterday', 'last', 'week', 'this',
  'once', 'again', 'further', 'further', 'strongly', 'openly', 'herself', 'himself', 'itself', 'in', 'a',
  'statement', 'has', 'been', 'quoted', 'as', 'saying', 'not', 'never', 'did', 'does',
]); // prettier-ignore

const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** A reporting verb at token i; an "-ing" form only as a progressive ("is calling for", not "her writing"). */
const isVerbAt = (toks: Tok[], i: number, verbs: Map<string, string[][]>) =>
  !!verbs.get(toks[i]!.w)?.some((v) => v.every((w, k) => toks[i + k]?.w === w)) &&
  (!toks[i]!.w.endsWith('ing') || PROGRESSIVE.has(toks[i - 1]?.w ?? ''));

/** True when the words between a speaker and a verb are only auxiliaries/adverbs or one parenthetical. */
function bridge(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  // "X, director of Y, said": one comma-delimited apposition
  if (/^,[^,;:“”"]{1,130},$/.test(t)) return true;
  // "X (LGA) said", "X (Lab) has said": a bracketed acronym or party, then fillers
  const bracket = /^\([^()]{1,40}\)\s*(.*)$/.exec(t);
  if (bracket) return bridge(bracket[1]!);
  return tokens(t).every((x) => FILLERS.has(x.w));
}

/** Whether `m` opens the sentence and nothing between it and `at` starts another clause. */
function coordinatedSubject(text: string, s: Span, m: RawMention, at: number): boolean {
  if (
    text
      .slice(s.start, m.start)
      .trim()
      .replace(/^["“‘']/, '') !== '' ||
    m.end > at
  )
    return false;
  return !/[,;:()“”"]|\b(?:who|which|that|when|while|because|but|after|before|if)\b/i.test(text.slice(m.end, at));
}

/** The mention that speaks in `s`, or null. `ms` are the sentence's mentions and references, sorted. */
export function reportedSpeaker(text: string, s: Span, ms: RawMention[]): RawMention | null {
  const m = speakerIn(text, s, ms);
  return m ? personFor(text, s, m, ms) : null;
}

function speakerIn(text: string, s: Span, ms: RawMention[]): RawMention | null {
  const { verbs, according, opinion } = speechForms();
  const speakers = ms.filter((m) => SPEAKER_TYPES.has(m.type));
  if (speakers.length === 0) return null;
  const body = text.slice(s.start, s.end);
  const toks = tokens(body);
  // "The council's view is that …": a speaker's possessive opinion noun.
  for (const m of speakers) {
    const next = tokens(text.slice(m.end, Math.min(s.end, m.end + 40)));
    if (next[0]?.w === "'s" && opinion.has(next[1]?.w ?? '') && /^(?:is|was)$/.test(next[2]?.w ?? '')) return m;
  }
  for (let i = 0; i < toks.length; i++) {
    const at = s.start + toks[i]!.start;
    // "according to X"
    if (according.some((a) => a.every((w, k) => toks[i + k]?.w === w))) {
      const m = speakers.find((x) => x.start >= at && x.start - at < 40);
      if (m) return m;
    }
    if (!isVerbAt(toks, i, verbs)) continue;
    // Subject before the verb.
    for (let k = speakers.length - 1; k >= 0; k--) {
      const m = speakers[k]!;
      if (m.end > at) continue;
      if (at - m.end > 140) break;
      if (bridge(text.slice(m.end, at))) return m;
      // "Y's head of policy, X, said": a name set off by commas before its verb.
      if (text.slice(m.end, at).trim() === ',' && /,\s*$/.test(text.slice(s.start, m.start))) return m;
    }
    // "He had never met Daniel and said …": a verb joined by "and" to the first predicate shares its subject.
    if (toks[i - 1]?.w === 'and' && coordinatedSubject(text, s, speakers[0]!, at)) return speakers[0]!;
    // Passive: "a scheme announced by X".
    if (toks[i + 1]?.w === 'by') {
      const byEnd = s.start + toks[i + 1]!.end;
      const agent = speakers.find((x) => x.start >= byEnd && x.start - byEnd <= 5);
      if (agent) return agent;
    }
    // Inverted: ", said X" / ", X said" near the end.
    const m = speakers.find((x) => x.start >= at && x.start - at <= 4 + toks[i]!.w.length);
    if (m && /[,”"]\s*$/.test(text.slice(Math.max(s.start, at - 4), at))) return m;
  }
  return null;
}

/** "X of Y", "X, from Y", "X at Y": a body named right after a person, with only a preposition between. */
const SHORT_LINK = /^\s*,?\s*(?:of|from|at)\s+(?:the\s+)?$/i;
/** "X, a spokesperson for Y,", "X, who works for Y,": an apposition whose last word links its role to Y. */
const WORKS_AT = String.raw`who\s+(?:now\s+)?(?:works?|worked|is|was|has\s+been)\s+(?:for|at|with)`;
const ROLE_WORD = String.raw`[a-z][\w'’-]*`;
const ROLE_OF = String.raw`(?:(?:a|an|the)\s+)?(${ROLE_WORD}(?:\s+${ROLE_WORD}){0,5})\s+(?:of|for|at|from|with|to)`;
const ROLE_LINK = new RegExp(String.raw`^\s*,\s*(?:${WORKS_AT}|${ROLE_OF})\s+(?:the\s+)?$`);
/** An apposition closes with a comma, a bracket or a dash, or at the end of the sentence. */
const APPOSITION_END = /^\s*(?:[,)—–;:.]|$)/;
/** "Y's X", "Y's head of policy, X": a body whose possessive introduces the person. */
const POSSESSOR_LINK = /^['’]s(?:\s+[a-z][\w-]*){0,6}\s*,?\s*$/;

/**
 * The bodies a person is introduced with in the sentence `s` ("X, from Y,", "X of Y", "Y's X", "X, who works
 * for Y,", "X, a spokesperson for Y,", "X at Y said"): the person's own side, not what their words are about.
 * `ms` are the sentence's mentions, sorted.
 */
export function affiliationsOf(text: string, s: Span, person: Span, ms: RawMention[]): RawMention[] {
  return ms.filter((y) => {
    if (y.type !== 'Organisation' || y.start < s.start || y.end > s.end) return false;
    if (y.end <= person.start) {
      const gap = text.slice(y.end, person.start);
      return POSSESSOR_LINK.test(gap) && namesRole(gap);
    }
    if (y.start < person.end) return false;
    const gap = text.slice(person.end, y.start);
    if (SHORT_LINK.test(gap)) return true;
    const role = ROLE_LINK.exec(gap);
    return !!role && (role[1] === undefined || namesRole(role[1])) && APPOSITION_END.test(text.slice(y.end, s.end));
  });
}

/**
 * The person a body named as speaker stands for: "X of Y said" is X speaking, Y being X's side. `m` is the
 * body found as speaker; `ms` the sentence's (or paragraph's) mentions, sorted.
 */
export function personFor(text: string, s: Span, m: RawMention, ms: RawMention[]): RawMention {
  if (m.type !== 'Organisation') return m;
  const before = ms.filter((x) => x.end <= m.start && x.start >= s.start);
  const person = before[before.length - 1];
  if (person?.type !== 'Person') return m;
  return affiliationsOf(text, s, person, ms).includes(m) ? person : m;
}
