// Builds ingest/data/gazetteer.json from the open reference lists (see ../README.md for sources and
// licences) and the hand-curated lists beside it. Run: npx tsx ingest/data/build/gazetteer.ts [shared/data dir]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.js';

export interface GazetteerEntry { name: string; type: string; kind: string | null; aliases: string[]; source: string }

const here = import.meta.dirname;
const dataDir = path.resolve(process.argv[2] ?? path.join(here, '../../../../shared/data'));
const read = (f: string) => parseCsv(readFileSync(path.join(dataDir, f), 'utf8'));
const entries: GazetteerEntry[] = [];

// Councils: the official name, "<short> Council" and the usual "<short> County/Borough/City Council".
const councilForms = (short: string, official: string, type: string): string[] => {
  const forms = new Set([`${short} Council`, `${short} council`]);
  if (/County Council$/.test(official) || type === 'County') forms.add(`${short} County Council`);
  if (/Borough Council$/.test(official)) forms.add(`${short} Borough Council`);
  if (/City Council$/.test(official)) forms.add(`${short} City Council`);
  if (type === 'London borough') forms.add(`London Borough of ${short}`);
  forms.delete(official);
  return [...forms];
};
for (const [file, former] of [['uk-local-authorities.csv', false], ['uk-local-authorities-former.csv', true]] as const) {
  for (const r of read(file)) {
    r.name = r.name!.replace(/^City of /, '');
    const combined = /Combined authority|Strategic Regional/.test(r.type!);
    entries.push({ name: r.official_name!, type: 'Organisation', kind: 'local_authority', aliases: combined ? [] : councilForms(r.name!, r.official_name!, r.type!), source: former ? 'la-former' : 'la' });
    if (!combined && !former && !/^Kings Lynn/.test(r.name!)) {
      entries.push({ name: r.name!, type: 'Place', kind: r.type === 'County' ? 'region' : 'town', aliases: [], source: 'la-place' });
    }
  }
}

// Central government: kind from the GOV.UK format, regulators and inspectorates by name.
const REGULATOR = /\b(?:Ofsted|Ofqual|Ofcom|Ofwat|Ofgem|Inspectorate|Inspector|Regulator|Regulation|Commission|Ombudsman|Social Work England|Care Quality)\b/;
const kindOf = (name: string, format: string): string => {
  if (/Court|Tribunal/.test(format) || /\b(?:Court|Tribunal)s?\b/.test(name)) return 'court';
  if (/\bPolice\b|Constabulary/.test(name)) return 'police';
  if (/\bNHS\b|Health/.test(name)) return 'health';
  if (REGULATOR.test(name)) return 'regulator';
  if (/Ministerial department|Non-ministerial department|Executive agency|Executive office|Devolved government|Civil service/.test(format)) return 'government';
  if (/Public corporation/.test(format) && /\b(?:BBC|Channel 4|S4C)\b/.test(name)) return 'media';
  return 'government';
};
const COMMON_WORDS = new Set(['monitor', 'ofcom', 'natural', 'interchange', 'digital', 'english', 'heritage', 'revenue']);
for (const r of read('uk-government-organisations.csv')) {
  const name = r.name!;
  const open = r.status !== 'closed';
  if (!open && !/\s/.test(name)) continue; // a closed one-word name is more often an ordinary word
  if (COMMON_WORDS.has(name.toLowerCase()) && !open) continue;
  const acronym = r.acronym!.trim();
  const aliases = acronym && acronym !== name && open && acronym.length >= 3 && /[A-Z].*[A-Z]/.test(acronym) ? [acronym] : [];
  entries.push({ name, type: 'Organisation', kind: kindOf(name, r.format!), aliases, source: 'govuk' });
}

// Hand-curated lists: bodies, media, companies, reviews, cases, places, events common in the field.
const curated = JSON.parse(readFileSync(path.join(here, '../curated.json'), 'utf8')) as Record<string, GazetteerEntry[]>;
for (const [group, list] of Object.entries(curated)) {
  if (group.startsWith('_')) continue;
  for (const e of list) entries.push({ ...e, aliases: e.aliases ?? [], kind: e.kind ?? null, source: `curated:${group}` });
}

// Curated entries win over generated ones of the same name (their kinds and aliases are reviewed).
const byName = new Map<string, GazetteerEntry>();
for (const e of entries) {
  const key = `${e.type}|${e.name.toLowerCase()}`;
  const have = byName.get(key);
  if (!have || e.source.startsWith('curated')) byName.set(key, have && !e.source.startsWith('curated') ? have : { ...e, aliases: [...new Set([...(have?.aliases ?? []), ...e.aliases])] });
}
const out = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(path.join(here, '../gazetteer.json'), JSON.stringify(out) + '\n');
console.log(`gazetteer.json: ${out.length} entries`);
