// Scoring extraction against hand-made gold (GraphExport per document). Entities match when their
// types agree and a name or alias of one equals a name or alias of the other (after slug()); each gold
// entity is matched at most once. Relations and claims are scored through that entity matching.
import {
  slug,
  type ClaimRecord,
  type CommentRecord,
  type EntityRecord,
  type GraphExport,
  type RelationRecord,
} from '@claimgraph/schema';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const names = (e: EntityRecord) => new Set([e.name, ...e.aliases].map(slug).filter(Boolean));

/** Predicted entity id → gold entity id, greedy by mention overlap then by name. */
export function matchEntities(pred: EntityRecord[], gold: EntityRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  const goldNames = gold.map((g) => ({ g, n: names(g) }));
  // Exact canonical names first, then any alias overlap.
  for (const pass of [0, 1]) {
    for (const p of pred) {
      if (out.has(p.id)) continue;
      const pn = names(p);
      const hit = goldNames.find(
        ({ g, n }) =>
          !used.has(g.id) &&
          g.type === p.type &&
          (pass === 0 ? slug(g.name) === slug(p.name) : [...pn].some((x) => n.has(x))),
      );
      if (hit) {
        out.set(p.id, hit.g.id);
        used.add(hit.g.id);
      }
    }
  }
  return out;
}

export function scoreEntities(pred: EntityRecord[], gold: EntityRecord[]) {
  const m = matchEntities(pred, gold);
  const tp = m.size;
  return {
    score: prf(tp, pred.length - tp, gold.length - tp),
    matching: m,
    missed: gold.filter((g) => ![...m.values()].includes(g.id)),
    spurious: pred.filter((p) => !m.has(p.id)),
  };
}

export function scoreComments(pred: CommentRecord[], gold: CommentRecord[]) {
  const key = (c: CommentRecord) => `${c.doc}|${c.author ?? ''}|${c.postedAt ?? ''}|${c.id}`;
  const g = new Set(gold.map(key));
  const tp = pred.filter((c) => g.has(key(c))).length;
  const edge = (c: CommentRecord) => `${c.id}->${c.parent}`;
  const ge = new Set(gold.filter((c) => c.parent).map(edge));
  const pe = pred.filter((c) => c.parent).map(edge);
  const etp = pe.filter((e) => ge.has(e)).length;
  return { comments: prf(tp, pred.length - tp, gold.length - tp), replies: prf(etp, pe.length - etp, ge.size - etp) };
}

export function scoreRelations(pred: RelationRecord[], gold: RelationRecord[], matching: Map<string, string>) {
  const key = (s: string, p: string, o: string) => `${s}|${p}|${o}`;
  const g = new Set(gold.map((r) => key(r.subject, r.predicate, r.object)));
  const mapped = pred.map((r) =>
    key(matching.get(r.subject) ?? `?${r.subject}`, r.predicate, matching.get(r.object) ?? `?${r.object}`),
  );
  const uniq = [...new Set(mapped)];
  const tp = uniq.filter((k) => g.has(k)).length;
  return {
    score: prf(tp, uniq.length - tp, g.size - tp),
    spurious: uniq.filter((k) => !g.has(k)),
    missed: [...g].filter((k) => !uniq.includes(k)),
  };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) /
  Math.max(1, Math.min(a.end - a.start, b.end - b.start));

/** Claim recall (≥ 50% span overlap), then speaker and stance accuracy over the found claims. */
export function scoreClaims(
  pred: ClaimRecord[],
  gold: ClaimRecord[],
  matching: Map<string, string>,
  goldEntities: EntityRecord[],
) {
  const goldName = new Map(goldEntities.map((e) => [e.id, e.name]));
  let found = 0,
    speakerOk = 0,
    stanceOk = 0;
  const missed: ClaimRecord[] = [];
  const wrongSpeaker: { gold: string; predicted: string; text: string }[] = [];
  for (const g of gold) {
    const p = pred.find((c) => c.evidence.doc === g.evidence.doc && overlap(c.evidence, g.evidence) >= 0.5);
    if (!p) {
      missed.push(g);
      continue;
    }
    found++;
    const ps = matching.get(p.speaker) ?? p.speaker;
    const same =
      ps === g.speaker || slug(ps) === slug(g.speaker) || slug(goldName.get(g.speaker) ?? '') === slug(p.speaker);
    if (same) speakerOk++;
    else wrongSpeaker.push({ gold: g.speaker, predicted: p.speaker, text: g.text.slice(0, 80) });
    if (p.stance === g.stance) stanceOk++;
  }
  const precisionFound = pred.filter((p) =>
    gold.some((g) => g.evidence.doc === p.evidence.doc && overlap(p.evidence, g.evidence) >= 0.5),
  ).length;
  return {
    recall: gold.length ? found / gold.length : 1,
    precision: pred.length ? precisionFound / pred.length : 1,
    speakerAccuracy: found ? speakerOk / found : 1,
    stanceAccuracy: found ? stanceOk / found : 1,
    gold: gold.length,
    predicted: pred.length,
    found,
    missed,
    wrongSpeaker,
  };
}

export function evaluate(pred: GraphExport, gold: GraphExport) {
  const isCommentator = (e: EntityRecord) => e.kind === 'commentator';
  // Commentators are scored on their own; entities that are both discussed and commentators count as typed entities.
  const typed = scoreEntities(
    pred.entities.filter((e) => !isCommentator(e)),
    gold.entities.filter((e) => !isCommentator(e)),
  );
  const commentators = scoreEntities(pred.entities.filter(isCommentator), gold.entities.filter(isCommentator));
  const matching = new Map([...typed.matching, ...commentators.matching]);
  // A commentator in one list may be a typed entity in the other: map by name for relations and claims.
  for (const p of pred.entities)
    if (!matching.has(p.id)) {
      const g = gold.entities.find((x) => x.id === p.id);
      if (g) matching.set(p.id, g.id);
    }
  return {
    typed,
    commentators,
    comments: scoreComments(pred.comments, gold.comments),
    relations: scoreRelations(pred.relations, gold.relations, matching),
    claims: scoreClaims(pred.claims, gold.claims, matching, gold.entities),
  };
}
