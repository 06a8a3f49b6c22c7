// Document passes over the mentions found sentence by sentence: names used in part ("Zahawi",
// "Mr Zahawi", "Annie"), acronyms, cases named after a child, and acts named inside a section's words.
import type { RawMention, Span } from '../../pipeline/types.js';
import { isConnector, nameLike } from './classify.js';
import { nameData } from './gazetteer.js';
import { isAllCaps, possessiveCut, tokenize, type Token } from './tokens.js';
import { SpanCover } from '../spans.js';
import { re } from '../../regex.js';

const spanKey = (s: Span) => `${s.start}:${s.end}`;

export function covered(mentions: RawMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

/** "section 17 of the 1989 Children Act" also mentions the act itself. */
export function addNestedActs(text: string, mentions: RawMention[]): void {
  for (const m of mentions.filter((x) => x.source === 'pattern:section')) {
    const act = /^section \S+ of the (.+)$/.exec(m.canonical)?.[1];
    if (!act) continue;
    const inner = / of the ((?:\d{4} )?(?:[A-Z][a-z]+ )+Act(?: \d{4})?|(?:[a-z]+ )+act)$/.exec(m.text);
    if (!inner) continue;
    const start = m.start + inner.index + 8;
    mentions.push({
      start,
      end: m.end,
      text: text.slice(start, m.end),
      type: 'Legislation',
      kind: 'act',
      canonical: act,
      source: 'pattern:act',
    });
  }
}

/** "Zahawi", "Annie": a surname or first name used alone refers to the full name met in the same document. */
export function addPartialNames(text: string, sentenceTokens: Token[][], mentions: RawMention[]): void {
  const d = nameData();
  const byPart = new Map<string, Set<string>>();
  const kindOf = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const parts = m.canonical.split(/\s+/);
    if (parts.length < 2) continue;
    kindOf.set(m.canonical, m.kind ?? kindOf.get(m.canonical) ?? null);
    for (const p of [parts[0]!, parts[parts.length - 1]!]) {
      if (d.not.has(p)) continue;
      (byPart.get(p) ?? byPart.set(p, new Set()).get(p)!).add(m.canonical);
    }
  }
  if (byPart.size === 0) return;
  const taken = new SpanCover(mentions);
  // Places by their span, in the order the mentions hold them, for a surname that is also a place.
  const places = new Map<string, RawMention[]>();
  for (const m of mentions) if (m.type === 'Place') places.set(spanKey(m), [...(places.get(spanKey(m)) ?? []), m]);
  // "Mr Zahawi": a person named by one word takes the full name that word belongs to.
  for (const m of mentions) {
    if (m.type !== 'Person' || /\s/.test(m.canonical)) continue;
    const owners = byPart.get(m.canonical);
    if (owners?.size === 1) {
      m.canonical = [...owners][0]!;
      m.kind ??= kindOf.get(m.canonical) ?? null;
    }
  }
  for (const tokens of sentenceTokens) {
    for (const t of tokens) {
      const cut = possessiveCut(t.text);
      const word = cut ? t.text.slice(0, cut) : t.text;
      const owners = byPart.get(word);
      if (!owners || owners.size !== 1) continue;
      const end = t.start + word.length;
      // A surname that is also a place ("Hart", "Preston") is the person once the full name is known.
      const place = places.get(spanKey({ start: t.start, end }))?.shift();
      if (place) {
        mentions.splice(mentions.indexOf(place), 1);
        taken.remove(place);
      }
      if (taken.overlaps({ start: t.start, end })) continue;
      const canonical = [...owners][0]!;
      const partial: RawMention = {
        start: t.start,
        end,
        text: word,
        type: 'Person',
        kind: kindOf.get(canonical) ?? null,
        canonical,
        source: 'partial-name',
      };
      mentions.push(partial);
      taken.add(partial);
    }
  }
}

/** Acronyms: "(CRWA)" after a name, or capitals that spell the initials of a name in the document. */
export function addAcronyms(text: string, sentenceTokens: Token[][], mentions: RawMention[]): void {
  const byInitials = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.type === 'Person' || m.type === 'Place') continue;
    const words = m.canonical.split(/\s+/).filter((w) => !isConnector(w.toLowerCase()) && /^[A-Z]/.test(w));
    if (words.length >= 2) byInitials.set(words.map((w) => w[0]).join(''), m);
  }
  const taken = new SpanCover(mentions);
  for (const tokens of sentenceTokens) {
    for (const t of tokens) {
      const word = t.text.replace(/^#/, '');
      if (!isAllCaps(word) || word.length < 2 || word.length > 8) continue;
      const paren = text[t.start - 1] === '(' && text[t.end] === ')';
      if (word.length < 3 && !paren) continue; // two capitals are too often something else (CP, SW)
      if (taken.overlaps(t)) continue;
      const start = t.text.startsWith('#') ? t.start : t.start;
      const owner = byInitials.get(word) ?? parentheticalOwner(text, t, mentions);
      if (!owner) continue;
      const acronym: RawMention = {
        start,
        end: t.end,
        text: t.text,
        type: owner.type,
        kind: owner.kind,
        canonical: owner.canonical,
        source: 'acronym',
      };
      mentions.push(acronym);
      taken.add(acronym);
    }
  }
}

function parentheticalOwner(text: string, t: Token, mentions: RawMention[]): RawMention | undefined {
  if (text[t.start - 1] !== '(' || text[t.end] !== ')') return undefined;
  return mentions.find((m) => m.end >= t.start - 3 && m.end <= t.start - 1 && m.type !== 'Person');
}

const CASE_AFTER = /^(?:['’]s)?[ \u00a0]+(case|murder|death|killing)\b/;
// "the death of X", "the cases of X and Y", "such horror stories as those of X", "tragedies like X".
const CASE_BEFORE = re([
  '\\b(?:(?:murders?|deaths?|killings?|cases?) of',
  '|(?:cases|deaths|murders|killings|stories|tragedies|scandals) (?:such as|like|as those of)',
  '|such (?:[a-z]+ )?(?:cases|deaths|murders|stories|tragedies) as (?:those|that) of)[ \\u00a0]+[“"‘\']?$',
]);

/** A child's case: "Arthur’s case", "the murder of Arthur Labinjo-Hughes". The child is a Person too. */
export function addCases(text: string, mentions: RawMention[]): void {
  const children = new Set<string>();
  const found: RawMention[] = [];
  let previous: number | undefined;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.type !== 'Person') continue;
    const after = CASE_AFTER.exec(text.slice(m.end, m.end + 20));
    const before = CASE_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
    // "the deaths of X and Y": the next name of the list is a child whose case it is too.
    const listed =
      !after && !before && previous !== undefined && /^,? and [“"‘']?$/.test(text.slice(previous, m.start));
    previous = before || listed ? m.end : undefined;
    if (!after && !before && !listed) continue;
    const start = before ? m.start - before[0].length + before[0].search(/\S/) : m.start;
    const end = after ? m.end + after[0].length : m.end;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'Case',
      kind: 'case',
      canonical: `${m.canonical} case`,
      source: 'pattern:case',
    });
    children.add(m.canonical);
  }
  for (const m of mentions)
    if (m.type === 'Person' && children.has(m.canonical) && (!m.kind || m.kind === 'other')) m.kind = 'child';
  for (const f of found)
    if (!mentions.some((m) => m.type === 'Case' && m.start === f.start && m.end === f.end)) mentions.push(f);
}

/**
 * A serious case review or child safeguarding practice review is named after the child whose harm it looks
 * into ("the serious case review on Amy Blake"): the name is the child, a Person, and the child's case.
 */
export function addReviewedChildren(text: string, mentions: RawMention[]): void {
  const bodies = new Set(mentions.filter((m) => m.type !== 'Person').map((m) => m.canonical));
  const found: RawMention[] = [];
  for (const r of mentions) {
    if (r.source !== 'pattern:review' || !/serious case|safeguarding practice/i.test(r.canonical)) continue;
    const target = / (?:of|into|on) ((?:[A-Z][\p{L}’'-]+ )+[A-Z][\p{L}’'-]+)$/u.exec(r.text);
    if (!target || bodies.has(target[1]!) || r.canonical.endsWith(' case')) continue;
    const name = target[1]!;
    const end = r.end;
    // A person's name: a given name first ("Bradford Council" is a body, not a child).
    const words = tokenize(text, end - name.length, end);
    if (!nameLike(words) || !nameData().given.has(words[0]!.text)) continue;
    const caseStart = r.start + target.index + 1;
    const base = { type: 'Person' as const, kind: 'child', canonical: name, source: 'pattern:case' };
    found.push({ ...base, start: end - name.length, end, text: name });
    found.push({
      start: caseStart,
      end,
      text: text.slice(caseStart, end),
      type: 'Case',
      kind: 'case',
      canonical: `${name} case`,
      source: 'pattern:case',
    });
  }
  for (const f of found)
    if (!mentions.some((m) => m.type === f.type && m.start === f.start && m.end === f.end)) mentions.push(f);
}
