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
const ROLE = "((?:former |then |acting |interim |deputy |assistant )?(?:chief executive|chief social worker[a-z ]*|director(?: of [a-z’' ]+)?|chair(?:man|woman)?|president|head(?: of [a-z’' ]+)?|founder|editor|content editor|editorial consultant|manager|deputy manager|secretary(?: of state[a-z ]*)?|spokes(?:man|woman|person)|chief inspector|commissioner|minister(?: for [a-z’' ]+)?|journalist|reporter|columnist|trustee|partner|ceo))";

const PATTERNS: Pattern[] = [
  { predicate: 'SUBSIDIARY_OF', between: /^,? (?:is |was )?(?:now )?(?:a|the) (?:wholly[- ]owned )?subsidiary of (?:the )?(?:[a-z-]+ ){0,4}$/, subject: 'before', subjectTypes: ORG, objectTypes: ORG },
  { predicate: 'PART_OF', between: /^,? (?:is |was |are )?(?:now )?part of (?:the )?(?:[a-z-]+ ){0,4}$/, subject: 'before', subjectTypes: ORGISH, objectTypes: ORG },
  { predicate: 'OWNS', between: /^,? (?:which |that |who )?(?:is |was |are |were )?(?:of course |now |ultimately |also )?(?:owned|bought|acquired|run) by (?:the )?(?:[a-z-]+ ){0,4}$/, subject: 'after', subjectTypes: ORG, objectTypes: ORGISH },
  { predicate: 'OWNS', between: /^ (?:owns|bought|acquired|runs) (?:the )?$/, subject: 'before', subjectTypes: ORG, objectTypes: ORGISH },
  { predicate: 'LEADS', between: /^,? (?:would be |will be |is |was )?(?:led|chaired|headed|run) by (?:its |their |the )?(?:chair|chief executive|director|head)?,? ?$/, subject: 'after', subjectTypes: PERSON, objectTypes: ORGISH },
  { predicate: 'LEADS', between: /^,? (?:the )?(?:chair|chairman|chairwoman|chief executive|director|head|leader|founder) of (?:the )?$/, subject: 'before', subjectTypes: PERSON, objectTypes: ORGISH },
  { predicate: 'WORKS_FOR', between: new RegExp(`^,? (?:who |who is |is |was |is now |has been |had been |the |a |an |as |as an? |her |his )*${ROLE} (?:for|at|of|with|in) (?:the )?$`), subject: 'before', subjectTypes: PERSON, objectTypes: ORG, qualifier: (m) => m[1]!.trim() },
  { predicate: 'WORKS_FOR', between: /^ (?:is |was |has been |had been |is currently |is now )?(?:currently )?(?:employed by|working for|works for|worked for|writes for|wrote for|employed at|works at|worked at) (?:the )?$/, subject: 'before', subjectTypes: PERSON, objectTypes: ORG },
  { predicate: 'COMMISSIONED', between: /^ (?:has |had |have )?(?:commissioned|ordered|launched|announced) (?:the |a |an )?(?:[a-z-]+ ){0,3}$/, subject: 'before', subjectTypes: ['Person', 'Organisation'], objectTypes: ['Review'] },
  { predicate: 'CONDUCTS', between: /^,? (?:by|conducted by|carried out by|undertaken by|led by) (?:the )?$/, subject: 'after', subjectTypes: ORG, objectTypes: ['Review'] },
  { predicate: 'CONDUCTS', between: /^,? (?:involving|by) (?:the )?(?:[A-Za-z’' ]+, )*(?:and )?(?:the )?$/, subject: 'after', subjectTypes: ORG, objectTypes: ['Review'] },
  { predicate: 'INSPECTED', between: /^ (?:has |had |have )?(?:inspected|rated|judged|downgraded|published (?:an? |its )?(?:[a-z]+ )?(?:inspection )?report (?:into|on)) (?:the )?(?:[a-z’'-]+ ){0,6}$/, subject: 'before', subjectTypes: ['Organisation'], objectTypes: ORG },
  { predicate: 'PAID_BY', between: /^ (?:was |were |is |are |has been )?paid (£[\d.,]+ ?(?:million|billion|m|bn|k)?) (?:a year |per year |last year )?by (?:the )?$/, subject: 'before', subjectTypes: ['Organisation', 'Person'], objectTypes: ORG, qualifier: (m) => m[1]!.trim() },
  { predicate: 'PARTNERED_WITH', between: /^ (?:which |that )?(?:is |are |was |were )?partnered with (?:the )?$/, subject: 'before', subjectTypes: ORGISH, objectTypes: ORGISH },
  { predicate: 'PARTNERED_WITH', between: /^ (?:which|that) $/, subject: 'after', subjectTypes: ORGISH, objectTypes: ORGISH },
  { predicate: 'CRITICISES', between: /^ (?:has |have |had )?(?:publicly |strongly |repeatedly )?(?:criticised|criticized|condemned|attacked|blamed|accused|slammed|castigated) (?:the )?$/, subject: 'before', subjectTypes: ['Person', 'Organisation'] },
  { predicate: 'PRAISES', between: /^ (?:has |have |had )?(?:publicly |strongly )?(?:praised|commended|applauded|thanked|hailed) (?:the )?$/, subject: 'before', subjectTypes: ['Person', 'Organisation'] },
  { predicate: 'SUPPORTS', between: /^ (?:has |have |had )?(?:also )?(?:strongly )?(?:backed|supported|endorsed|welcomed) (?:the )?(?:[a-z-]+ ){0,3}$/, subject: 'before', subjectTypes: ['Person', 'Organisation'] },
  { predicate: 'OPPOSES', between: /^ (?:has |have |had )?(?:also )?(?:strongly )?(?:opposed|rejected|warned (?:the )?[a-z ]+ against) (?:the )?$/, subject: 'before', subjectTypes: ['Person', 'Organisation'] },
  { predicate: 'REVIEWS', between: /^ (?:of|into) (?:the )?$/, subject: 'before', subjectTypes: ['Review'], objectTypes: ['Case', 'Organisation', 'Place'] },
  { predicate: 'LOCATED_IN', between: /^ (?:in|based in) $/, subject: 'before', subjectTypes: ['Organisation'], objectTypes: ['Place'] },
  { predicate: 'FAMILY_OF', between: /^['’]s (?:father|mother|stepmother|stepfather|son|daughter|brother|sister|grandmother|grandfather|partner|wife|husband|uncle|aunt) (?:, )?$/, subject: 'after', subjectTypes: PERSON, objectTypes: PERSON },
  { predicate: 'ALIAS_OF', between: /^,? (?:(?:was |is )?anonymous as|(?:also )?known as|writing as|who writes as|better known as|aka) ['‘"“]?$/, subject: 'after', subjectTypes: ['Person', 'Organisation', 'Event'], objectTypes: PERSON },
];

export function findRelations(doc: ParsedDocument, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const text = doc.text;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: RawRelation[] = [];
  const seen = new Set<string>();
  let k = 0;
  for (const s of sentences) {
    while (k < sorted.length && sorted[k]!.start < s.start) k++;
    const ms: RawMention[] = [];
    for (let j = k; j < sorted.length && sorted[j]!.start < s.end; j++) if (sorted[j]!.end <= s.end) ms.push(sorted[j]!);
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
          const rel: RawRelation = { subject: span(subj), predicate: p.predicate, object: span(obj), qualifier: p.qualifier?.(m) ?? null, evidence: { start: s.start, end: s.end } };
          const key = `${subj.start}|${p.predicate}|${obj.start}`;
          if (!seen.has(key)) { seen.add(key); out.push(rel); }
          break;
        }
      }
    }
  }
  return out;
}

const span = (m: Span): Span => ({ start: m.start, end: m.end });
