// Relations read from the dependency parse: the rules engine's mentions (names and the references that stand
// for them) placed on the parsed words, then every pattern walked from each mention's head word.
import type { RawMention, RawRelation, Sentence, Span } from '../../pipeline/types.js';
import { named } from '../references/index.js';
import { caseFinder, councilFinder } from '../relations/index.js';
import type { DocumentParse, ParsedSentence } from './parse.js';
import { depVocabulary, dependencyPatterns, qualifierPhrase, walk, type DepPattern } from './patterns.js';

/** The word of a mention that the rest of the sentence attaches to: the one governed from outside it. */
export function headWord(sentence: ParsedSentence, m: Span): number | null {
  const inside = sentence.tokens.filter((t) => t.start >= m.start && t.end <= m.end).map((t) => t.index);
  if (inside.length === 0) return null;
  const set = new Set(inside);
  const heads = inside.filter((i) =>
    sentence.deps.some((d) => d.dependent === i && !set.has(d.gov) && d.dep !== 'punct' && d.dep !== 'case'),
  );
  return heads.length ? heads[heads.length - 1]! : inside[inside.length - 1]!;
}

/** Mentions by the index of their head word in one parsed sentence (the longest mention wins a shared head). */
export function mentionsByHead(sentence: ParsedSentence, mentions: RawMention[]): Map<number, RawMention> {
  const first = sentence.tokens[0];
  const last = sentence.tokens[sentence.tokens.length - 1];
  const out = new Map<number, RawMention>();
  if (!first || !last) return out;
  for (const m of mentions) {
    if (m.start < first.start || m.end > last.end) continue;
    const h = headWord(sentence, m);
    if (h === null) continue;
    const had = out.get(h);
    if (!had || had.end - had.start < m.end - m.start) out.set(h, m);
  }
  return out;
}

const span = (m: Span): Span => ({ start: m.start, end: m.end });

export interface DeepRelationOptions {
  patterns?: DepPattern[];
  /** Groups of patterns to leave out (for measuring each on its own). */
  without?: string[];
}

export function deepRelations(
  parse: DocumentParse,
  sentences: Sentence[],
  mentions: RawMention[],
  references: RawMention[],
  options: DeepRelationOptions = {},
): RawRelation[] {
  const patterns = (options.patterns ?? dependencyPatterns()).filter((p) => !options.without?.includes(p.group));
  const { leadRoles } = depVocabulary();
  const all = [...mentions, ...references].sort((a, b) => a.start - b.start);
  const councilOf = councilFinder(all);
  const cases = caseFinder(mentions);
  const evidenceOf = (s: ParsedSentence): Span => {
    const at = s.tokens[0]!.start;
    const found = sentences.find((x) => x.start <= at && at < x.end);
    return found ? span(found) : { start: at, end: s.tokens[s.tokens.length - 1]!.end };
  };
  const out: RawRelation[] = [];
  const seen = new Set<string>();
  for (const sentence of parse.sentences) {
    const byHead = mentionsByHead(sentence, all);
    if (byHead.size < 2) continue;
    for (const [head, A] of byHead) {
      const subject = named(A);
      for (const p of patterns) {
        if (p.subjectTypes && !p.subjectTypes.includes(subject.type)) continue;
        for (const hit of walk(sentence, p, head)) {
          const B = byHead.get(hit.end);
          if (!B || B === A) continue;
          let object = named(B);
          // "Barnsley's director": a place named for its council stands for the council, as in the rules engine.
          if (object.type === 'Place' && !p.objectTypes?.includes('Place')) object = councilOf(object) ?? object;
          // A child where a case is wanted ("killed by X"), a case where a person is: as in the rules engine.
          object = cases.standIn(object, p.objectTypes) ?? object;
          if (p.objectTypes && !p.objectTypes.includes(object.type)) continue;
          if (object.canonical === subject.canonical) continue;
          const words = hit.qualifierWord === null ? null : qualifierPhrase(sentence, hit.qualifierWord);
          const qualifier = words ? words.map((t) => t.word).join(' ') : null;
          const predicate =
            p.predicate === 'ROLE'
              ? leadRoles.has(qualifier?.toLowerCase() ?? '')
                ? 'LEADS'
                : 'WORKS_FOR'
              : p.predicate;
          const key = `${subject.start}|${predicate}|${object.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            subject: span(subject),
            predicate,
            object: span(object),
            qualifier,
            evidence: evidenceOf(sentence),
          });
        }
      }
    }
  }
  return out;
}
