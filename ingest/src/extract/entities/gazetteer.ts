// The curated gazetteer (ingest/data/gazetteer.json) indexed by first token for longest-match lookup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '@claimgraph/schema';
import { tokenKey, tokenize, type Token } from './tokens.js';

export interface GazetteerEntry { name: string; type: EntityType; kind: string | null; aliases: string[]; source: string }
interface Form { keys: string[]; surface: string[]; entry: GazetteerEntry; exactCase: boolean }

const DATA = path.resolve(import.meta.dirname, '../../../data');

export class Gazetteer {
  private byFirst = new Map<string, Form[]>();
  readonly entries: GazetteerEntry[];

  constructor(entries: GazetteerEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const form of [entry.name, ...entry.aliases]) {
        const toks = tokenize(form, 0, form.length);
        if (toks.length === 0) continue;
        const f: Form = {
          keys: toks.map((t) => t.key), surface: toks.map((t) => t.text), entry,
          // Acronyms and one-word names must match their case exactly ("CQC", not "cqc"; "Become", not "become").
          exactCase: toks.length === 1 || form === form.toUpperCase(),
        };
        const list = this.byFirst.get(f.keys[0]!) ?? [];
        list.push(f);
        this.byFirst.set(f.keys[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Longest form starting at token i, honouring case: capitalised words of the name must be capitalised in the text. */
  match(tokens: Token[], i: number): { form: Form; length: number } | null {
    const first = tokens[i]!;
    const candidates = this.byFirst.get(first.key) ?? this.byFirst.get(stripPossessive(first.key));
    if (!candidates) return null;
    for (const f of candidates) {
      if (i + f.keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < f.keys.length && ok; k++) {
        const t = tokens[i + k]!;
        const last = k === f.keys.length - 1;
        const key = last && t.key !== f.keys[k] ? stripPossessive(t.key) : t.key;
        if (key !== f.keys[k]) { ok = false; break; }
        if (k > 0 && tokens[i + k - 1]!.end + 3 < t.start) ok = false; // words of a name are adjacent
        const s = f.surface[k]!;
        if (f.exactCase) { if (t.text.slice(0, s.length) !== s) ok = false; }
        else if (/^\p{Lu}/u.test(s) && !/^[#@]?\p{Lu}/u.test(t.text)) ok = false;
      }
      if (ok) return { form: f, length: f.keys.length };
    }
    return null;
  }

  byName(name: string): GazetteerEntry | undefined {
    return this.byFirst.get(tokenKey(name.split(/\s+/)[0] ?? ''))?.find((f) => f.surface.join(' ') === name)?.entry;
  }
}

const stripPossessive = (k: string) => k.replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : ''));

let shared: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(JSON.parse(readFileSync(path.join(DATA, 'gazetteer.json'), 'utf8')) as GazetteerEntry[]);
  return shared;
}

export interface NameData { givenNames: string[]; honorifics: string[]; roles: Record<string, string>; notNames: string[] }
let names: (NameData & { given: Set<string>; honor: Set<string>; not: Set<string> }) | undefined;
export function nameData() {
  if (!names) {
    const d = JSON.parse(readFileSync(path.join(DATA, 'names.json'), 'utf8')) as NameData;
    names = { ...d, given: new Set(d.givenNames), honor: new Set(d.honorifics), not: new Set(d.notNames.map((n) => n.replace(/’/g, "'"))) };
  }
  return names;
}
