// Relations from sentence patterns between two entity mentions of the same sentence. Precision first:
// each pattern names its cue words and which side is subject; the evidence is the sentence.
import type { Predicate } from '@claimgraph/schema';
import type { ParsedDocument, RawMention, RawRelation, Sentence, Span } from '../../pipeline/types.js';

type Side = 'before' | 'after';
interface Pattern {
  predicate: Predicate;
  /** Cue between the two mentions (the text strictly between them must match). */
  between: RegExp;
  /** Which mention is the subject: the one before the cue or the one after. */
  subject: Side;
  subjectTypes?: string[];
  objectTypes?: string[];
  qualifier?: (m: RegExpExecArray) => string | null;
}

const ORG = ['Organisation'];
const ORGISH = ['Organisation', 'Review', 'Event'];
const PERSON = ['Person'];
const ROLE =
  "((?:former |then |acting |interim |deputy |assistant )?(?:chief executive|chief social worker[a-z ]*|director(?: of [a-z’' ]+)?|chair(?:man|woman)?|president|head(?: of [a-z’' ]+)?|founder|editor|content editor|editorial consultant|manager|deputy manager|secretary(?: of state[a-z ]*)?|spokes(?:man|woman|person)|chief inspector|commissioner|minister(?: for [a-z’' ]+)?|journalist|reporter|columnist|trustee|partner|ceo))";

const AS_ROLE = new RegExp(`^ as (?:a |an |the )?${ROLE} (?:for|at|of|with) (?:the )?$`, 'i');

const PATTERNS: Pattern[] = [
  {
    predicate: 'SUBSIDIARY_OF',
    between: /^,? (?:is |was )?(?:now )?(?:a|the) (?:wholly[- ]owned )?subsidiary of (?:the )?(?:[a-z-]+ ){0,4}$/,
    subject: 'before',
    subjectTypes: ORG,
    objectTypes: ORG,
  },
  {
    predicate: 'PART_OF',
    between: /^,? (?:is |was |are )?(?:now )?part of (?:the )?(?:[a-z-]+ ){0,4}$/,
    subject: 'before',
    subjectTypes: ORGISH,
    objectTypes: ORG,
  },
  {
    predicate: 'OWNS',
    between:
      /^,? (?:which |that |who )?(?:is |was |are |were )?(?:of course |now |ultimately |also )?(?:owned|bought|acquired|run) by (?:the )?(?:[a-z-]+ ){0,4}$/,
    subject: 'after',
    subjectTypes: ORG,
    objectTypes: ORGISH,
  },
  {
    predicate: 'OWNS',
    between: /^ (?:owns|bought|acquired|runs) (?:the )?$/,
    subject: 'before',
    subjectTypes: ORG,
    objectTypes: ORGISH,
  },
  {
    predicate: 'LEADS',
    between:
      /^,? (?:would be |will be |is |was )?(?:led|chaired|headed|run) by (?:its |their |the )?(?:chair|chief executive|director|head)?,? ?$/,
    subject: 'after',
    subjectTypes: PERSON,
    objectTypes: ORGISH,
  },
  {
    predicate: 'LEADS',
    between: /^,? (?:the )?(?:chair|chairman|chairwoman|chief executive|director|head|leader|founder) of (?:the )?$/,
    subject: 'before',
    subjectTypes: PERSON,
    objectTypes: ORGISH,
  },
  {
    predicate: 'WORKS_FOR',
    between: new RegExp(
      `^,? (?:who |who is |is |was |is now |has been |had been |the |a |an |as |as an? |her |his )*${ROLE} (?:for|at|of|with|in) (?:the )?$`,
    ),
    subject: 'before',
    subjectTypes: PERSON,
    objectTypes: ORG,
    qualifier: (m) => m[1]!.trim(),
  },
  {
    predicate: 'WORKS_FOR',
    between:
      /^ (?:is |was |has been |had been |is currently |is now )?(?:currently )?(?:employed by|working for|works for|worked for|writes for|wrote for|employed at|works at|worked at) (?:the )?$/,
    subject: 'before',
    subjectTypes: PERSON,
    objectTypes: ORG,
  },
  {
    predicate: 'COMMISSIONED',
    between: /^ (?:has |had |have )?(?:commissioned|ordered|launched|announced) (?:the |a |an )?(?:[a-z-]+ ){0,3}$/,
    subject: 'before',
    subjectTypes: ['Person', 'Organisation'],
    objectTypes: ['Review'],
  },
  {
    predicate: 'CONDUCTS',
    between: /^,? (?:by|conducted by|carried out by|undertaken by|led by) (?:the )?$/,
    subject: 'after',
    subjectTypes: ORG,
    objectTypes: ['Review'],
  },
  {
    predicate: 'CONDUCTS',
    between: /^,? (?:involving|by) (?:the )?(?:[A-Za-z’' ]+, )*(?:and )?(?:the )?$/,
    subject: 'after',
    subjectTypes: ORG,
    objectTypes: ['Review'],
  },
  {
    predicate: 'INSPECTED',
    between:
      /^ (?:has |had |have )?(?:inspected|rated|judged|downgraded|published (?:an? |its )?(?:[a-z]+ )?(?:inspection )?report (?:into|on)) (?:the )?(?:[a-z’'-]+ ){0,6}$/,
    subject: 'before',
    subjectTypes: ['Organisation'],
    objectTypes: ORG,
  },
  {
    predicate: 'PAID_BY',
    between:
      /^ (?:was |were |is |are |has been )?paid (£[\d.,]+ ?(?:million|billion|m|bn|k)?) (?:a year |per year |last year )?by (?:the )?$/,
    subject: 'before',
    subjectTypes: ['Organisation', 'Person'],
    objectTypes: ORG,
    qualifier: (m) => m[1]!.trim(),
  },
  {
    predicate: 'PARTNERED_WITH',
    between: /^ (?:which |that )?(?:is |are |was |were )?partnered with (?:the )?$/,
    subject: 'before',
    subjectTypes: ORGISH,
    objectTypes: ORGISH,
  },
  {
    predicate: 'PARTNERED_WITH',
    between: /^ (?:which|that) $/,
    subject: 'after',
    subjectTypes: ORGISH,
    objectTypes: ORGISH,
  },
  {
    predicate: 'CRITICISES',
    between:
      /^ (?:has |have |had )?(?:publicly |strongly |repeatedly )?(?:criticised|criticized|condemned|attacked|blamed|accused|slammed|castigated) (?:the )?$/,
    subject: 'before',
    subjectTypes: ['Person', 'Organisation'],
  },
  {
    predicate: 'PRAISES',
    between: /^ (?:has |have |had )?(?:publicly |strongly )?(?:praised|commended|applauded|thanked|hailed) (?:the )?$/,
    subject: 'before',
    subjectTypes: ['Person', 'Organisation'],
  },
  {
    predicate: 'SUPPORTS',
    between:
      /^ (?:has |have |had )?(?:also )?(?:strongly )?(?:backed|supported|endorsed|welcomed) (?:the )?(?:[a-z-]+ ){0,3}$/,
    subject: 'before',
    subjectTypes: ['Person', 'Organisation'],
  },
  {
    predicate: 'OPPOSES',
    between:
      /^ (?:has |have |had )?(?:also )?(?:strongly )?(?:opposed|rejected|warned (?:the )?[a-z ]+ against) (?:the )?$/,
    subject: 'before',
    subjectTypes: ['Person', 'Organisation'],
  },
  {
    predicate: 'REVIEWS',
    between: /^ (?:of|into) (?:the )?$/,
    subject: 'before',
    subjectTypes: ['Review'],
    objectTypes: ['Case', 'Organisation', 'Place'],
  },
  {
    predicate: 'LOCATED_IN',
    between: /^ (?:in|based in) $/,
    subject: 'before',
    subjectTypes: ['Organisation'],
    objectTypes: ['Place'],
  },
  {
    predicate: 'FAMILY_OF',
    between:
      /^['’]s (?:father|mother|stepmother|stepfather|son|daughter|brother|sister|grandmother|grandfather|partner|wife|husband|uncle|aunt) (?:, )?$/,
    subject: 'after',
    subjectTypes: PERSON,
    objectTypes: PERSON,
  },
  {
    predicate: 'FAMILY_OF',
    between:
      /^, (?:the |her |his )?['‘"“]?(mother|father|stepmother|stepfather|son|daughter|grandmother|grandfather|brother|sister)['’"”]? of (?:baby |little )?$/i,
    subject: 'before',
    subjectTypes: PERSON,
    objectTypes: PERSON,
    qualifier: (m) => m[1]!.toLowerCase(),
  },
  {
    predicate: 'ALIAS_OF',
    between:
      /^,? (?:(?:was |is )?anonymous as|(?:also )?known as|writing as|who writes as|better known as|aka) ['‘"“]?$/,
    subject: 'after',
    subjectTypes: ['Person', 'Organisation', 'Event'],
    objectTypes: PERSON,
  },
];

export function findRelations(doc: ParsedDocument, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const text = doc.text;
  const sorted = withPronouns(
    text,
    sentences,
    [...mentions].sort((a, b) => a.start - b.start),
  );
  const out: RawRelation[] = [];
  const seen = new Set<string>();
  const push = (rel: RawRelation) => {
    const key = `${rel.subject.start}|${rel.predicate}|${rel.object.start}`;
    if (!seen.has(key) && rel.subject.start !== rel.object.start) {
      seen.add(key);
      out.push(rel);
    }
  };
  let k = 0;
  for (const s of sentences) {
    while (k < sorted.length && sorted[k]!.start < s.start) k++;
    const ms: RawMention[] = [];
    for (let j = k; j < sorted.length && sorted[j]!.start < s.end; j++)
      if (sorted[j]!.end <= s.end) ms.push(sorted[j]!);
    if (ms.length < 2) continue;
    for (let a = 0; a < ms.length; a++) {
      for (let b = a + 1; b < ms.length && b <= a + 6; b++) {
        const A = ms[a]!;
        const B = ms[b]!;
        if (B.start < A.end || A.canonical === B.canonical) continue;
        const between = text.slice(A.end, B.start).replace(/\u00a0/g, ' ');
        if (between.length > 120) break;
        for (const p of PATTERNS) {
          const m = p.between.exec(between);
          if (!m) continue;
          const [subj, obj] = p.subject === 'before' ? [A, B] : [B, A];
          if (p.subjectTypes && !p.subjectTypes.includes(subj.type)) continue;
          if (p.objectTypes && !p.objectTypes.includes(obj.type)) continue;
          // A pronoun stands for the person it refers to; the relation points at that person's mention.
          const subjSpan = span(subj.source === 'pronoun' ? (subj as PronounMention).ref : subj);
          const objSpan = span(obj.source === 'pronoun' ? (obj as PronounMention).ref : obj);
          push({
            subject: subjSpan,
            predicate: p.predicate,
            object: objSpan,
            qualifier: p.qualifier?.(m) ?? null,
            evidence: { start: s.start, end: s.end },
          });
          // "employed by X as a content editor for Y": the person works for Y too, in that role.
          const asRole =
            p.predicate === 'WORKS_FOR' ? AS_ROLE.exec(text.slice(B.end, ms[b + 1]?.start ?? B.end)) : null;
          if (asRole && ms[b + 1] && ORG.includes(ms[b + 1]!.type)) {
            push({
              subject: subjSpan,
              predicate: 'WORKS_FOR',
              object: span(ms[b + 1]!),
              qualifier: asRole[1]!.trim(),
              evidence: { start: s.start, end: s.end },
            });
          }
          // "at Lambeth and Bristol councils": the same relation holds for the next organisation in the list.
          const next = ms[b + 1];
          if (
            next &&
            p.predicate === 'WORKS_FOR' &&
            next.type === obj.type &&
            /^,? and (?:the )?$/.test(text.slice(B.end, next.start))
          ) {
            push({
              subject: subjSpan,
              predicate: p.predicate,
              object: span(next),
              qualifier: p.qualifier?.(m) ?? null,
              evidence: { start: s.start, end: s.end },
            });
          }
          break;
        }
      }
    }
  }
  for (const r of impliedRelations(sentences, mentions)) push(r);
  // "the inspection of Solihull services he had commissioned": the pronoun's person commissioned it.
  for (const m of sorted) {
    if (m.type !== 'Review') continue;
    const after =
      /^(?: [a-z]+){0,2} (?:that |which )?(he|she) (?:had |has |have )?(?:commissioned|ordered|launched)\b/.exec(
        text.slice(m.end, m.end + 60),
      );
    if (!after) continue;
    const at = m.end + after[0].indexOf(after[1]!);
    const pron = sorted.find((x) => x.source === 'pronoun' && x.start === at) as PronounMention | undefined;
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (pron && s)
      push({
        subject: span(pron.ref),
        predicate: 'COMMISSIONED',
        object: span(m),
        qualifier: null,
        evidence: { start: s.start, end: s.end },
      });
  }
  return out;
}

const span = (m: Span): Span => ({ start: m.start, end: m.end });

interface PronounMention extends RawMention {
  ref: RawMention;
}

/**
 * "He"/"She" as a subject refer to the last person named before them (in this or an earlier
 * sentence); they are added as mentions of that person so the patterns can use them.
 */
function withPronouns(text: string, sentences: Sentence[], mentions: RawMention[]): RawMention[] {
  const out = [...mentions];
  const persons = mentions.filter((m) => m.type === 'Person' && m.kind !== 'commentator');
  const PRONOUN = /\b(he|she|He|She)\b/g;
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(t); m; m = PRONOUN.exec(t)) {
      const at = s.start + m.index;
      let ref: RawMention | undefined;
      for (let k = persons.length - 1; k >= 0; k--)
        if (persons[k]!.end <= at) {
          ref = persons[k];
          break;
        }
      if (!ref || at - ref.end > 600) continue;
      out.push({
        start: at,
        end: at + m[0].length,
        text: m[0],
        type: 'Person',
        kind: ref.kind,
        canonical: ref.canonical,
        source: 'pronoun',
        ref,
      } as PronounMention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Relations implied by the names themselves: a section is part of its act, a child is the victim in their case. */
export function impliedRelations(sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  const sentenceOf = (m: Span) => sentences.find((s) => s.start <= m.start && m.end <= s.end) ?? m;
  const first = new Map<string, RawMention>();
  for (const m of mentions)
    if (m.source !== 'pronoun' && !first.has(`${m.type}|${m.canonical}`)) first.set(`${m.type}|${m.canonical}`, m);
  for (const m of first.values()) {
    const act =
      m.type === 'Legislation' && m.kind === 'section' ? /^section \S+ of the (.+)$/.exec(m.canonical)?.[1] : undefined;
    const actMention = act ? first.get(`Legislation|${act}`) : undefined;
    if (actMention)
      out.push({
        subject: span(m),
        predicate: 'PART_OF',
        object: span(actMention),
        qualifier: null,
        evidence: sentenceOf(m),
      });
    const child = m.type === 'Case' ? /^(.+) case$/.exec(m.canonical)?.[1] : undefined;
    const person = child ? first.get(`Person|${child}`) : undefined;
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
