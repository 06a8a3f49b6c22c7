// The national government as a party: "the government", "our Government", "central government" name the UK
// Government (ingest/data/national-government.json) when they stand as a noun phrase of their own. Generic
// ("a government", "governments"), other tiers and countries ("local government", "the Scottish government",
// "the government of Canada") and compounds that say nothing it did ("government-wide") do not; in one whose
// participle says what it did ("the government-commissioned review") the word alone is its doer. Where the
// document names a ministerial department (ingest/data/ministerial-roles.json), the government it speaks of
// is that one.
// Such a mention is implied, not named: it becomes an entity only where a relation links it (see `linkedOnly`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawMention, RawRelation } from '../../pipeline/types.js';
import { overlapsAny } from '../spans.js';

interface GovernmentData {
  canonical: string;
  head: string;
  determiners: string[];
  national: string[];
  bare: string[];
  notNational: string[];
  generic: string[];
  notPartyAfter: string[];
}

const DATA = path.resolve(import.meta.dirname, '../../../data');

let data:
  | (Omit<GovernmentData, 'determiners' | 'national' | 'bare' | 'notNational' | 'generic'> & {
      determiners: Set<string>;
      national: Set<string>;
      bare: Set<string>;
      notNational: Set<string>;
      generic: Set<string>;
      departments: Set<string>;
    })
  | undefined;
function governmentData() {
  if (data) return data;
  const d = JSON.parse(readFileSync(path.join(DATA, 'national-government.json'), 'utf8')) as GovernmentData;
  const roles = JSON.parse(readFileSync(path.join(DATA, 'ministerial-roles.json'), 'utf8')) as {
    secretaries: Record<string, string>;
    ministers: Record<string, string>;
  };
  data = {
    ...d,
    determiners: new Set(d.determiners),
    national: new Set(d.national),
    bare: new Set(d.bare),
    notNational: new Set(d.notNational),
    generic: new Set(d.generic),
    departments: new Set([...Object.values(roles.secretaries), ...Object.values(roles.ministers)]),
  };
  return data;
}

/** Why a mention was found: the national government implied by a common noun phrase. */
export const IMPLIED_GOVERNMENT = 'implied:government';

const WORD_BEFORE = /([\p{L}’']+)\s+$/u;

/** Mentions of the national government the text speaks of, added to `mentions`. */
export function addNationalGovernment(text: string, mentions: RawMention[]): void {
  const d = governmentData();
  // "government-commissioned": a compound whose participle says what the government did (not "government-wide").
  const head = new RegExp(`\\b${d.head}\\b(?!s\\b|-(?!\\p{L}+ed\\b))`, 'giu');
  if (!head.test(text)) return;
  head.lastIndex = 0;
  const departments = new Map<string, RawMention>();
  for (const m of mentions)
    if (m.type === 'Organisation' && d.departments.has(m.canonical)) departments.set(m.canonical, m);
  // One department named: "the government" is that department at work; several or none: the government.
  const department = departments.size === 1 ? [...departments.values()][0] : undefined;
  const overlaps = overlapsAny(mentions);
  const taken = (start: number, end: number) => overlaps({ start, end });
  const implied = (start: number, end: number): RawMention => ({
    start,
    end,
    text: text.slice(start, end),
    type: department?.type ?? 'Organisation',
    kind: department?.kind ?? 'government',
    canonical: department?.canonical ?? d.canonical,
    source: IMPLIED_GOVERNMENT,
  });
  const found: RawMention[] = [];
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index;
    const word = m[0];
    let national = false;
    let determiner = false;
    if (text[end] === '-') {
      // The determiner before a compound is its noun's ("the government-funded charity"): only the word counts.
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
      const lower = w.toLowerCase();
      const article = d.determiners.has(lower) || d.generic.has(lower);
      const other = d.notNational.has(lower) || (/^\p{Lu}/u.test(w) && !article);
      if (!other && !taken(m.index, end)) found.push(implied(m.index, end));
      continue;
    }
    // Walk back over national adjectives to a determiner, if any: "the UK government", "central government".
    for (;;) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      const w = before?.[1];
      if (!w) break;
      const lower = w.toLowerCase().replace(/’/g, "'");
      if (d.national.has(lower)) {
        national = true;
        start -= before[0].length;
        continue;
      }
      if (d.determiners.has(lower)) {
        determiner = true;
        start -= before[0].length;
      } else if (d.generic.has(lower) || d.notNational.has(lower) || /^\p{Lu}/u.test(w)) {
        // A capitalised word that is not a national one names another government ("the Irish government").
        start = -1;
      }
      break;
    }
    if (start < 0) continue;
    // A determiner before another tier's adjective: "the local government".
    const gap = text.slice(start, m.index).toLowerCase().split(/\s+/);
    if (gap.some((w) => d.notNational.has(w))) continue;
    const capital = word[0] === 'G';
    if (!determiner && !capital && !(national && gap.some((w) => d.bare.has(w)))) continue;
    const after = /^\s+(\w+)\s+(\p{Lu})/u.exec(text.slice(end, end + 40));
    if (after && d.notPartyAfter.includes(after[1]!.toLowerCase())) continue;
    if (!taken(start, end)) found.push(implied(start, end));
  }
  mentions.push(...found);
}

/**
 * The mentions that make entities: an implied mention only where its entity is named elsewhere in the
 * document or a relation links it; "the government" said in passing is not a party of the graph.
 */
export function linkedOnly(mentions: RawMention[], relations: RawRelation[]): RawMention[] {
  const implied = mentions.filter((m) => m.source === IMPLIED_GOVERNMENT);
  if (implied.length === 0) return mentions;
  const linked = new Set<string>();
  const at = new Map(mentions.map((m) => [m.start, m]));
  for (const r of relations)
    for (const s of [r.subject, r.object]) {
      const m = at.get(s.start);
      if (m) linked.add(`${m.type}|${m.canonical}`);
    }
  for (const m of mentions) if (m.source !== IMPLIED_GOVERNMENT) linked.add(`${m.type}|${m.canonical}`);
  return mentions.filter((m) => m.source !== IMPLIED_GOVERNMENT || linked.has(`${m.type}|${m.canonical}`));
}
