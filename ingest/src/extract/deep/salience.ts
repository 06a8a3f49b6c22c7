// Pronouns read through the parse: a pronoun that is the subject of its clause most often continues the
// subject of the sentence before ("Social worker X was sent to Y's home. He had never met Y …"), where the
// nearest earlier name (the rules engine's choice) may be an object or a possessive.
import type { RawMention } from '../../pipeline/types.js';
import { isReference, named, type Reference } from '../references/index.js';
import type { DocumentParse, ParsedSentence } from './parse.js';
import { mentionsByHead } from './relations.js';

const SUBJECT = new Set(['nsubj', 'nsubj:pass']);
/** How far back (characters) the sentence with the antecedent subject may start. */
const REACH = 600;
const PRONOUN = /^(?:he|she)$/i;

function subjects(sentence: ParsedSentence, byHead: Map<number, RawMention>): RawMention[] {
  const out: RawMention[] = [];
  for (const d of sentence.deps) {
    const m = SUBJECT.has(d.dep) ? byHead.get(d.dependent) : undefined;
    if (m && !out.includes(m)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The references with each subject pronoun that opens its sentence pointed at the previous sentence's subject. */
export function salientReferences(
  parse: DocumentParse,
  mentions: RawMention[],
  references: RawMention[],
): RawMention[] {
  const replaced = new Map<RawMention, Reference>();
  let previous: { subject: RawMention; end: number } | null = null;
  for (const sentence of parse.sentences) {
    const byHead = mentionsByHead(sentence, [...mentions, ...references]);
    const subs = subjects(sentence, byHead);
    const first = subs[0];
    const start = sentence.tokens[0]?.start ?? 0;
    if (
      first &&
      isReference(first) &&
      PRONOUN.test(first.text) &&
      previous &&
      start - previous.end < REACH &&
      previous.subject.type === first.type &&
      previous.subject.canonical !== first.ref.canonical
    )
      replaced.set(first, {
        ...first,
        type: previous.subject.type,
        canonical: previous.subject.canonical,
        ref: previous.subject,
      });
    const subject = first ? (replaced.get(first) ?? first) : undefined;
    if (subject) previous = { subject: named(subject), end: sentence.tokens[sentence.tokens.length - 1]!.end };
  }
  return references.map((r) => replaced.get(r) ?? r);
}
