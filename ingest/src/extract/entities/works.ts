// Works cited by their titles: books, reports, articles and podcasts. A title is in title case and is cited as a
// work: in quotation marks with a byline after it ("“Title”, by X", "‘Title’ ed X and Y"), after a noun for a
// work ("the report “Title”", "such works as “Title”"), or after a writer's own "my article: Title". Quoted
// words without such a cue are speech, never a title. A publisher named after the byline ("(X Press)",
// "X/Y 1st ed 1994") is an organisation.
import type { RawMention, Span } from '../../pipeline/types.js';
import { re } from '../../regex.js';

/** A cited work and the spans that cite its authors and publishers (text positions). */
export interface Citation {
  title: Span;
  kind: 'report' | 'podcast';
  /** Where the byline's names start ("by |X and Y"), if there is a byline. */
  byline: Span | null;
  publishers: Span[];
  /** Whose work the text says it is: "my" in "my article: Title", or where "X’s book “Title”" puts the "’s". */
  owner: Span | null;
  /** Named as the title of one of a series the text has just spoken of ("The title is “…”"). */
  entry: boolean;
}

// Short words a title may keep in lower case.
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'or', 'by', 'as']);
const WORD_CAPITAL = /^[\p{Lu}\p{N}]/u;
// Nouns for a work and what kind of entity each makes.
const WORK_NOUN =
  /\b(books?|novels?|reports?|articles?|papers?|study|studies|essays?|works|podcasts?|episodes?|documentary|series)\b/;
// "the report “", "such seminal works as “", "a podcast called “": a noun for a work right before the title.
const BEFORE_QUOTED = new RegExp(
  `${WORK_NOUN.source}(?:,? (?:titled|entitled|called|named|as|like|such as))?[,:]? ?$`,
  'i',
);
// "my article: ", "her new book, ", "Smith’s report called ": a writer's own work, then an unquoted title.
const OWNER = `(?:\\b([Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)|(?<=\\p{L})['’]s) (?:(?:new|latest|recent|own) )?`;
const OWN_WORK = new RegExp(`${OWNER}${WORK_NOUN.source}(?:: |, | (?:titled|entitled|called) )`, 'gu');
// The same before a quoted title: "Smith’s book “".
const OWNER_BEFORE = new RegExp(`${OWNER}${WORK_NOUN.source}[^\\p{L}]*$`, 'u');
// "The title is “...”": whatever is quoted is a title, in title case or not.
const TITLE_IS = /\b[Tt]itle (?:is|was)[: ]*$/;
// Words before it that say the work is an episode of a podcast or programme.
const EPISODES = /\b(?:podcasts?|episodes?)\b/i;
// After the closing quotation mark: ", by ", " ed ", " edited by ".
const BYLINE = /^[”"’]?,? ?(?:by|eds?\.?|edited by) (?=\p{Lu})/u;
const QUOTED = /“([^”\n]{3,150})”|"([^"\n]{3,150})"|‘((?:[^’\n]|’(?=\p{L}))+)’(?!\p{L})/gu;
// Names in a byline: capitalised words joined by spaces, "and", "&" or commas.
const NAMES = /^(?:\p{Lu}(?:\.|[\p{L}’'-]*)(?: and |, | & | )?)+/u;
// "(The Women’s Press)", ". Tavistock/Routledge 1st ed 1994", ", Penguin, 1988": publishers after a byline.
const PUBLISHER_PAREN = /^ ?\((\p{Lu}[^()\n]{1,60})\)/u;
const IMPRINT_NAME = /\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*/u.source;
const PUBLISHER_IMPRINT = re(
  [`^[.,] ((?:The )?${IMPRINT_NAME}(?:\\/${IMPRINT_NAME})*),? `, /(?=\d+(?:st|nd|rd|th) ed|(?:19|20)\d\d\b)/],
  'u',
);

/** Whether words read as a title: two or more words, capitalised but for short ones, first and last capitalised. */
export function isTitle(words: string): boolean {
  const ws = words.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 16 || /[.!;]\S|[.!;]$/.test(words.trim())) return false;
  const bare = ws.map((w) => w.replace(/^[(‘'"“]+|[:,?)’'"”]+$/g, ''));
  if (!WORD_CAPITAL.test(bare[0]!) || !WORD_CAPITAL.test(bare[bare.length - 1]!)) return false;
  return bare.every((w) => WORD_CAPITAL.test(w) || SMALL.has(w));
}

const kindOf = (noun: string | undefined): Citation['kind'] =>
  noun && /^(?:podcasts?|episodes?)$/i.test(noun) ? 'podcast' : 'report';

/** The works a span of text cites, with their bylines and publishers. */
export function findCitations(text: string, span: Span): Citation[] {
  const out: Citation[] = [];
  const t = text.slice(span.start, span.end);
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(t); m; m = QUOTED.exec(t)) {
    const inner = m[1] ?? m[2] ?? m[3]!;
    const after = t.slice(m.index + m[0].length - 1);
    const noun = BEFORE_QUOTED.exec(t.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const start = span.start + m.index + 1;
    // A title starts with a capital and has words enough to be one (not "the title was “unfair”").
    if (TITLE_IS.test(t.slice(Math.max(0, m.index - 20), m.index)) && /^\p{Lu}\S* \S/u.test(inner)) {
      const title = { start, end: start + inner.replace(/[.?!]$/, (p) => (p === '?' ? p : '')).length };
      const episode = EPISODES.test(text.slice(Math.max(0, start - 300), start));
      out.push({ ...cite(text, title, episode ? 'podcast' : 'report', null), entry: episode });
      continue;
    }
    if (!isTitle(inner) || (!noun && !BYLINE.test(after))) continue;
    const from = Math.max(0, m.index - 40);
    const own = noun ? OWNER_BEFORE.exec(t.slice(from, m.index)) : null;
    const owner = own ? ownerSpan(own, span.start + from) : null;
    out.push(cite(text, { start, end: start + inner.length }, kindOf(noun), owner));
  }
  // A title whose opening quotation mark is missing: from the start of its line to a closing mark and byline.
  for (const close of t.matchAll(/[”’"](?=,? ?(?:by|eds?\.?|edited by) \p{Lu})/gu)) {
    const at = span.start + close.index;
    if (out.some((c) => c.title.end === at)) continue;
    const lineStart = Math.max(span.start, text.lastIndexOf('\n', at) + 1);
    const raw = text.slice(lineStart, at);
    const lead = raw.length - raw.trimStart().length;
    if (/[“‘"]/.test(raw) || !isTitle(raw)) continue;
    out.push(cite(text, { start: lineStart + lead, end: at }, 'report', null));
  }
  OWN_WORK.lastIndex = 0;
  for (let m = OWN_WORK.exec(t); m; m = OWN_WORK.exec(t)) {
    const start = span.start + m.index + m[0].length;
    const title = titleRun(text.slice(start, span.end));
    if (title) out.push(cite(text, { start, end: start + title.length }, kindOf(m[2]), ownerSpan(m, span.start)));
  }
  return out;
}

/** The longest run of title words at the start of a text that reads as a title ("Child Protection: A Fresh Look"). */
function titleRun(s: string): string | null {
  const words = /^(?:[^\s]+)(?: [^\s]+)*/.exec(s)?.[0].split(' ') ?? [];
  let n = 0;
  while (n < words.length && (WORD_CAPITAL.test(words[n]!) || SMALL.has(words[n]!)) && !/[.,;!?]$/.test(words[n]!)) n++;
  if (n < words.length && WORD_CAPITAL.test(words[n]!) && /[.,;!?]$/.test(words[n]!)) n++;
  while (n > 0 && SMALL.has(words[n - 1]!)) n--;
  const run = words
    .slice(0, n)
    .join(' ')
    .replace(/[.,;!?]$/, '');
  return isTitle(run) ? run : null;
}

/** The possessive word ("my") or, for "X’s", the empty span where the owner's name ends. */
function ownerSpan(m: RegExpExecArray, offset: number): Span {
  const start = offset + m.index;
  return m[1] ? { start, end: start + m[1].length } : { start, end: start };
}

function cite(text: string, title: Span, kind: Citation['kind'], owner: Span | null): Citation {
  const after = text.slice(title.end, title.end + 200);
  const by = BYLINE.exec(after);
  if (!by) return { title, kind, byline: null, publishers: [], owner, entry: false };
  const bylineStart = title.end + by[0].length;
  const names = NAMES.exec(text.slice(bylineStart, bylineStart + 150))?.[0].replace(/(?:,| and| &)? ?$/, '') ?? '';
  const byline = { start: bylineStart, end: bylineStart + names.length };
  const rest = text.slice(byline.end, byline.end + 100);
  const publishers: Span[] = [];
  const paren = PUBLISHER_PAREN.exec(rest);
  const imprint = paren ? null : PUBLISHER_IMPRINT.exec(rest);
  const found = paren ?? imprint;
  if (found) {
    let at = byline.end + found.index + found[0].indexOf(found[1]!);
    for (const name of found[1]!.split('/')) {
      publishers.push({ start: at, end: at + name.length });
      at += name.length + 1;
    }
  }
  return { title, kind, byline, publishers, owner, entry: false };
}

/** Mentions for the works the sentences cite and for their publishers. */
export function findWorks(text: string, spans: Span[], out: RawMention[]): void {
  for (const s of spans)
    for (const c of findCitations(text, s)) {
      const title = text.slice(c.title.start, c.title.end);
      out.push({
        ...c.title,
        text: title,
        type: c.kind === 'podcast' ? 'Event' : 'Review',
        kind: c.kind,
        canonical: title.replace(/:$/, ''),
        source: 'pattern:work',
      });
      for (const p of c.publishers) {
        const name = text.slice(p.start, p.end);
        out.push({
          ...p,
          text: name,
          type: 'Organisation',
          kind: 'company',
          canonical: name,
          source: 'pattern:publisher',
        });
      }
    }
}

// "the Smith report" (after its author), "Ofsted’s annual report" (after the body that publishes it).
const EPONYM = /\b[Tt]he ((?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*){0,2}) (report|review)\b/gu;
const SERIES = /^['’]s (annual|yearly|interim|final) (report|review)\b/;

/**
 * Reports named after a person the text names ("the Le Grand report": its author) or published by a body as a
 * series ("Ofsted’s annual report"). Runs once the names are known.
 */
export function addNamedReports(text: string, mentions: RawMention[]): void {
  const found: RawMention[] = [];
  const review = (start: number, end: number, canonical: string, source: string): RawMention => ({
    start,
    end,
    text: text.slice(start, end),
    type: 'Review',
    kind: 'report',
    canonical,
    source,
  });
  for (const m of mentions) {
    const series = m.type === 'Organisation' ? SERIES.exec(text.slice(m.end, m.end + 30)) : null;
    // The mention is the words after the body's name, which stays a mention of the body.
    const at = m.end + (series?.[0].indexOf(series[1]!) ?? 0);
    if (series)
      found.push(review(at, m.end + series[0].length, `${m.canonical} ${series[1]!} ${series[2]!}`, 'pattern:series'));
  }
  const people = mentions.filter((m) => m.type === 'Person' && /\s/.test(m.canonical));
  EPONYM.lastIndex = 0;
  for (let e = EPONYM.exec(text); e; e = EPONYM.exec(text)) {
    const name = e[1]!;
    if (!people.some((p) => p.canonical === name || p.canonical.endsWith(` ${name}`))) continue;
    const start = e.index + 4;
    found.push(review(start, e.index + e[0].length, `${name} ${e[2]!}`, 'pattern:eponym'));
  }
  for (const f of found) {
    // The name inside gives way: "Grand" in "the Le Grand report" is not a mention of the person there.
    for (const m of mentions.filter((o) => o.start >= f.start && o.end <= f.end && o.type !== 'Organisation'))
      mentions.splice(mentions.indexOf(m), 1);
    if (!mentions.some((m) => m.type === 'Review' && m.start < f.end && f.start < m.end)) mentions.push(f);
  }
}
