// Relation patterns read from ingest/data/relations.json and matched against the words between two
// mentions. A pattern is a sequence of elements over word tokens (not a regular expression over the
// characters), so a trigger matches in any inflection and the same construction serves every verb.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType, Predicate } from '@claimgraph/schema';

interface PatternData {
  predicate: Predicate | 'ROLE';
  subject: 'left' | 'right';
  subjectTypes?: EntityType[];
  objectTypes?: EntityType[];
  /** Kinds the object must have (a person's "review" is one they lead, their "report" one they wrote). */
  objectKinds?: string[];
  /** Kinds the subject must have (a town in a country, not one country of a list in another). */
  subjectKinds?: string[];
  triggers?: string[];
  nouns?: string[];
  qualifier?: 'role' | 'family' | 'money';
  between: string[];
  after?: string[];
  notAfter?: string[];
  before?: string[];
}

interface RelationData {
  lists: Record<string, string[]>;
  irregular: Record<string, string[]>;
  patterns: PatternData[];
}

type Element =
  | { kind: 'words'; words: string[][]; min: number; max: number }
  | { kind: 'role' | 'family' | 'money' | 'trigger' | 'noun'; min: number; max: number }
  | { kind: 'gap'; min: 0; max: number };

export interface Pattern {
  predicate: Predicate | 'ROLE';
  subject: 'left' | 'right';
  subjectTypes?: EntityType[];
  objectTypes?: EntityType[];
  objectKinds?: string[];
  subjectKinds?: string[];
  qualifier?: 'role' | 'family' | 'money';
  elements: Element[];
  /** Elements the words after the right mention must begin with (an object relative: "X which Y inspects"). */
  after: Element[] | null;
  /** Elements the words after the right mention must not begin with ("in London's care system"). */
  notAfter: Element[] | null;
  /** Elements the words before the left mention must end with ("at the hands of" his mother X). */
  before: Element[] | null;
  triggers: string[][];
  nouns: string[][];
}

export interface Match {
  pattern: Pattern;
  /** Words matched by ROLE / FAMILY / MONEY, with the modifiers before a role. */
  qualifier: string | null;
  /** Whether the role is a leading one (chair, director, …) without a modifier that weakens it. */
  leads: boolean;
}

const DATA = path.resolve(import.meta.dirname, '../../../data');
interface Loaded {
  irregular: Record<string, string[]>;
  patterns: Pattern[];
  lists: Record<string, string[][]>;
  roles: string[][];
  lead: Set<string>;
}
let loaded: Loaded | undefined;

/** Tokens of a stretch of text: lower-case words, a possessive 's, commas and brackets; quotes dropped. */
export interface Tok {
  w: string;
  start: number;
  end: number;
}
export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /£[\d.,]+(?:\s?(?:million|billion|bn|m|k)\b)?|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|['’]s\b|[,()]/gu;
  for (const m of text.toLowerCase().matchAll(re))
    out.push({ w: m[0].replace('’', "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

export const phrase = (s: string) => tokens(s).map((t) => t.w);

/** Inflections of a verb (or each first word of a phrase): -s, -ed, -ing, British and American spellings. */
export function inflect(verb: string, irregular: Record<string, string[]> = load().irregular): string[] {
  const forms = new Set([verb, ...(irregular[verb] ?? [])]);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  if (/(?:s|sh|ch|x|z)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  else forms.add(`${stem}ed`);
  forms.add(`${stem}ing`);
  const last = verb[verb.length - 1]!;
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(verb)) {
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  }
  for (const f of [...forms]) if (/is(e|ed|es|ing)$/.test(f)) forms.add(f.replace(/is(e|ed|es|ing)$/, 'iz$1'));
  return [...forms];
}

function load(): Loaded {
  if (loaded) return loaded;
  const data = JSON.parse(readFileSync(path.join(DATA, 'relations.json'), 'utf8')) as RelationData;
  const names = JSON.parse(readFileSync(path.join(DATA, 'names.json'), 'utf8')) as { roles: Record<string, string> };
  const lists: Record<string, string[][]> = {};
  for (const [k, v] of Object.entries(data.lists)) lists[k] = v.map(phrase);
  // A role in the plural too ("two UK social workers").
  const roles = Object.keys(names.roles)
    .map(phrase)
    .filter((r) => r.length > 0)
    .flatMap((r) => [r, [...r.slice(0, -1), `${r[r.length - 1]!}s`]])
    .sort((a, b) => b.length - a.length);
  const lead = new Set(data.lists.leadRoles!.map((r) => phrase(r).join(' ')));
  const compile = (el: string): Element => {
    const rep = /[?*]$/.exec(el)?.[0];
    const body = rep ? el.slice(0, -1) : el;
    const [min, max] = rep === '?' ? [0, 1] : rep === '*' ? [0, 4] : [1, 1];
    const gap = /^GAP(\d+)$/.exec(body);
    if (gap) return { kind: 'gap', min: 0, max: Number(gap[1]) };
    const special = { ROLE: 'role', FAMILY: 'family', MONEY: 'money', TRIGGER: 'trigger', NOUN: 'noun' } as const;
    if (body in special) return { kind: special[body as keyof typeof special], min, max };
    if (body.startsWith('$')) {
      const words = lists[body.slice(1)];
      if (!words) throw new Error(`relations.json: no list ${body}`);
      return { kind: 'words', words, min, max };
    }
    return { kind: 'words', words: body.split('|').map(phrase), min, max };
  };
  const patterns = data.patterns.map((p) => ({
    predicate: p.predicate,
    subject: p.subject,
    subjectTypes: p.subjectTypes,
    objectTypes: p.objectTypes,
    objectKinds: p.objectKinds,
    subjectKinds: p.subjectKinds,
    qualifier: p.qualifier,
    elements: p.between.map(compile),
    after: p.after ? p.after.map(compile) : null,
    notAfter: p.notAfter ? p.notAfter.map(compile) : null,
    before: p.before ? p.before.map(compile) : null,
    triggers: (p.triggers ?? []).flatMap((t) => {
      const [first, ...rest] = phrase(t);
      return inflect(first!, data.irregular).map((f) => [f, ...rest]);
    }),
    nouns: (p.nouns ?? []).map(phrase),
  }));
  loaded = { irregular: data.irregular, patterns, lists, roles, lead };
  return loaded;
}

export function relationPatterns(): Pattern[] {
  return load().patterns;
}

/** A word list of relations.json, each entry as its lower-case words. */
export function relationList(name: string): string[][] {
  const list = load().lists[name];
  if (!list) throw new Error(`relations.json: no list ${name}`);
  return list;
}

const startsWith = (toks: string[], at: number, words: string[]) => words.every((w, k) => toks[at + k] === w);

// Each phrase list indexed by its phrases' first words, so a position is tried only against the phrases that
// can start there (the role list has hundreds).
const byFirstWord = new WeakMap<string[][], Map<string, string[][]>>();
function indexed(list: string[][]): Map<string, string[][]> {
  let index = byFirstWord.get(list);
  if (!index) {
    index = new Map();
    for (const w of list) if (w.length > 0) index.set(w[0]!, [...(index.get(w[0]!) ?? []), w]);
    byFirstWord.set(list, index);
  }
  return index;
}

/** Every way the phrase list can match at `at`: the token counts consumed. */
function phraseLengths(toks: string[], at: number, list: string[][]): number[] {
  const first = toks[at];
  const candidates = first === undefined ? undefined : indexed(list).get(first);
  if (!candidates) return [];
  const out: number[] = [];
  for (const w of candidates) if (startsWith(toks, at, w)) out.push(w.length);
  return out.length < 2 ? out : [...new Set(out)].sort((a, b) => b - a);
}

/** Matches the whole token list against a pattern; null when it does not fill the gap exactly. */
export function matchPattern(p: Pattern, between: string, after = ''): Match | null {
  const m = matchElements(p, p.elements, between, false);
  if (!m) return m;
  if (p.notAfter && matchElements(p, p.notAfter, after, true)) return null;
  if (!p.after) return m;
  const a = matchElements(p, p.after, after, true);
  if (!a) return null;
  // "X is the NSPCC chief executive": the role after the right mention is the qualifier.
  return m.qualifier === null && a.qualifier !== null ? { ...m, qualifier: a.qualifier, leads: a.leads } : m;
}

/** Whether the words before the left mention end with the pattern's `before` elements (true when it has none). */
export function matchBefore(p: Pattern, before: string): boolean {
  if (!p.before) return true;
  const elements = p.before;
  return tokens(before).some((t) => matchElements(p, elements, before.slice(t.start), false) !== null);
}

// Every pattern is tried on the same gap: tokenise each text once.
let lastText: string | undefined;
let lastTokens: { found: Tok[]; toks: string[]; set: Set<string> } = { found: [], toks: [], set: new Set() };
function tokensOf(text: string) {
  if (text !== lastText) {
    const found = tokens(text);
    const toks = found.map((t) => t.w);
    lastTokens = { found, toks, set: new Set(toks) };
    lastText = text;
  }
  return lastTokens;
}

/** The words a required element can start with (null: it cannot be told in advance, e.g. an amount or a gap). */
const openers = new WeakMap<Element, Set<string> | null>();
function openersOf(p: Pattern, el: Element): Set<string> | null {
  if (openers.has(el)) return openers.get(el)!;
  const { lists, roles } = load();
  const firsts = (list: string[][]) => new Set(list.flatMap((w) => w.slice(0, 1)));
  const set =
    el.kind === 'words'
      ? firsts(el.words)
      : el.kind === 'trigger'
        ? firsts(p.triggers)
        : el.kind === 'noun'
          ? firsts(p.nouns)
          : el.kind === 'role'
            ? firsts(roles)
            : el.kind === 'family'
              ? firsts(lists.family!)
              : null;
  openers.set(el, set);
  return set;
}

/**
 * Whether every required element could find a word to start on in the gap: most patterns fail here, before
 * the search, since their trigger or literal word is absent.
 */
function mayMatch(p: Pattern, elements: Element[], words: Set<string>): boolean {
  for (const el of elements) {
    if (el.min === 0) continue;
    const starts = openersOf(p, el);
    if (!starts) continue;
    let any = false;
    for (const w of words)
      if (starts.has(w)) {
        any = true;
        break;
      }
    if (!any) return false;
  }
  return true;
}

function matchElements(p: Pattern, elements: Element[], between: string, prefix: boolean): Match | null {
  const { lists, roles, lead } = load();
  const { found, toks, set } = tokensOf(between);
  if (!mayMatch(p, elements, set)) return null;
  let qualifier: [number, number] | null = null;
  let leads = false;
  const step = (e: number, at: number, mods: string[]): boolean => {
    if (e === elements.length) return prefix || at === toks.length;
    const el = elements[e]!;
    // Lengths each single repetition of the element can consume at a position.
    const once = (pos: number): number[] => {
      switch (el.kind) {
        case 'words':
          return phraseLengths(toks, pos, el.words);
        case 'trigger':
          return phraseLengths(toks, pos, p.triggers);
        case 'noun':
          return phraseLengths(toks, pos, p.nouns);
        case 'role':
          return phraseLengths(toks, pos, roles).slice(0, 1);
        case 'family':
          return phraseLengths(toks, pos, lists.family!);
        case 'money':
          return toks[pos]?.startsWith('£') ? [1] : [];
        case 'gap':
          // Never "by": past it the next name is an agent ("was backed by X"), which the passive patterns read.
          return toks[pos] && toks[pos] !== 'by' && /^[\p{Ll}\p{N}-]+$/u.test(toks[pos]) ? [1] : [];
      }
    };
    const go = (count: number, pos: number, m: string[]): boolean => {
      if (count >= el.min && step(e + 1, pos, m)) return true;
      if (count >= el.max) return false;
      for (const len of once(pos)) {
        const words = toks.slice(pos, pos + len);
        if (el.kind === 'role' || el.kind === 'family' || el.kind === 'money') {
          const before = qualifier;
          qualifier = [pos - m.length, pos + len - 1];
          leads =
            el.kind === 'role' && lead.has(words.join(' ')) && !m.some((w) => lists.weakMod!.some((x) => x[0] === w));
          // "head of policy at X", "X's director of research": the head of a function works for the body.
          const fn = el.kind === 'role' ? functionAfter(toks, pos + len, lists.det!) : 0;
          if (fn > 0) {
            leads = false;
            qualifier = [qualifier[0], pos + len - 1 + fn];
          }
          if (go(count + 1, pos + len, m)) return true;
          qualifier = before;
          continue;
        }
        const isMod = el.kind === 'words' && el.words === lists.mod;
        if (go(count + 1, pos + len, isMod ? [...m, ...words] : m)) return true;
      }
      return false;
    };
    return go(0, at, mods);
  };
  if (!step(0, 0, [])) return null;
  const q = qualifier as [number, number] | null;
  return { pattern: p, qualifier: q ? between.slice(found[q[0]]!.start, found[q[1]]!.end) : null, leads };
}

// Words that end the name of a function after "head of": a preposition before the body, or the next clause.
const FUNCTION_STOP = new Set([
  'at',
  'for',
  'in',
  'with',
  'and',
  'or',
  'who',
  'which',
  'said',
  'says',
  'told',
  'was',
  'is',
]);

/**
 * How many tokens after a role name the function it heads ("of policy", "of children's services"): "of" then
 * one to three lower-case words that are not a determiner ("head of the NSPCC" heads the body itself).
 */
function functionAfter(toks: string[], at: number, det: string[][]): number {
  if (toks[at] !== 'of') return 0;
  let n = 0;
  while (n < 3) {
    const w = toks[at + 1 + n];
    if (!w || !/^[\p{Ll}’'-]+$/u.test(w) || FUNCTION_STOP.has(w) || det.some((d) => d[0] === w)) break;
    n++;
  }
  return n > 0 ? n + 1 : 0;
}

/** Whether some words name a role ("head of policy", "a spokesperson"), from the roles in names.json. */
export function namesRole(text: string): boolean {
  const toks = phrase(text);
  const { roles } = load();
  return toks.some((_, i) => roles.some((r) => startsWith(toks, i, r)));
}
