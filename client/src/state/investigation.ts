// The investigation's part of the state: a selected edge, a quote to show in its document, and what the canvas
// is focused on (a document, a speaker, a time window, the neighbourhood of the selected entity). Pure actions,
// kept apart from the store's own so the explorer's other state can grow without touching them.

export interface InvestigationState {
  /** A selected edge, by its key (subject|predicate|object). */
  edge?: string | null;
  /** The words to scroll to and highlight in the open document, as "start-end" character offsets. */
  at?: string | null;
  /** Focus: only what is mentioned in, or comments on, this document. */
  focusDoc?: string | null;
  /** Focus: only this speaker and what its claims are about. */
  speaker?: string | null;
  /** Focus: a time window, inclusive ISO dates (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
  /** Focus: the selected entity's neighbourhood, one or two hops. */
  hops?: 1 | 2 | null;
}

export type InvestigationAction =
  | { type: 'edge'; id: string }
  | { type: 'quote'; doc: string; start: number; end: number }
  | { type: 'focus'; focusDoc?: string | null; speaker?: string | null; hops?: 1 | 2 | null }
  | { type: 'window'; from: string | null; to: string | null };

const TYPES = new Set(['edge', 'quote', 'focus', 'window']);
export const isInvestigationAction = (a: { type: string }): a is InvestigationAction => TYPES.has(a.type);

type S = InvestigationState & { entity: string | null; doc?: string | null; view?: string; hovered: unknown };

export function reduceInvestigation<T extends S>(s: T, a: InvestigationAction): T {
  switch (a.type) {
    case 'edge':
      // An edge selection takes the place of a node selection, as a click on a node would.
      return { ...s, edge: a.id, entity: null, doc: null, at: null, hops: null, view: 'entity', hovered: null };
    case 'quote':
      return { ...s, doc: a.doc, at: `${a.start}-${a.end}`, view: 'entity', hovered: null };
    case 'focus': {
      const next = { ...s };
      if (a.focusDoc !== undefined) next.focusDoc = a.focusDoc;
      if (a.speaker !== undefined) next.speaker = a.speaker;
      if (a.hops !== undefined) next.hops = a.hops;
      return next;
    }
    case 'window':
      return { ...s, from: a.from, to: a.to };
  }
}

/**
 * What the store's own actions do to this part: a new selection, document or view leaves the selected edge and
 * the highlighted quote behind; a new entity (or none) ends the neighbourhood of the previous one.
 */
export function afterBaseAction<T extends S>(prev: T, next: T, type: string): T {
  if (!['select', 'document', 'view', 'deselect'].includes(type)) return next;
  const out = { ...next, edge: null, at: null };
  if (next.entity !== prev.entity) out.hops = null;
  return out;
}

/** A selected edge or quote is a history entry of its own; a focus too; moving the time window replaces. */
export const investigationEntry = (a: InvestigationAction): 'push' | 'replace' =>
  a.type === 'window' ? 'replace' : 'push';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readInvestigation(p: URLSearchParams): InvestigationState {
  const out: InvestigationState = {};
  const edge = p.get('edge');
  const at = p.get('at');
  const fdoc = p.get('in');
  const speaker = p.get('speaker');
  const from = p.get('from');
  const to = p.get('to');
  const hops = p.get('hops');
  if (edge) out.edge = edge;
  if (at && /^\d+-\d+$/.test(at)) out.at = at;
  if (fdoc) out.focusDoc = fdoc;
  if (speaker) out.speaker = speaker;
  if (from && DATE.test(from)) out.from = from;
  if (to && DATE.test(to)) out.to = to;
  if (hops === '1' || hops === '2') out.hops = Number(hops) as 1 | 2;
  return out;
}

export function writeInvestigation(s: InvestigationState & { doc?: string | null }, p: URLSearchParams): void {
  if (s.edge) p.set('edge', s.edge);
  if (s.at && s.doc) p.set('at', s.at);
  if (s.focusDoc) p.set('in', s.focusDoc);
  if (s.speaker) p.set('speaker', s.speaker);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.hops) p.set('hops', String(s.hops));
}

/** The canvas focus as one string: equal keys need no new focus set. */
export const focusKey = (s: InvestigationState & { entity: string | null }): string =>
  JSON.stringify([s.focusDoc, s.speaker, s.from, s.to, s.hops ? [s.entity, s.hops] : null]);

/** The "start-end" offsets of a highlighted quote. */
export function quoteRange(at: string | null | undefined): { start: number; end: number } | null {
  const m = at ? /^(\d+)-(\d+)$/.exec(at) : null;
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}
