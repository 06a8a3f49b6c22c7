// Entities named by pattern rather than by list: acts and sections, reviews and inspections written in
// lower case ("joint targeted area inspection of Solihull"), and cases named after a child.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawMention, Span } from '../../pipeline/types.js';
import { re } from '../../regex.js';
import { gazetteer } from './gazetteer.js';

// Sections that writers cite without naming the act, and the act they belong to (curated data).
interface SectionDefaults {
  act: string;
  sections: string[];
}
let defaults: Map<string, string> | undefined;
function defaultAct(section: string): string | undefined {
  if (!defaults) {
    const list = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../../data/sections.json'), 'utf8'),
    ) as SectionDefaults[];
    defaults = new Map(list.flatMap((d) => d.sections.map((s) => [s, d.act] as const)));
  }
  return defaults.get(section);
}

const ACT_YEAR = /\b((?:[A-Z][a-z]+(?:,)? (?:and |of |for |the )*){1,6}Act) (\d{4})\b/g;
const YEAR_ACT = /\b(\d{4}) ((?:[A-Z][a-z]+ (?:and |of |for |the )*){1,6}Act)\b/g;
// "section 17", "s.47", "s 20A"; then maybe the act: "of the Children Act 1989", "the 1989 Children Act".
const SECTION_NUMBER = /\b(?:[Ss]ection|s\.?)[ \u00a0]?(\d{1,3}[A-Za-z]?)\b/;
const OF_THE_ACT = /(?:(?: of)? the (?:(\d{4}) )?((?:[A-Z][a-z]+ ){1,5}Act)(?: (\d{4}))?)?/;
const SECTION = re([SECTION_NUMBER, OF_THE_ACT], 'g');

// "Part 3 of the Children Act 1989", "part five of the Act": a numbered part of a named act (never "part of").
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const PART_NUMBER = `(\\d{1,2}|${NUMBER_WORDS.join('|')}|[IVX]{1,4})`;
const OF_THE_NAMED_ACT = /[ \u00a0]of the (?:(\d{4}) )?((?:[A-Z][a-z]+ ){0,5}Act)(?: (\d{4}))?/;
const PART = re([/\b[Pp]art[ \u00a0]/, PART_NUMBER, OF_THE_NAMED_ACT], 'g');
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
/** "five", "V", "5" → "5". */
export function partNumber(n: string): string {
  const word = NUMBER_WORDS.indexOf(n.toLowerCase());
  if (word >= 0) return String(word + 1);
  if (/^[IVX]+$/.test(n)) {
    let v = 0;
    for (let i = 0; i < n.length; i++) {
      const a = ROMAN[n[i]!]!;
      const b = ROMAN[n[i + 1] ?? ''] ?? 0;
      v += a < b ? -a : a;
    }
    return String(v);
  }
  return n;
}

/** Every match of a global pattern inside the spans, with where it starts in the whole text. */
function* matchesIn(text: string, spans: Span[], re: RegExp): Generator<{ m: RegExpExecArray; start: number }> {
  for (const s of spans) {
    const t = text.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) yield { m, start: s.start + m.index };
  }
}

/** A mention that is the whole of a match. */
function whole(start: number, match: string, found: Omit<RawMention, 'start' | 'end' | 'text'>): RawMention {
  return { start, end: start + match.length, text: match, ...found };
}

const LOWER_CASE_ACT = /^ of the ((?:[a-z]+ ){1,5}act)\b/;
/** The known act ("Human Rights Act 1998") whose name, in lower case and without its year, is the words given. */
function knownAct(words: string): string | undefined {
  return gazetteer().entries.find(
    (e) => e.type === 'Legislation' && e.name.replace(/ \d{4}$/, '').toLowerCase() === words,
  )?.name;
}

export function findLegislation(text: string, spans: Span[], out: RawMention[]): void {
  const acts = new Map<string, string>(); // "Children Act" → "Children Act 1989"
  for (const s of spans)
    for (const re of [ACT_YEAR, YEAR_ACT])
      for (const { m, start: at } of matchesIn(text, [s], re)) {
        const [name, year] = re === ACT_YEAR ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
        const clean = name.replace(/^(?:The|the) /, '');
        const canonical = `${clean} ${year}`;
        acts.set(clean, canonical);
        const start = at + (m[0].startsWith('The ') ? 4 : 0);
        const end = at + m[0].length;
        out.push({
          start,
          end,
          text: text.slice(start, end),
          type: 'Legislation',
          kind: 'act',
          canonical,
          source: 'pattern:act',
        });
      }
  const onlyAct = acts.size === 1 ? [...acts.values()][0]! : null;
  for (const { m, start } of matchesIn(text, spans, PART)) {
    const name = m[3]!.trim();
    const act = m[2] || m[4] ? `${name} ${m[2] ?? m[4]}` : name === 'Act' ? onlyAct : (acts.get(name) ?? null);
    if (!act) continue;
    const canonical = `Part ${partNumber(m[1]!)} of the ${act}`;
    out.push(whole(start, m[0], { type: 'Legislation', kind: 'section', canonical, source: 'pattern:part' }));
  }
  for (const { m, start } of matchesIn(text, spans, SECTION)) {
    if (m[0].startsWith('s') && !/^s\.?\d/.test(m[0]) && !/^[Ss]ection/.test(m[0])) continue;
    const actName = m[3]?.trim();
    // The act named with the section, else the one act the document names, else the act such sections belong to.
    const act = actName
      ? m[2] || m[4]
        ? `${actName} ${m[2] ?? m[4]}`
        : (acts.get(actName) ?? actName)
      : (onlyAct ?? defaultAct(m[1]!) ?? null);
    // "section 8a of the human rights act": an act the writer puts in lower case, if it is a known act.
    const lower = actName ? null : LOWER_CASE_ACT.exec(text.slice(start + m[0].length, start + m[0].length + 60));
    const known = lower ? knownAct(lower[1]!) : undefined;
    if (lower && known) {
      const end = start + m[0].length + lower[0].length;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        type: 'Legislation',
        kind: 'section',
        canonical: `section ${m[1]} of the ${known}`,
        source: 'pattern:section',
      });
      continue;
    }
    const canonical = act ? `section ${m[1]} of the ${act}` : `section ${m[1]}`;
    out.push(whole(start, m[0], { type: 'Legislation', kind: 'section', canonical, source: 'pattern:section' }));
  }
}

// Reviews and inspections as writers name them in lower case ("spending review" is found only to be passed over).
const REVIEWS = [
  'joint targeted area inspection',
  'serious case review',
  'child safeguarding practice review',
  'local child safeguarding practice review',
  'safeguarding adults review',
  'domestic homicide review',
  'national review',
  'independent review',
  'public inquiry',
  'independent inquiry',
  'judicial review',
  'spending review',
  'inspection',
];
// What is reviewed: "Solihull", "the Arthur", "Arthur’s" (then "case").
const REVIEWED = /((?:the )?[A-Z][\p{L}’'-]+(?: [A-Z][\p{L}’'-]+)*)((?:['’]s)? case)?/u;
// Written in lower case, or as a title ("the Serious Case Review on X"); "on" never before a day or month.
const titled = (w: string) => w.replace(/\b[a-z]/g, (c) => c.toUpperCase());
const REVIEW_NAMES = REVIEWS.flatMap((r) => [r, titled(r)]);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const NOT_A_TARGET = new RegExp(`(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTHS})\\b)`);
const REVIEW_PHRASE = re([`\\b(${REVIEW_NAMES.join('|')}) (of|into|on) `, NOT_A_TARGET, REVIEWED], 'gu');

export function findReviews(text: string, spans: Span[], out: RawMention[]): void {
  const before = out.length;
  for (const { m, start } of matchesIn(text, spans, REVIEW_PHRASE)) {
    if (m[1]!.toLowerCase() === 'spending review') continue;
    const target = m[3]!.replace(/['’]s$/, '').replace(/^the /, '');
    const words = m[1]!.toLowerCase();
    const kind = /inspection/.test(words)
      ? 'inspection'
      : /inquiry/.test(words)
        ? 'inquiry'
        : /serious case/.test(words)
          ? 'serious_case_review'
          : 'review';
    // "national review into Arthur’s case" names the case; its full name is settled by nameReviewTargets.
    const possessive = m[3]!.length - m[3]!.replace(/['’]s$/, '').length;
    const end = m[4] ? start + m[0].length : start + m[0].length - possessive;
    const canonical = m[4] ? `${m[1]} ${m[2]} the ${target} case` : `${m[1]} ${m[2]} ${target}`;
    out.push({ start, end, text: text.slice(start, end), type: 'Review', kind, canonical, source: 'pattern:review' });
  }
  // "the inspection of Solihull" after "the joint targeted area inspection of Solihull" is the same one.
  const found = out.slice(before);
  for (const r of found) {
    const fuller = found.find((o) => o.canonical !== r.canonical && o.canonical.endsWith(` ${r.canonical}`));
    if (fuller) {
      r.canonical = fuller.canonical;
      r.kind = fuller.kind;
    }
  }
}

/**
 * "national review into the Arthur case" → "... the Arthur Labinjo-Hughes case", once the child's full name
 * is known.
 */
export function nameReviewTargets(mentions: RawMention[]): void {
  const cases = mentions.filter((m) => m.type === 'Case');
  for (const r of mentions) {
    if (r.source !== 'pattern:review') continue;
    const short = / the (.+) case$/.exec(r.canonical)?.[1];
    if (!short) continue;
    const full =
      cases.find((c) => c.canonical.endsWith(' case') && c.canonical.split(/\s+/).includes(short))?.canonical ??
      mentions
        .find((p) => p.type === 'Person' && p.canonical.split(/\s+/).includes(short) && /\s/.test(p.canonical))
        ?.canonical.concat(' case');
    if (full) r.canonical = r.canonical.replace(/ the .+ case$/, ` the ${full}`);
  }
}

// Pseudonyms that reports give children: "Child Q", "Baby T" (a single capital after the word).
const PSEUDONYM = /\b(?:Baby|Child) [A-Z]\b(?![\p{L}’'.-])/gu;

export function findCasePseudonyms(text: string, spans: Span[], out: RawMention[]): void {
  for (const { m, start } of matchesIn(text, spans, PSEUDONYM))
    out.push(whole(start, m[0], { type: 'Case', kind: 'case', canonical: `${m[0]} case`, source: 'pattern:case' }));
}
