// Within one document, mentions that the text itself says are one thing: a pseudonym or nickname
// ("Peter Connelly (also known as ‘Baby P’)", "X, known as Y"), and hashtags or handles that spell a
// name met in the document ("@VincePeart" → Vince Peart).
import type { RawMention } from '../pipeline/types.js';
import { squash } from '../squash.js';
import { oneOf, re } from '../regex.js';

const SPACE = /[ \u00a0]+/;
const spaced = (phrase: string) => phrase.replaceAll(' ', SPACE.source);
// What introduces another name for someone: "also known as", "aka", "writing as".
const NAMED_AS = oneOf(
  [
    'also known as',
    'better known as',
    'known as',
    'aka',
    'a\\.k\\.a\\.?',
    'nicknamed',
    'dubbed',
    'alias',
    'who writes (?:as|under the (?:name|pseudonym))',
    'writing as',
    'under the pseudonym',
  ].map(spaced),
);
// The start of the text after a name: ", also known as", " (aka".
const LEAD = /^[ \u00a0]*[,(]?[ \u00a0]*/;
const AKA = re([LEAD, NAMED_AS, SPACE, /(?:the[ \u00a0]+)?["“‘']?$/], 'i');
const QUOTED_AFTER = re([LEAD, NAMED_AS, SPACE, /["“‘']([^"”’'\n]{2,40})["”’']/], 'i');

/**
 * Pseudonyms: the mention after "also known as" takes the name of the one before when both are people
 * (or both organisations); a quoted name there that no rule found becomes a mention of the first.
 */
export function linkPseudonyms(text: string, mentions: RawMention[]): RawMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const added: RawMention[] = [];
  const renamed = new Map<string, string>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const gap = text.slice(a.end, a.end + 80);
    const b = sorted[i + 1];
    if (
      b &&
      b.start - a.end <= 60 &&
      AKA.test(text.slice(a.end, b.start)) &&
      b.type === a.type &&
      b.canonical !== a.canonical
    ) {
      renamed.set(b.canonical, a.canonical);
      continue;
    }
    const q = QUOTED_AFTER.exec(gap);
    if (q && !(b && b.start < a.end + q[0].length)) {
      const start = a.end + q.index + q[0].length - 1 - q[1]!.length;
      added.push({
        start,
        end: start + q[1]!.length,
        text: q[1]!,
        type: a.type,
        kind: a.kind,
        canonical: a.canonical,
        source: 'alias:pseudonym',
      });
    }
  }
  for (const m of mentions) {
    const to = renamed.get(m.canonical);
    if (to) m.canonical = to;
  }
  return [...mentions, ...added];
}

/** "#VincePeart", "@vincepeart": a hashtag or handle that spells a name the document uses is that entity. */
export function linkTags(text: string, mentions: RawMention[]): RawMention[] {
  const byName = new Map<string, RawMention>();
  for (const m of mentions) {
    for (const n of [m.canonical, m.text]) {
      const s = squash(n);
      if (s.length >= 5 && !byName.has(s)) byName.set(s, m);
    }
  }
  const out = [...mentions];
  const taken = new Set(mentions.map((m) => m.start));
  for (const t of text.matchAll(/(?<![\p{L}\p{N}_])[#@][\p{L}\p{N}_]{4,}/gu)) {
    if (taken.has(t.index)) continue;
    const owner = byName.get(squash(t[0].slice(1)));
    if (owner)
      out.push({
        start: t.index,
        end: t.index + t[0].length,
        text: t[0],
        type: owner.type,
        kind: owner.kind,
        canonical: owner.canonical,
        source: 'alias:tag',
      });
  }
  return out;
}
