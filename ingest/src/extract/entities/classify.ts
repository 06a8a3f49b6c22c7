// Types a run of capitalised words that the gazetteer does not know, by its last word (organisation,
// event and review suffixes) or as a person's name (given name, honorific or role before it).
import type { EntityType } from '@claimgraph/schema';
import { nameData } from './gazetteer.js';
import { isAllCaps, type Token } from './tokens.js';
import { isCalendarName } from '../../calendar.js';
import { oneOf, re } from '../../regex.js';

export interface Typed {
  type: EntityType;
  kind: string | null;
  canonical: string;
}

const ORG_SUFFIX: Record<string, string> = {
  council: 'local_authority',
  police: 'police',
  constabulary: 'police',
  ltd: 'company',
  limited: 'company',
  plc: 'company',
  llp: 'company',
  group: 'company',
  holdings: 'company',
  holdco: 'company',
  capital: 'company',
  consulting: 'company',
  partners: 'company',
  healthcare: 'company',
  investments: 'company',
  equity: 'company',
  luxco: 'company',
  inc: 'company',
  corporation: 'company',
  association: 'professional_body',
  society: 'other',
  institute: 'other',
  college: 'other',
  federation: 'professional_body',
  confederation: 'professional_body',
  consortium: 'other',
  forum: 'other',
  league: 'other',
  centre: 'other',
  center: 'other',
  organisation: 'other',
  organization: 'other',
  union: 'union',
  guild: 'professional_body',
  panel: 'government',
  commission: 'regulator',
  inspectorate: 'regulator',
  board: 'government',
  committee: 'parliament',
  department: 'government',
  ministry: 'government',
  office: 'government',
  agency: 'government',
  authority: 'government',
  court: 'court',
  tribunal: 'court',
  trust: 'health',
  hospital: 'health',
  nhs: 'health',
  clinic: 'health',
  charity: 'charity',
  foundation: 'charity',
  alliance: 'other',
  network: 'other',
  partnership: 'other',
  coalition: 'other',
  campaign: 'other',
  project: 'charity',
  school: 'school',
  academy: 'school',
  university: 'school',
  news: 'media',
  times: 'media',
  post: 'media',
  gazette: 'media',
  herald: 'media',
  magazine: 'media',
  tv: 'media',
  party: 'political_party',
  assembly: 'parliament',
  parliament: 'parliament',
};
const EVENT_SUFFIX: Record<string, string> = {
  awards: 'award',
  award: 'award',
  conference: 'conference',
  summit: 'conference',
  podcast: 'podcast',
  radio: 'podcast',
  programme: 'programme',
  show: 'programme',
  festival: 'conference',
  week: 'campaign',
  campaign: 'campaign',
  day: 'campaign',
  fortnight: 'campaign',
  month: 'campaign',
};
const REVIEW_SUFFIX: Record<string, string> = {
  review: 'review',
  inquiry: 'inquiry',
  report: 'report',
  inspection: 'inspection',
  consultation: 'consultation',
  investigation: 'inquiry',
};
// Describing words that open no name, however long the run: in both sets below.
const DESCRIBING = ['primary', 'secondary', 'local', 'core', 'senior', 'main', 'new', 'old'];
const GENERIC_FIRST = new Set([
  'our',
  'my',
  'your',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'top',
  'every',
  'each',
  'any',
  'some',
  'all',
  'no',
  'a',
  'an',
  ...DESCRIBING,
  'big',
  'whole',
  'medicine',
  'another',
  'other',
  'many',
  'most',
  'if',
  'when',
  'what',
  'why',
  'how',
  'where',
  'while',
  'as',
  'but',
  'so',
  'yes',
  'dear',
  'hi',
  'hello',
  'thanks',
  'please',
  'why',
  'more',
  'less',
  'best',
  'good',
  'bad',
  'great',
  'only',
  'just',
  'even',
  'also',
  'then',
  'now',
  'here',
  'there',
]);
// Words that open a sentence without being part of the name after them ("Yet the Council", "Later Zahawi").
export const OPENERS = new Set([
  'yet',
  'although',
  'though',
  'because',
  'since',
  'today',
  'yesterday',
  'now',
  'later',
  'meanwhile',
  'however',
  'therefore',
  'thus',
  'indeed',
  'still',
  'instead',
  'once',
  'whether',
  'also',
  'even',
  'only',
  'just',
  'perhaps',
  'maybe',
  'sadly',
  'clearly',
  'and',
  'but',
  'so',
  'then',
  'when',
  'if',
  'while',
  'where',
  'why',
  'how',
  'what',
  'that',
  'this',
  'there',
  'here',
  'unless',
  'until',
  'both',
  'either',
  'neither',
  'nor',
  'or',
  'do',
  'does',
  'did',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'must',
  'shall',
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
]);
// Describing words that make a two-word run generic ("Local Authority", "Social Work") but can open a
// longer name ("Social Work Radio", "National Fostering Agency").
const DESCRIPTIVE_FIRST = new Set([
  ...DESCRIBING,
  'child',
  'children',
  'family',
  'families',
  'social',
  'parent',
  'parents',
  'independent',
  'private',
  'public',
  'national',
  'government',
]);
// Words that introduce a person's name even when the given name is not a common one.
const EVENT_OF = /\b(?:death|murder|killing|manslaughter|case|trial|sentencing) of[ \u00a0]+$/;
const KIN = ['mother', 'father', 'stepmother', 'stepfather', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother'];
const NAMING = oneOf(['interviewed', 'named', 'called', ...KIN, 'victim', 'killer', 'murderer']);
const PERSON_CONTEXT_BEFORE = re([EVENT_OF, '|\\b', NAMING, /[ \u00a0]+$/], 'i');
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'in',
  'on',
  'de',
  'van',
  'von',
  'da',
  'du',
  'le',
  'la',
  'to',
  'at',
]);
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'da', 'du', 'le', 'la', "o'", 'mac', 'mc']);

// Patterns with a Unicode property outside a class are built here once: the TypeScript transpiler turns such a
// literal into a `new RegExp` call, which inside a function would rebuild it on every call.
const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]/u;
const APOSTROPHE_CAPS = /^\p{Lu}['’]\p{Lu}/u; // O'Brien
const MC_CAPS = /^Mc\p{Lu}|^Mac\p{Lu}/u;
const STARTS_WITH_NUMBER = /^\p{N}/u;

/** The kind of organisation a name's last word makes it ("Trust" → health), if it makes it one. */
export function orgSuffixKind(word: string): string | undefined {
  return ORG_SUFFIX[word.toLowerCase()];
}

export function isConnector(key: string): boolean {
  return CONNECTORS.has(key);
}

/** Whether a word could be part of a person's name: Title case, not a known non-name, not an acronym. */
export function nameWord(t: Token, index = 0): boolean {
  const d = nameData();
  if (NAME_PARTICLES.has(t.key)) return true;
  if (!TITLE_CASE.test(t.text) && !APOSTROPHE_CAPS.test(t.text) && !MC_CAPS.test(t.text)) return false;
  // Months and days are not names on their own, but can be surnames after a given name ("Theresa May").
  if (index > 0 && isCalendarName(t.text)) return true;
  return !d.not.has(t.text.replace(/’/g, "'"));
}

/** Whether words could be a person's name whatever their context: two to four name words, no acronym. */
export function nameLike(words: Token[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((t, k) => nameWord(t, k)) &&
    !words.some((t) => isAllCaps(t.text))
  );
}

export function classifyChunk(words: Token[], text: string, before: string): Typed | null {
  const d = nameData();
  // "the Local Authority" is judged as "Local Authority".
  if (words.length > 1 && words[0]!.key === 'the') words = words.slice(1);
  const last = words[words.length - 1]!;
  const name = text.slice(words[0]!.start, last.end);
  if (d.not.has(name.replace(/’/g, "'"))) return null;
  const lastKey = last.key.replace(/[.]$/, '');
  // "20 Summit": a run that starts with a number is not a name typed by its last word.
  if (STARTS_WITH_NUMBER.test(words[0]!.text)) return null;
  // "Our Trade Union", "Top Local Authority", "Core Group": a common word in front makes it generic.
  if (GENERIC_FIRST.has(words[0]!.key)) return null;
  if (DESCRIPTIVE_FIRST.has(words[0]!.key) && words.length <= 2) return null;
  // "Medicine and the NHS" is two things, not one name.
  if (/ and the /i.test(name)) return null;
  if (words.length >= 2) {
    if (ORG_SUFFIX[lastKey]) return { type: 'Organisation', kind: ORG_SUFFIX[lastKey], canonical: name };
    if (EVENT_SUFFIX[lastKey]) return { type: 'Event', kind: EVENT_SUFFIX[lastKey], canonical: name };
    if (REVIEW_SUFFIX[lastKey]) return { type: 'Review', kind: REVIEW_SUFFIX[lastKey], canonical: name };
  }
  // People: two to four name words, introduced by a given name, an honorific or a role.
  let w = words;
  let honorific = false;
  while (w.length > 1 && d.honor.has(w[0]!.text.replace(/\.$/, ''))) {
    w = w.slice(1);
    honorific = true;
  }
  // "Education Secretary Gillian Keegan", "President Obama": a capitalised role before the name is a title.
  let titleKind: string | null = null;
  for (let k = Math.min(3, w.length - 1); k >= 1 && !titleKind; k--) {
    const phrase = w
      .slice(0, k)
      .map((t) => t.key)
      .join(' ');
    const kind = d.roles[phrase] ?? (d.titles.includes(phrase) ? 'official' : undefined);
    // Only before a full name: "General Assembly" and "Chief Executive" are not titles and names.
    if (kind && nameLike(w.slice(k)) && d.given.has(w[k]!.text)) {
      titleKind = kind;
      w = w.slice(k);
      honorific = true;
    }
  }
  if (titleKind) before = `${before} ${Object.keys(d.roles).find((r) => d.roles[r] === titleKind) ?? ''}`;
  if (nameLike(w)) {
    const first = w[0]!.text;
    const role = roleBefore(before);
    if (honorific || d.given.has(first) || role || (w.length === 2 && PERSON_CONTEXT_BEFORE.test(before))) {
      return { type: 'Person', kind: role, canonical: text.slice(w[0]!.start, w[w.length - 1]!.end) };
    }
  }
  // "Mr Zahawi", "Cllr Smith": an honorific before one name word; the surname pass finds the full name.
  if (honorific && w.length === 1 && nameWord(w[0]!) && !isAllCaps(w[0]!.text)) {
    return { type: 'Person', kind: roleBefore(before), canonical: w[0]!.text };
  }
  // "his colleague Tilly", "her son Daniel": a lone given name after a word for a relation is a person.
  if (w.length === 1 && d.given.has(w[0]!.text) && relationBefore(before)) {
    return { type: 'Person', kind: roleBefore(before), canonical: w[0]!.text };
  }
  return null;
}

let relationRe: RegExp | undefined;
function relationBefore(before: string): boolean {
  relationRe ??= new RegExp(`\\b(?:${nameData().relationWords.join('|')})[ \u00a0,]+$`, 'i');
  return relationRe.test(before);
}

/** Role phrases by their normalised form, the first phrase listed winning, built once per name data. */
interface RoleIndex {
  roles: Record<string, string>;
  /** Curly apostrophes straight, case kept (the text before a name is lower-cased, so "MP" never ends it). */
  before: Map<string, string>;
  /** Lower case, curly apostrophes straight. */
  after: Map<string, string>;
  longestAfter: number;
}
let roleIndex: RoleIndex | undefined;
function roleLookup(): RoleIndex {
  const roles = nameData().roles;
  if (roleIndex?.roles === roles) return roleIndex;
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const [phrase, kind] of Object.entries(roles)) {
    const b = phrase.replace(/’/g, "'");
    if (b && !before.has(b)) before.set(b, kind);
    const a = phrase.toLowerCase().replace(/’/g, "'");
    if (a && !after.has(a)) after.set(a, kind);
  }
  roleIndex = { roles, before, after, longestAfter: Math.max(0, ...[...after.keys()].map((k) => k.length)) };
  return roleIndex;
}

/** The kind implied by a role phrase just before a name ("education secretary", "chief executive"). */
export function roleBefore(before: string): string | null {
  const phrases = roleLookup().before;
  // "education secretary, Nicky Morgan" and "its chair, Annie Hudson" name the role before a comma.
  const tail = before
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s\u00a0]+$/, '')
    .replace(/,$/, '');
  // The longest phrase that is the whole tail or ends it after a space or "(": the endings, longest first.
  const whole = phrases.get(tail);
  if (whole !== undefined) return whole;
  for (let i = 0; i < tail.length; i++) {
    if (tail[i] !== ' ' && tail[i] !== '(') continue;
    const kind = phrases.get(tail.slice(i + 1));
    if (kind !== undefined) return kind;
  }
  return null;
}

// What stands between a name and its role: ", the former", " is now an acting", ", her".
const eachFollowed = (words: string[]) => `(?:${words.map((w) => `${w}[ \\u00a0]+`).join('|')})?`;
const ROLE_LEAD = re([
  /^,?[ \u00a0]+(?:(?:is|was|has been|became|is now)[ \u00a0]+)?/,
  eachFollowed(['the', 'a', 'an', 'her', 'his', 'its']),
  eachFollowed(['former', 'then', 'current', 'interim', 'acting']),
]);

/** The kind implied by a role right after a name ("X, chief executive of Y", "X is a social worker"). */
export function roleAfter(after: string): string | null {
  const m = ROLE_LEAD.exec(after);
  if (!m || (m[0].trim() === '' && !after.startsWith(','))) return null;
  const rest = after
    .slice(m[0].length)
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[ \u00a0]+/g, ' ');
  // The longest phrase that starts the rest and ends before anything but a letter: the prefixes, longest first.
  const { after: phrases, longestAfter } = roleLookup();
  for (let n = Math.min(rest.length, longestAfter); n > 0; n--) {
    if (n < rest.length && /[a-z]/.test(rest[n]!)) continue;
    const kind = phrases.get(rest.slice(0, n));
    if (kind !== undefined) return kind;
  }
  return null;
}
