// "it" as a body's pronoun: "The council says it will appeal. It has hired lawyers." The body is the subject
// of the pronoun's own sentence or of the one before (the first thing the sentence names, at its start), in
// the same text (article or one comment). Only an "it" a verb follows counts, and not the "it" of
// extraposition ("it is clear that", "it seems", "it has been reported"): vocabulary in
// ingest/data/references.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawMention, Sentence } from '../../pipeline/types.js';
import { mentionsIn, type Reference } from './index.js';

interface ItData {
  auxiliaries: string[];
  adverbs: string[];
  expletive: string[];
  notAfterAuxiliary: string[];
}

let data: { auxiliaries: Set<string>; adverbs: Set<string>; expletive: Set<string>; not: Set<string> } | undefined;
function itData() {
  if (data) return data;
  const d = (
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data/references.json'), 'utf8')) as {
      it: ItData;
    }
  ).it;
  data = {
    auxiliaries: new Set(d.auxiliaries),
    adverbs: new Set(d.adverbs),
    expletive: new Set(d.expletive),
    not: new Set(d.notAfterAuxiliary),
  };
  return data;
}

const BODY_TYPES = new Set(['Organisation', 'Review']);
const IT = /\b[Ii]t\b(?!['’])/g;
const WORDS_AFTER = /^[ \u00a0]+([a-z’']+)(?:[ \u00a0]+([a-z’']+))?(?:[ \u00a0]+([a-z’']+))?/;
const OPENING = /^(?:[^,]{0,60},[ \u00a0]*)?(?:[Tt]he[ \u00a0]+)?$/;

/** Whether a verb that makes "it" a doer follows: "it has repeatedly backed", "it wants", not "it is clear". */
function doerFollows(text: string, end: number): boolean {
  const { auxiliaries, adverbs, expletive, not } = itData();
  const words = WORDS_AFTER.exec(text.slice(end, end + 60));
  if (!words) return false;
  const [first, ...rest] = [words[1], words[2], words[3]].map((w) => w?.replace(/’/g, "'"));
  if (!first) return false;
  if (auxiliaries.has(first)) {
    const verb = rest.find((w) => w !== undefined && !adverbs.has(w));
    return verb !== undefined && !not.has(verb) && !auxiliaries.has(verb);
  }
  if (adverbs.has(first)) return doerFollows(text, end + words[0].indexOf(first) + first.length);
  // A present or past tense of its own ("it wants", "it backed"), not a copula or an extraposing verb.
  return /(?:s|ed)$/.test(first) && !expletive.has(first) && first !== 'is' && first !== 'was' && first !== 'has';
}

/** The body a sentence opens with as its subject: its first mention, at its start or after "the" or a fronted phrase. */
function subjectBody(text: string, s: Sentence, sorted: RawMention[]): RawMention | undefined {
  const first = mentionsIn(sorted, s)[0];
  if (!first || !BODY_TYPES.has(first.type) || first.kind === 'commentator') return undefined;
  return OPENING.test(text.slice(s.start, first.start)) ? first : undefined;
}

export function itReferences(text: string, sentences: Sentence[], mentions: RawMention[]): Reference[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Reference[] = [];
  let previous: { body: RawMention | undefined; commentId: string | null } | undefined;
  for (const s of sentences) {
    const own = subjectBody(text, s, sorted);
    const before = previous?.commentId === s.commentId ? previous.body : undefined;
    const slice = text.slice(s.start, s.end);
    for (const m of slice.matchAll(IT)) {
      const start = s.start + m.index;
      const end = start + 2;
      const body = own && own.end <= start ? own : before;
      if (!body || !doerFollows(text, end)) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        type: body.type,
        kind: body.kind,
        canonical: body.canonical,
        source: 'reference',
        ref: body,
      });
    }
    previous = { body: own, commentId: s.commentId };
  }
  return out;
}
