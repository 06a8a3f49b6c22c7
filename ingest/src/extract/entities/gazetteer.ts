// The curated gazetteer (ingest/data/gazetteer.json) as a token trie for longest-match lookup, plus a
// squashed-name index so that hashtags and handles (#CommunityCare, @NSPCC) find the body they name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '@claimgraph/schema';
import { tokenize, type Token } from './tokens.js';
import { squash } from '../../squash.js';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  kind: string | null;
  aliases: string[];
  /** Acronyms taken only where the document also names the body in full. */
  weak?: string[];
  /** A one-word name that is also a common word: not taken at the start of a sentence. */
  ambiguous?: boolean;
  source: string;
}

export interface Form {
  surface: string[];
  entry: GazetteerEntry;
  exactCase: boolean;
  weak: boolean;
}
interface Node {
  next: Map<string, Node>;
  forms: Form[];
}
export interface Hit {
  form: Form;
  length: number;
  /** the last token ends in a possessive that is not part of the name */ possessive: boolean;
}

const DATA = path.resolve(import.meta.dirname, '../../../data');
const newNode = (): Node => ({ next: new Map(), forms: [] });
// Patterns with a Unicode property outside a class are built here once: the TypeScript transpiler turns such a
// literal into a `new RegExp` call, which inside a function would rebuild it on every call.
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;
const TAG_OR_CAPITAL = /^[#@]?\p{Lu}/u;
const stripPossessive = (k: string) => (k.endsWith("'s") ? k.slice(0, -2) : k.endsWith("s'") ? k.slice(0, -1) : k);
/** What may stand between the words of a name: one to three spaces, commas, ampersands, brackets or dashes. */
const NAME_GAP = new Set([' ', '\u00a0', ',', '&', '(', ')', '-', '–']);
function nameGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!NAME_GAP.has(text[i]!)) return false;
  return true;
}
export class Gazetteer {
  private root = newNode();
  private squashed = new Map<string, GazetteerEntry>();
  private councils = new Map<string, GazetteerEntry>();
  readonly entries: GazetteerEntry[];

  constructor(entries: GazetteerEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      const strong = [entry.name, ...entry.aliases];
      for (const form of strong) this.add(form, entry, false);
      for (const form of entry.weak ?? []) this.add(form, entry, true);
      for (const form of strong) {
        const s = squash(form);
        if (s.length >= 3 && !this.squashed.has(s)) this.squashed.set(s, entry);
      }
      if (entry.type === 'Organisation' && entry.kind === 'local_authority') {
        for (const a of entry.aliases) {
          const m = /^(.+) council$/.exec(a);
          if (m && !this.councils.has(m[1]!)) this.councils.set(m[1]!, entry);
        }
      }
    }
  }

  private add(form: string, entry: GazetteerEntry, weak: boolean): void {
    const toks = tokenize(form, 0, form.length);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t.key);
      if (!n) node.next.set(t.key, (n = newNode()));
      node = n;
    }
    // Acronyms and one-word names must match their case exactly ("CQC", not "cqc"; "Become", not "become").
    node.forms.push({
      surface: toks.map((t) => t.text),
      entry,
      weak,
      exactCase: toks.length === 1 || form === form.toUpperCase(),
    });
  }

  /**
   * Longest form starting at token i, honouring case: capitalised words of the name must be capitalised in
   * the text.
   */
  match(tokens: Token[], i: number, text?: string): Hit | null {
    let node = this.root;
    let best: Hit | null = null;
    for (let k = i; k < tokens.length; k++) {
      const t = tokens[k]!;
      // Words of a name are adjacent: spaces, or a comma, ampersand, bracket or dash between them.
      if (k > i && text !== undefined && !nameGap(text, tokens[k - 1]!.end, t.start)) break;
      const stripped = stripPossessive(t.key);
      if (stripped !== t.key) {
        const end = node.next.get(stripped);
        const f = end && this.accept(end.forms, tokens, i, k, true);
        if (f) best = { form: f, length: k - i + 1, possessive: true };
      }
      const child = node.next.get(t.key);
      if (!child) break;
      const f = this.accept(child.forms, tokens, i, k, false);
      if (f) best = { form: f, length: k - i + 1, possessive: false };
      node = child;
    }
    return best;
  }

  private accept(forms: Form[], tokens: Token[], i: number, last: number, possessive: boolean): Form | null {
    for (const f of forms) {
      let ok = true;
      for (let k = 0; k < f.surface.length && ok; k++) {
        const s = f.surface[k]!;
        let w = tokens[i + k]!.text;
        if (possessive && i + k === last) w = w.slice(0, s.length);
        // "OFSTED" for "Ofsted": a one-word name of mixed case may be written in capitals.
        if (f.exactCase)
          ok =
            w === s ||
            w.replace(/’/g, "'") === s.replace(/’/g, "'") ||
            (f.surface.length === 1 && !f.weak && s.length >= 5 && TITLE_CASE.test(s) && w === s.toUpperCase());
        else if (CAPITAL.test(s) && !TAG_OR_CAPITAL.test(w)) ok = false;
      }
      if (ok) return f;
    }
    return null;
  }

  /** The body a hashtag or handle names: "#CommunityCare" → Community Care. */
  byTag(tag: string): GazetteerEntry | undefined {
    return this.squashed.get(squash(tag.replace(/^[#@]/, '')));
  }

  /** The council of a place: "Lambeth" → London Borough of Lambeth (for "Lambeth and Bristol councils"). */
  councilFor(place: string): GazetteerEntry | undefined {
    return this.councils.get(place);
  }
}

let shared: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(JSON.parse(readFileSync(path.join(DATA, 'gazetteer.json'), 'utf8')) as GazetteerEntry[]);
  return shared;
}

export interface NameData {
  givenNames: string[];
  honorifics: string[];
  roles: Record<string, string>;
  notNames: string[];
  relationWords: string[];
  titles: string[];
}
let names: (NameData & { given: Set<string>; honor: Set<string>; not: Set<string> }) | undefined;
export function nameData() {
  if (!names) {
    const d = JSON.parse(readFileSync(path.join(DATA, 'names.json'), 'utf8')) as NameData;
    names = {
      ...d,
      given: new Set(d.givenNames),
      honor: new Set(d.honorifics),
      not: new Set(d.notNames.map((n) => n.replace(/’/g, "'"))),
    };
  }
  return names;
}
