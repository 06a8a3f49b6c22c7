// The shared scorer (score.py beside the gold) ported line for line, so `npm run eval` and the Python
// script give the same figures for the same export. Python semantics kept on purpose: None as null,
// truthiness of empty strings, first-inserted key order, and gold evidence placed by code-point offset
// (str.find) while predicted spans stay in UTF-16 units, exactly as the script compares them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;
type Forms = Set<string>;

const COMBINING = /\p{Mn}/gu;

/** norm() of score.py: accents off, curly apostrophes straight, possessive 's off, punctuation to spaces. */
export function norm(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  let t = s.normalize('NFKD').replace(COMBINING, '');
  t = t.replace(/’/g, "'").replace(/‘/g, "'").toLowerCase();
  // Python's \b is Unicode-aware: a word character is a letter, digit or underscore of any script.
  t = t.replace(/'s(?![\p{L}\p{N}_])/gu, '');
  t = t.replace(/[^a-z0-9#]+/g, ' ').trim();
  return t.replace(/^(the|a) /, '');
}

export const FAMILY: Record<string, string> = {
  WORKS_FOR: 'employ',
  LEADS: 'employ',
  MEMBER_OF: 'employ',
  FOUNDED: 'employ',
  OWNS: 'own',
  SUBSIDIARY_OF: 'own',
  PART_OF: 'own',
  PAID_BY: 'money',
  FUNDS: 'money',
  CRITICISES: 'neg',
  OPPOSES: 'neg',
  PRAISES: 'pos',
  SUPPORTS: 'pos',
  COMMISSIONED: 'review',
  CONDUCTS: 'review',
  REVIEWS: 'review',
  INSPECTED: 'review',
  INVOLVED_IN: 'case',
  VICTIM_IN: 'case',
  PERPETRATOR_IN: 'case',
};
const INVERSE: Record<string, string> = {
  OWNS: 'SUBSIDIARY_OF',
  SUBSIDIARY_OF: 'OWNS',
  FUNDS: 'PAID_BY',
  PAID_BY: 'FUNDS',
};

export function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v === undefined ? null : (v as string));
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
/** dict.get(key, default): the default only when the key is absent (a null value stays null). */
const get = (o: Json, k: string, d: unknown) => (k in o ? (o[k] ?? null) : d);
const withoutEmpty = (s: Set<string>) => (s.delete(''), s);

class GoldIndex {
  ents: Json[];
  forms: Forms[] = [];
  commentators: Set<string>;
  nEnts: number;
  constructor(gold: Json) {
    this.ents = list(gold.entities);
    for (const e of this.ents) {
      const aliases = list(e.aliases) as unknown as (string | null)[];
      this.forms.push(withoutEmpty(new Set([norm(str(e.name)), ...aliases.filter((a) => a).map((a) => norm(a))])));
    }
    const cs = list(gold.commentators);
    this.commentators = new Set(cs.map((c) => norm(str(c.name))));
    this.nEnts = this.ents.length;
    // Commentators are indexed after the entities: relations and claims find them, entity recall does not.
    for (const c of cs) this.forms.push(withoutEmpty(new Set([norm(str(c.name))])));
  }

  match(forms: Forms, entitiesOnly = false): number[] {
    const top = entitiesOnly ? this.nEnts : this.forms.length;
    const out: number[] = [];
    for (let i = 0; i < top; i++) if (intersects(this.forms[i]!, forms)) out.push(i);
    return out;
  }

  byName(name: string | null): number | null {
    const n = norm(name);
    for (let i = 0; i < this.forms.length; i++) if (this.forms[i]!.has(n)) return i;
    return null;
  }
}

export interface Summary {
  entity_P: number;
  entity_R: number;
  entity_R_typed: number;
  entity_R_core: number;
  commentator_F1: number | null;
  reply_F1: number | null;
  relation_P: number;
  relation_R: number;
  relation_R_strict: number;
  claim_R: number;
  claim_speaker_acc: number;
  claim_stance_acc: number;
  claims_predicted: number;
  entity_F1: number;
  relation_F1: number;
}

/** One document's figures, with the same keys as score.py's rows. */
export type DocRow = Record<string, number | boolean | string | string[]>;

/** What a document's figures leave out: the gold it missed and what was wrong, for reading (not in score.py). */
export interface DocMisses {
  doc: string;
  relations: string[];
  /** Relations found that match no gold relation. */
  spurious: string[];
  claims: string[];
  speakers: string[];
  stances: string[];
}

export interface ScoreResult {
  summary: Summary;
  docs: DocRow[];
  misses: DocMisses[];
}

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Python's str.find: the code-point index of `needle` in `text`, or -1. */
function codePointFind(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) return -1;
  let cp = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < at) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return cp;
}
const codePointLength = (s: string) => Array.from(s).length;

/** Python's open(encoding="utf-8").read(): universal newlines. */
const readText = (file: string) => readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

export function scoreFiles(exportPath: string, goldDir: string, docsDir: string): ScoreResult {
  return score(JSON.parse(readFileSync(exportPath, 'utf8')) as Json, goldDir, docsDir);
}

export function score(ex: Json, goldDir: string, docsDir: string): ScoreResult {
  const docs = new Map<string, Json>();
  for (const d of list(ex.documents)) docs.set(d.id as string, d);
  const srcOf = new Map<string, string>();
  for (const [id, d] of docs) srcOf.set(id, basename(str(d.source) || id));
  const docOfSrc = new Map<string, string>();
  for (const [id, s] of srcOf) docOfSrc.set(s, id);
  const ents = new Map<string, Json>();
  for (const e of list(ex.entities)) ents.set(e.id as string, e);
  const eforms = new Map<string, Forms>();
  const entDocs = new Map<string, Set<unknown>>();
  for (const [id, e] of ents) {
    const aliases = list(e.aliases) as unknown as (string | null)[];
    eforms.set(id, withoutEmpty(new Set([norm(str(e.name)), ...aliases.map((a) => norm(a))])));
    const ds = new Set<unknown>();
    for (const m of list(e.mentions)) ds.add(m.doc ?? null);
    entDocs.set(id, ds);
  }
  const comments = list(ex.comments);
  const relations = list(ex.relations);
  const claims = list(ex.claims);

  const t: Record<string, number> = {};
  const add = (k: string, v: number) => (t[k] = (t[k] ?? 0) + v);
  /** Precision and recall of a predicted set against the gold one, its counts added to the totals under `key`. */
  const setPR = (key: string, pred: Set<string>, gold: Set<string>): [number, number] => {
    const tp = [...pred].filter((x) => gold.has(x)).length;
    const fp = pred.size - tp;
    const fn = [...gold].filter((x) => !pred.has(x)).length;
    add(`${key}_tp`, tp);
    add(`${key}_fp`, fp);
    add(`${key}_fn`, fn);
    const [p, r] = prf(tp, fp, fn);
    return [p, r];
  };
  const tv = (k: string) => t[k] ?? 0;
  const rows: DocRow[] = [];
  const misses: DocMisses[] = [];
  const goldFiles = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const gf of goldFiles) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, gf), 'utf8')) as Json;
    const src = gold.document as string;
    const text = readText(path.join(docsDir, src));
    const gi = new GoldIndex(gold);
    const dId = docOfSrc.get(src) ?? null;
    const row: DocRow = { doc: src, found_doc: dId !== null };
    const miss: DocMisses = { doc: src, relations: [], spurious: [], claims: [], speakers: [], stances: [] };

    // --- entities (typed and untyped) ---
    const pred = dId ? [...ents.keys()].filter((id) => entDocs.get(id)!.has(dId)) : [];
    const matchedGold = new Set<number>();
    const matchedGoldTyped = new Set<number>();
    let tp = 0,
      tpT = 0,
      fp = 0;
    for (const id of pred) {
      const m = gi.match(eforms.get(id)!, true);
      if (m.length) {
        tp++;
        for (const i of m) matchedGold.add(i);
        const typed = m.filter((i) => gi.ents[i]!.type === ents.get(id)!.type);
        if (typed.length) {
          tpT++;
          for (const i of typed) matchedGoldTyped.add(i);
        }
      } else if (intersects(eforms.get(id)!, gi.commentators)) {
        // a commentator extracted as a person: neither right nor wrong here
      } else fp++;
    }
    const nGold = gi.ents.length;
    const core = gi.ents.map((e, i) => (get(e, 'salience', 'core') === 'core' ? i : -1)).filter((i) => i >= 0);
    const coreHit = core.filter((i) => matchedGold.has(i)).length;
    row.ent_pred = pred.length;
    row.ent_gold = nGold;
    row.ent_P = tp + fp ? tp / (tp + fp) : 0;
    row.ent_R = nGold ? matchedGold.size / nGold : 0;
    row.ent_R_typed = nGold ? matchedGoldTyped.size / nGold : 0;
    row.ent_R_core = core.length ? coreHit / core.length : 0;
    row.ent_P_typed = tp + fp ? tpT / (tp + fp) : 0;
    add('ent_tp', tp);
    add('ent_fp', fp);
    add('ent_gold', nGold);
    add('ent_hit', matchedGold.size);
    add('ent_hit_typed', matchedGoldTyped.size);
    add('ent_core', core.length);
    add('ent_core_hit', coreHit);
    row.missed_core = core
      .filter((i) => !matchedGold.has(i))
      .map((i) => gi.ents[i]!.name as string)
      .slice(0, 15);
    row.false_pos = pred
      .filter((e) => !gi.match(eforms.get(e)!, true).length && !intersects(eforms.get(e)!, gi.commentators))
      .map((e) => ents.get(e)!.name as string)
      .slice(0, 15);

    // --- commentators and replies ---
    const docComments = dId ? comments.filter((c) => (c.doc ?? null) === dId) : [];
    const pc = withoutEmpty(new Set(docComments.map((c) => norm(str(c.author)))));
    const gc = gi.commentators;
    if (gc.size) {
      [row.commentator_P, row.commentator_R] = setPR('c', pc, gc);
      const cnt = new Map<string, number>();
      for (const c of docComments) cnt.set(norm(str(c.author)), (cnt.get(norm(str(c.author))) ?? 0) + 1);
      const gcnt = new Map<string, unknown>();
      for (const c of list(gold.commentators)) gcnt.set(norm(str(c.name)), get(c, 'comments', 1));
      row.comment_count_exact = [...gcnt].filter(([k, v]) => cnt.get(k) === v).length / gcnt.size;
      const byId = new Map<unknown, Json>();
      for (const c of docComments) byId.set(c.id ?? null, c);
      const pe = new Set<string>();
      for (const c of docComments) {
        const par = byId.get(c.parent ?? null);
        if (par) pe.add(JSON.stringify([norm(str(c.author)), norm(str(par.author))]));
      }
      const ge = new Set(list(gold.replies).map((r) => JSON.stringify([norm(str(r.from)), norm(str(r.to))])));
      if (ge.size) {
        [row.reply_P, row.reply_R] = setPR('r', pe, ge);
      }
    }

    // --- relations (lenient: same subject/object and same predicate family) ---
    const grels = list(gold.relations);
    const gkeys = grels.map(
      (r) => [gi.byName(str(r.subject)), r.predicate as string, gi.byName(str(r.object))] as const,
    );
    const prels: [number[], string, number[]][] = [];
    const shown: string[] = [];
    const nameOf = (id: unknown) => (ents.get(id as string)?.name as string | undefined) ?? String(id);
    for (const r of relations) {
      const evd = new Set(list(r.evidence).map((e) => e.doc ?? null));
      if (!evd.has(dId)) continue;
      const sm = gi.match(eforms.get(r.subject as string) ?? new Set());
      const om = gi.match(eforms.get(r.object as string) ?? new Set());
      prels.push([sm, r.predicate as string, om]);
      const ev = list(r.evidence).find((e) => (e.doc ?? null) === dId);
      const quote = typeof ev?.quote === 'string' ? ev.quote : '';
      shown.push(`${nameOf(r.subject)} ${String(r.predicate)} ${nameOf(r.object)} | ${quote}`);
    }
    const relHit = new Set<number>();
    const relHitStrict = new Set<number>();
    let relTp = 0;
    for (const [n, [sm, p, om]] of prels.entries()) {
      let ok = false;
      for (const [j, [s, gp, o]] of gkeys.entries()) {
        if (s === null || o === null) continue;
        const same = sm.includes(s) && om.includes(o);
        const flipped = sm.includes(o) && om.includes(s);
        if (same && p === gp) {
          relHit.add(j);
          relHitStrict.add(j);
          ok = true;
        } else if (
          (same && FAMILY[p] && FAMILY[p] === FAMILY[gp] && INVERSE[p] !== gp) ||
          (flipped && INVERSE[p] === gp) ||
          (gp === 'OTHER' && (same || flipped))
        ) {
          // OTHER: a link the predicate list does not name; any relation of the same pair finds it
          relHit.add(j);
          ok = true;
        }
      }
      relTp += ok ? 1 : 0;
      if (!ok) miss.spurious.push(shown[n]!);
    }
    grels.forEach((r, j) => {
      if (!relHit.has(j))
        miss.relations.push(`${String(r.subject)} ${String(r.predicate)} ${String(r.object)} | ${String(r.evidence)}`);
    });
    row.rel_pred = prels.length;
    row.rel_gold = grels.length;
    row.rel_P = prels.length ? relTp / prels.length : 0;
    row.rel_R = grels.length ? relHit.size / grels.length : 0;
    row.rel_R_strict = grels.length ? relHitStrict.size / grels.length : 0;
    add('rel_tp', relTp);
    add('rel_pred', prels.length);
    add('rel_gold', grels.length);
    add('rel_hit', relHit.size);
    add('rel_hit_strict', relHitStrict.size);

    // --- claims: recall of gold claims by evidence overlap; speaker and stance agreement ---
    const pcl = dId ? claims.filter((c) => ((c.evidence as Json | null) || {}).doc === dId) : [];
    const gcl = list(gold.claims);
    let found = 0,
      spk = 0,
      stn = 0;
    for (const g of gcl) {
      const ev = g.evidence as string;
      const start = codePointFind(text, ev);
      if (start < 0) continue;
      const end = start + codePointLength(ev);
      let best: Json | null = null;
      for (const c of pcl) {
        const e = c.evidence as { start: number; end: number };
        const ov = Math.min(end, e.end) - Math.max(start, e.start);
        if (ov > 0 && ov >= 0.5 * Math.min(end - start, e.end - e.start)) {
          best = c;
          break;
        }
      }
      if (!best) {
        miss.claims.push(`[${String(g.speaker)}] ${ev}`);
        continue;
      }
      found++;
      const sp = str(best.speaker);
      const spf = (sp !== null && eforms.get(sp)) || new Set([norm(sp)]);
      const gsp = norm(str(g.speaker));
      const gIdx = gi.byName(str(g.speaker));
      const gspForms = gIdx !== null ? gi.forms[gIdx]! : new Set([gsp]);
      const docAuthor = norm(str((dId !== null ? docs.get(dId) : undefined)?.author));
      const docCommenters = new Set(comments.filter((c) => (c.doc ?? null) === dId).map((c) => norm(str(c.author))));
      // AUTHOR: the document's author, or, where none is known, a speaker that is no entity
      // and no commentator of the document (the unknown author's placeholder).
      const authorOk =
        gsp === 'author' &&
        !!sp &&
        ((!!docAuthor && spf.has(docAuthor)) || (!docAuthor && !eforms.has(sp) && !docCommenters.has(norm(sp))));
      if (intersects(spf, gspForms) || authorOk) spk++;
      else {
        const found = sp && ents.has(sp) ? String(ents.get(sp)!.name) : String(sp);
        miss.speakers.push(`gold ${String(g.speaker)}, found ${found}: ${ev}`);
      }
      if ((best.stance ?? null) === (g.stance ?? null)) stn++;
      else miss.stances.push(`gold ${String(g.stance)}, found ${String(best.stance)}: ${ev}`);
    }
    row.claim_pred = pcl.length;
    row.claim_gold = gcl.length;
    row.claim_R = gcl.length ? found / gcl.length : 0;
    row.claim_speaker_acc = found ? spk / found : 0;
    row.claim_stance_acc = found ? stn / found : 0;
    add('cl_gold', gcl.length);
    add('cl_found', found);
    add('cl_spk', spk);
    add('cl_stn', stn);
    add('cl_pred', pcl.length);
    rows.push(row);
    misses.push(miss);
  }

  const div = (a: string, b: string) => (tv(b) ? tv(a) / tv(b) : 0);
  const entP = tv('ent_tp') + tv('ent_fp') ? tv('ent_tp') / (tv('ent_tp') + tv('ent_fp')) : 0;
  const s = {
    entity_P: entP,
    entity_R: div('ent_hit', 'ent_gold'),
    entity_R_typed: div('ent_hit_typed', 'ent_gold'),
    entity_R_core: div('ent_core_hit', 'ent_core'),
    commentator_F1: tv('c_tp') + tv('c_fn') ? prf(tv('c_tp'), tv('c_fp'), tv('c_fn'))[2] : null,
    reply_F1: tv('r_tp') + tv('r_fn') ? prf(tv('r_tp'), tv('r_fp'), tv('r_fn'))[2] : null,
    relation_P: div('rel_tp', 'rel_pred'),
    relation_R: div('rel_hit', 'rel_gold'),
    relation_R_strict: div('rel_hit_strict', 'rel_gold'),
    claim_R: div('cl_found', 'cl_gold'),
    claim_speaker_acc: div('cl_spk', 'cl_found'),
    claim_stance_acc: div('cl_stn', 'cl_found'),
    claims_predicted: Math.trunc(tv('cl_pred')),
  };
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const summary: Summary = {
    ...s,
    entity_F1: f1(s.entity_P, s.entity_R),
    relation_F1: f1(s.relation_P, s.relation_R),
  };
  return { summary, docs: rows, misses };
}
