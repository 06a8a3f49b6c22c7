// Builds ingest/data/gazetteer.json from the open reference lists (see ../README.md for sources and
// licences) and the hand-curated curated.yaml beside it. The extractor reads only the JSON at run time.
// Run: npx tsx ingest/data/build/gazetteer.ts [reference CSV folder]; the folder defaults to
// CLAIMGRAPH_REFERENCE_DIR, else shared/data beside the repository (../shared/data from its root).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { parseCsv } from './csv.js';
import { councilForms, govukKind, govukReview, parseCuratedLine, type BuiltEntry } from './forms.js';

const here = import.meta.dirname;
const ROOT = path.resolve(here, '../../..');
const dataDir = path.resolve(
  process.argv[2] ?? process.env.CLAIMGRAPH_REFERENCE_DIR ?? path.join(ROOT, '../shared/data'),
);
const read = (f: string) => parseCsv(readFileSync(path.join(dataDir, f), 'utf8'));
const entries: BuiltEntry[] = [];

// Councils, current then former (a form two councils share goes to the first: the current one).
// Local-authority short names that are also common words or surnames: not taken at a sentence start.
const AMBIGUOUS_PLACES = new Set([
  'Reading',
  'Rugby',
  'Hart',
  'Eden',
  'Craven',
  'Preston',
  'Richmond',
  'Lincoln',
  'Chester',
  'Derby',
  'Halton',
  'Wells',
  'Arun',
  'Adur',
]);
for (const [file, former] of [
  ['uk-local-authorities.csv', false],
  ['uk-local-authorities-former.csv', true],
] as const) {
  for (const r of read(file)) {
    const short = r.name!.replace(/^(?:City|County) of /, '').replace(/^County (?=Durham)/, '');
    const combined = /Combined authority|Strategic Regional/.test(r.type!);
    entries.push({
      name: r.official_name!,
      type: 'Organisation',
      kind: 'local_authority',
      aliases: combined ? [] : councilForms(short, r.official_name!),
      source: former ? 'la-former' : 'la',
      meta: {
        gss: r.gss_code || null,
        laType: r.type!,
        country: r.country!,
        ...(former ? { endDate: r.end_date } : {}),
      },
    });
    if (!combined && !/^Kings Lynn/.test(short) && !/ CCA$| MCA$/.test(short)) {
      entries.push({
        name: short,
        type: 'Place',
        kind: /County/.test(r.type!) ? 'region' : 'town',
        aliases: short !== r.name ? [r.name!] : [],
        source: 'la-place',
        ...(AMBIGUOUS_PLACES.has(short) ? { ambiguous: true } : {}),
      });
    }
  }
}

// GOV.UK organisations, live and closed. Their acronyms are weak: taken only where the document also
// names the body in full, because short capitals are often something else ("several HOS").
// Single-word names that are common words or surnames are left out.
const SKIP_GOVUK = new Set([
  'Monitor',
  'Tate',
  'Seafish',
  'Platform4',
  'PackUK',
  'LocatED',
  'Capacitybuilders',
  'Firebuy',
  'Dounreay',
  'CO2Sense',
]);
for (const r of read('uk-government-organisations.csv')) {
  const name = r.name!;
  if (SKIP_GOVUK.has(name)) continue;
  if (r.status === 'closed' && !/\s/.test(name)) continue;
  const acronym = r.acronym!.trim();
  const weak = acronym && acronym !== name && acronym.length >= 2 && /[A-Z].*[A-Z]/.test(acronym) ? [acronym] : [];
  const review = govukReview(name);
  entries.push({
    name,
    type: review ? 'Review' : 'Organisation',
    kind: review ?? govukKind(name, r.format!),
    aliases: [],
    weak,
    source: `govuk${r.status === 'closed' ? '-closed' : ''}`,
    meta: { format: r.format!, status: r.status! },
  });
}

// Hand-curated groups.
interface Group {
  type: string;
  kind: string;
  names: string[];
}
const curated = load(readFileSync(path.join(here, '../curated.yaml'), 'utf8')) as Group[];
for (const g of curated) {
  for (const line of g.names)
    entries.push({ ...parseCuratedLine(line), type: g.type, kind: g.kind, source: 'curated' });
}

// One entry per type and name; curated entries win (their kinds are reviewed), aliases are united.
const byName = new Map<string, BuiltEntry>();
for (const e of entries) {
  const key = `${e.type}|${e.name.toLowerCase()}`;
  const have = byName.get(key);
  if (!have) {
    byName.set(key, { ...e });
    continue;
  }
  const winner =
    e.source === 'curated' && have.source !== 'curated' ? { ...have, ...e, meta: have.meta ?? e.meta } : have;
  winner.aliases = [...new Set([...have.aliases, ...e.aliases])].filter((a) => a !== winner.name);
  winner.weak = [...new Set([...(have.weak ?? []), ...(e.weak ?? [])])].filter((a) => !winner.aliases.includes(a));
  if (!winner.weak.length) delete winner.weak;
  byName.set(key, winner);
}
// A form claimed by two entries of one type stays with the first (current councils before former ones).
const claimed = new Set<string>();
const out = [...byName.values()];
for (const e of out) {
  e.aliases = e.aliases.filter((a) => {
    const k = `${e.type}|${a.toLowerCase()}`;
    if (claimed.has(k)) return false;
    claimed.add(k);
    return true;
  });
}
out.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
writeFileSync(path.join(here, '../gazetteer.json'), `[\n${out.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`gazetteer.json: ${out.length} entries`);
