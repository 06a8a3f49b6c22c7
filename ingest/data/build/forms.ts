// Pure helpers of the gazetteer build: the usual written forms of a council's name, the SCHEMA kind of
// a GOV.UK organisation, and the "Name | alias | alias" lines of curated.yaml.
import { oneOf } from '../../src/regex.js';

export interface BuiltEntry {
  name: string;
  type: string;
  kind: string | null;
  aliases: string[];
  /** Acronyms taken only where the document also names the body in full. */
  weak?: string[];
  /** A one-word name that is also a common word: not taken at the start of a sentence. */
  ambiguous?: boolean;
  source: string;
  meta?: Record<string, string | null | undefined>;
}

// Words of a council's official name that writers lower-case or drop ("Solihull council").
const GENERIC = /\b(Metropolitan|Borough|County|City|District|Council|Royal|London|of|the)\b/g;

/**
 * "Solihull", "Solihull Metropolitan Borough Council" → "Solihull council", "Solihull borough council",
 * "Solihull metropolitan borough council". Generic words are lower case so that the matcher, which lets
 * a lower-case word of a form match either case, accepts "Solihull Council" and "Solihull council" alike.
 */
// " Metropolitan Borough Council", " Council": how an official council name ends.
const COUNCIL_WORDS = [
  ...['Metropolitan Borough', 'County Borough', 'Borough', 'County', 'City', 'District'],
  ...['City and District', 'City and County'],
];
const COUNCIL_SUFFIX = new RegExp(` ${oneOf(COUNCIL_WORDS)}? ?Council$`);

export function councilForms(short: string, official: string): string[] {
  const forms = new Set<string>();
  const cores = new Set([short]);
  // "Hull City Council" for "Kingston upon Hull": the official name's own place word is a form too.
  const core = official
    .replace(/^(?:London Borough|Royal Borough|City|County|Council) of (?:the )?/, '')
    .replace(COUNCIL_SUFFIX, '')
    .trim();
  if (core && core !== official && !/ of /.test(core)) cores.add(core);
  for (const c of cores) {
    forms.add(`${c} council`);
    forms.add(`${c} councils`);
    for (const w of ['county', 'borough', 'city', 'district', 'metropolitan borough', 'county borough']) {
      if (new RegExp(`\\b${w} council$`, 'i').test(official)) forms.add(`${c} ${w} council`);
    }
    if (/^London Borough of /.test(official)) forms.add(`London borough of ${c}`);
    if (/^Royal Borough of /.test(official)) forms.add(`Royal borough of ${c}`);
  }
  forms.add(official.replace(GENERIC, (w) => (w === 'London' || w === 'Royal' ? w : w.toLowerCase())));
  forms.delete(official);
  return [...forms];
}

const REGULATOR = new RegExp(
  `\\b${oneOf([
    ...['Ofsted', 'Ofqual', 'Ofcom', 'Ofwat', 'Ofgem', 'Inspectorate', 'Inspector', 'Regulator', 'Regulation'],
    ...['Ombudsman', 'Adjudicator', 'Social Work England', 'Care Quality Commission', 'Standards'],
  ])}\\b`,
);

/** SCHEMA Organisation kind of a GOV.UK organisation, from its name and GOV.UK format. */
export function govukKind(name: string, format: string): string {
  if (/Court|Tribunal/.test(format) || /\b(?:Court|Tribunal)s?\b/.test(name)) return 'court';
  if (/\bPolice\b|Constabulary/.test(name)) return 'police';
  if (
    /\bNHS\b|Hospital|Public Health|Health Service|Health Authority|Health Research|Health and Social Care/.test(name)
  )
    return 'health';
  if (REGULATOR.test(name)) return 'regulator';
  if (/Public corporation/.test(format) && /\b(?:BBC|Channel 4|S4C)\b/.test(name)) return 'media';
  if (/\b(?:Museum|Library|Gallery|University|College)\b/.test(name)) return 'other';
  return 'government';
}

/** GOV.UK lists some inquiries and reviews as organisations; they are Reviews ("Victoria Climbié Inquiry"). */
export function govukReview(name: string): 'inquiry' | 'review' | null {
  if (/\bInquiry\b/.test(name) && !/\b(?:Service|Office|Unit|Team|Agency)\b/.test(name)) return 'inquiry';
  if (
    /\bReview\b(?! (?:Body|Board|Panel|Committee|Tribunal|Mechanism|Service|Office|Unit|Authority|Group))/.test(name) &&
    !/\b(?:Body|Board|Panel|Committee|Tribunal|Mechanism|Service|Office|Unit|Authority|Reviewer)\b/.test(name)
  )
    return 'review';
  return null;
}

/** "~Mind | MIND" → name "Mind", aliases ["MIND"], ambiguous. */
export function parseCuratedLine(line: string): Pick<BuiltEntry, 'name' | 'aliases' | 'ambiguous'> {
  const ambiguous = line.startsWith('~');
  const parts = line
    .replace(/^~/, '')
    .split('|')
    .map((s) => s.trim());
  // An empty part is how YAML's " #" comment shows: the rest of the line was dropped. Quote such lines.
  if (parts.some((p) => !p))
    throw new Error(`empty name or alias in curated line (quote it if it holds " #"): ${JSON.stringify(line)}`);
  const [name, ...aliases] = parts as [string, ...string[]];
  return { name, aliases, ...(ambiguous ? { ambiguous } : {}) };
}
