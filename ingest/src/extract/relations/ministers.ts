// A minister named with their portfolio ("education secretary Nadhim Zahawi", "Nadhim Zahawi, the health
// secretary") works in the department the portfolio belongs to (ingest/data/ministerial-roles.json), and a
// secretary of state leads it, when the document names that department. A former portfolio is
// employment with its qualifier ("former education secretary"), as the graph records former roles. Where the
// document names no such department but speaks of the national government ("the government"), the minister
// works for the government.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawMention, RawRelation, Sentence } from '../../pipeline/types.js';
import { IMPLIED_GOVERNMENT } from '../entities/national-government.js';

interface RoleData {
  secretaries: Record<string, string>;
  ministers: Record<string, string>;
}

let data: { roles: Map<string, { department: string; leads: boolean }>; pattern: RegExp } | undefined;
function roleData() {
  if (data) return data;
  const d = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../data/ministerial-roles.json'), 'utf8'),
  ) as RoleData;
  const roles = new Map<string, { department: string; leads: boolean }>();
  for (const [role, department] of Object.entries(d.secretaries)) roles.set(role, { department, leads: true });
  for (const [role, department] of Object.entries(d.ministers)) roles.set(role, { department, leads: false });
  const alternatives = [...roles.keys()].sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, '[ \\u00a0]'));
  data = {
    roles,
    pattern: new RegExp(`(?:^|[^a-z])((?:former[ \\u00a0]|then[ \\u00a0])?(${alternatives.join('|')}))`, 'i'),
  };
  return data;
}

/** Lower-case words just before a name: where "education secretary" stands in "education secretary X". */
const WORDS_BEFORE = /((?:former |then )?[a-z’' ]{4,60}?)[ \u00a0]+$/i;
/** ", (the) education secretary," or "… said" just after a name. */
const WORDS_AFTER =
  /^,[ \u00a0]+(?:the[ \u00a0]+)?((?:former |then )?[a-z’' ]{4,60}?)(?=[,.;]|[ \u00a0]+(?:said|says|told|added)\b)/i;

/** "As education secretary, X …", "During her time as home secretary, X …": a fronted portfolio before the name. */
const FRONTED_AS = /\bas[ \u00a0]+((?:former |then )?[a-z’' ]{4,60}?),[ \u00a0]*$/i;

/** The portfolio named just before or just after a person's name, or null. */
function portfolioOf(text: string, m: RawMention): string | null {
  const preceding = text.slice(Math.max(0, m.start - 60), m.start);
  const before = WORDS_BEFORE.exec(preceding);
  const fronted = FRONTED_AS.exec(preceding);
  const after = WORDS_AFTER.exec(text.slice(m.end, m.end + 70));
  const { pattern, roles } = roleData();
  for (const phrase of [before?.[1], fronted?.[1], after?.[1]]) {
    if (!phrase) continue;
    const hit = pattern.exec(phrase);
    // The portfolio must reach the name (or the comma): "the education secretary" but not "education".
    // A shadow minister holds no office in the department.
    const shadow = hit && /\bshadow[ \u00a0]+$/i.test(phrase.slice(0, hit.index + hit[0].length - hit[1]!.length));
    if (hit && !shadow && phrase.toLowerCase().endsWith(hit[2]!.toLowerCase()) && roles.has(hit[2]!.toLowerCase()))
      return hit[1]!.toLowerCase();
  }
  return null;
}

export function ministerRelations(text: string, sentences: Sentence[], mentions: RawMention[]): RawRelation[] {
  const { roles } = roleData();
  const departments = new Map<string, RawMention>();
  for (const m of mentions)
    if (m.type === 'Organisation' && !departments.has(m.canonical)) departments.set(m.canonical, m);
  // The government the text speaks of, when it names no department: where every minister works.
  const government = mentions.find((m) => m.source === IMPLIED_GOVERNMENT);
  const out: RawRelation[] = [];
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const portfolio = portfolioOf(text, m);
    if (!portfolio) continue;
    const former = /^(?:former|then) /.test(portfolio);
    const role = roles.get(portfolio.replace(/^(?:former|then) /, '').replace(/\u00a0/g, ' '))!;
    const department = departments.get(role.department);
    const employer = department ?? government;
    if (!employer) continue;
    out.push({
      subject: { start: m.start, end: m.end },
      predicate: department && role.leads && !former ? 'LEADS' : 'WORKS_FOR',
      object: { start: employer.start, end: employer.end },
      qualifier: portfolio,
      evidence: sentences.find((s) => s.start <= m.start && m.end <= s.end) ?? m,
    });
  }
  return out;
}
