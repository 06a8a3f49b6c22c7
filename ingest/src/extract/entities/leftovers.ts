// Capitalised runs that no rule typed on their own, typed from what the document says around them:
// "Verphy Kudi" shares a surname with a person already named; "X residential special school";
// "X, the flagship foster care agency"; "X said"; and a run typed once is typed the same everywhere.
import type { RawMention } from '../../pipeline/types.js';
import { nameLike, roleAfter } from './classify.js';
import { nameData } from './gazetteer.js';
import type { Leftover } from './scan.js';
import { isCalendarName } from '../../calendar.js';
import { oneOf } from '../../regex.js';
import { NAME_AFTER_FORMS, NAME_BEFORE_FORMS, alternation } from '../../speech.js';
import { SpanCover } from '../spans.js';

const ORG_HEAD: [RegExp, string][] = [
  [/^(?:school|academy|college|nursery|university)$/, 'school'],
  [/^(?:hospital|clinic)$/, 'health'],
  [/^charity$/, 'charity'],
  [/^(?:newspaper|magazine|website|publication|blog|paper)$/, 'media'],
  [/^(?:agency|company|firm|provider|consultancy|business|group|home|homes|chain)$/, 'company'],
  [/^(?:organisation|trust|service|network|body|campaign)$/, 'other'],
];
const HEADS = [
  ...['school', 'academy', 'college', 'nursery', 'university', 'hospital', 'clinic', 'charity'],
  ...['newspaper', 'magazine', 'website', 'publication'],
  ...['agency', 'company', 'firm', 'provider', 'consultancy', 'business', 'group', 'homes?', 'chain'],
  ...['organisation', 'trust', 'network', 'campaign'],
].join('|');
// A lower-case word that can modify a head noun: not a verb, article, preposition or conjunction.
const NOT_MODIFIER = oneOf(
  ['is', 'was', 'has', 'had', 'and', 'or', 'to', 'for', 'in', 'of', 'on', 'at', 'by', 'the', 'a', 'an'].concat([
    'that',
    'which',
    'who',
    'will',
    'would',
    'said',
  ]),
);
const MODIFIER = `(?!${NOT_MODIFIER}\\b)[a-z’'-]+[ \\u00a0]+`;
// "Fullerton Park residential special school": up to three lower-case modifiers, then the head noun.
const HEAD_AFTER = new RegExp(`^[ \\u00a0]+((?:${MODIFIER}){0,3}?(?:children['’]s[ \\u00a0]+)?(${HEADS}))\\b`);
// "By The Bridge, the flagship private sector foster care agency".
const APPOSITION = new RegExp(
  `^,[ \\u00a0]+(?:the|a|an)[ \\u00a0]+(?:[\\p{L}’'-]+[ \\u00a0]+){0,5}?(${HEADS})\\b`,
  'u',
);
// ", said" after the name, or ", 42," (an age: "Jane Smith, 42, said").
const SPEECH_AFTER = new RegExp(
  `^,?[ \\u00a0]+(?:${alternation(NAME_AFTER_FORMS)})\\b|^,[ \\u00a0]+(?:aged[ \\u00a0]+)?\\d{1,2},`,
);
// "said Smith", or a byline's "by Smith".
const SPEECH_BEFORE = new RegExp(`\\b(?:${alternation([...NAME_BEFORE_FORMS, 'by'])})[ \\u00a0]+$`);
const OWNED_BEFORE = /\b(?:owned by|run by|acquired by|bought by|subsidiary of|part of the|sold to)[ \u00a0]+$/;
// Built once: the transpiler turns a literal with a Unicode property outside a class into a `new RegExp` call.
const STARTS_WITH_NUMBER = /^\p{N}/u;
const LOWER_CASE_LETTER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

/** Whether a code point is a lower-case letter, and whether it is a letter: ASCII by range, the rest remembered. */
const lowerCase = new Map<number, boolean>();
const letter = new Map<number, boolean>();
function isLowerCase(cp: number): boolean {
  if (cp < 0x80) return cp >= 97 && cp <= 122;
  let v = lowerCase.get(cp);
  if (v === undefined) lowerCase.set(cp, (v = LOWER_CASE_LETTER.test(String.fromCodePoint(cp))));
  return v;
}
function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  let v = letter.get(cp);
  if (v === undefined) letter.set(cp, (v = LETTER.test(String.fromCodePoint(cp))));
  return v;
}
const APOSTROPHES_AND_HYPHEN = new Set([0x27, 0x2019, 0x2d]);

/**
 * The words a text writes in lower case: a lower-case letter not after a letter, apostrophe or hyphen, and the
 * lower-case letters, apostrophes and hyphens after it (what `(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*` finds, with flags
 * gu), by one scan of code points: the pattern cost more than the rest of typing leftovers.
 */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  let afterWordChar = false;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!afterWordChar && isLowerCase(cp)) {
      let j = i + (cp > 0xffff ? 2 : 1);
      for (let c = text.codePointAt(j); c !== undefined; c = text.codePointAt(j)) {
        if (!isLowerCase(c) && !APOSTROPHES_AND_HYPHEN.has(c)) break;
        j += c > 0xffff ? 2 : 1;
      }
      out.add(text.slice(i, j));
      afterWordChar = true;
      i = j;
      continue;
    }
    afterWordChar = isLetter(cp) || APOSTROPHES_AND_HYPHEN.has(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

const headKind = (head: string) =>
  ORG_HEAD.find(([re]) => re.test(head.replace(/^children['’]s\s+/, '')))?.[1] ?? 'other';

export function typeLeftovers(text: string, leftovers: Leftover[], mentions: RawMention[]): void {
  // Words the document also writes in lower case are ordinary words, not names ("Social", "Later").
  const lower = lowerCaseWords(text);
  const d = nameData();
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === 'Person' && /\s/.test(m.canonical)) surnames.add(m.canonical.split(/\s+/).pop()!);
  const typed: RawMention[] = [];
  const rest: Leftover[] = [];
  for (const l of leftovers) {
    const after = text.slice(l.end, l.end + 120);
    const before = text.slice(Math.max(0, l.start - 40), l.start);
    const listedAsNot = d.not.has(l.text.replace(/’/g, "'"));
    if (STARTS_WITH_NUMBER.test(l.text) || l.words.some((w) => isCalendarName(w.text)) || listedAsNot) {
      rest.push(l);
      continue;
    }
    // A person only from a run that does not open its sentence (unless a role follows it in apposition:
    // "Jo Bloggs, director of …") and whose words are not ordinary words.
    const apposedRole = /^,/.test(after) && roleAfter(after) !== null;
    const name =
      (!l.initial || apposedRole) && nameLike(l.words) && !l.words.some((w) => lower.has(w.text.toLowerCase()));
    // One word says too little to type by context ("Haiti, the … group" would make every Haiti a body).
    const single = l.words.length === 1;
    const add = (type: RawMention['type'], kind: string | null, source: string) => {
      // "President Ouattara said": a title before a person's name is not part of the name.
      let words = l.words;
      while (
        type === 'Person' &&
        words.length > 1 &&
        (d.titles.includes(words[0]!.key) || d.honor.has(words[0]!.text) || d.roles[words[0]!.key])
      )
        words = words.slice(1);
      const canonical = type === 'Person' ? text.slice(words[0]!.start, l.end) : l.text.replace(/^the\s+/i, '');
      typed.push({ start: l.start, end: l.end, text: l.text, type, kind, canonical, source: `context:${source}` });
    };
    if (name && surnames.has(l.words[l.words.length - 1]!.text)) add('Person', null, 'family');
    else if (name && (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before))) add('Person', null, 'speech');
    else if (name && roleAfter(after)) add('Person', roleAfter(after), 'role');
    else {
      const head = HEAD_AFTER.exec(after)?.[2] ?? APPOSITION.exec(after)?.[1];
      if (head && !single) add('Organisation', headKind(head), 'head');
      else if (OWNED_BEFORE.test(before) && !single) add('Organisation', 'company', 'owner');
      else rest.push(l);
    }
  }
  // A run typed once by its context is the same thing wherever else the document uses it.
  const bySurface = new Map(typed.map((m) => [m.text, m]));
  for (const l of rest) {
    const m = bySurface.get(l.text);
    if (m) typed.push({ ...m, start: l.start, end: l.end, source: 'context:same-name' });
  }
  const taken = new SpanCover(mentions);
  for (const m of typed) {
    if (taken.overlaps(m)) continue;
    mentions.push(m);
    taken.add(m);
  }
}
