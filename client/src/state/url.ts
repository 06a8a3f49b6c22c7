// View state kept in the URL, so a link reproduces the view: the selected entity and hidden types.
import { readInvestigation, writeInvestigation, type InvestigationState } from './investigation.js';

export type View = 'entity' | 'path' | 'claims' | 'cypher' | 'contested';
export interface ViewState extends InvestigationState {
  entity: string | null;
  hidden: string[];
  doc?: string | null;
  view?: View;
  query?: string;
  preds?: string[];
  /** Unconnected entities drawn on the canvas too. */
  isolated?: boolean;
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const doc = p.get('doc');
  const view = p.get('view') as View | null;
  const query = p.get('q');
  const preds = p.get('preds');
  return {
    entity: p.get('entity'),
    hidden: (p.get('hide') ?? '').split(',').filter(Boolean),
    ...(doc ? { doc } : {}),
    ...(view ? { view } : {}),
    ...(query ? { query } : {}),
    ...(preds !== null ? { preds: preds.split(',').filter(Boolean) } : {}),
    ...(p.get('isolated') === '1' ? { isolated: true } : {}),
    ...readInvestigation(p),
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.doc) p.set('doc', s.doc);
  if (s.view && s.view !== 'entity') p.set('view', s.view);
  if (s.query && s.view === 'cypher') p.set('q', s.query);
  if (s.preds) p.set('preds', [...s.preds].sort().join(','));
  if (s.hidden.length) p.set('hide', [...s.hidden].sort().join(','));
  if (s.isolated) p.set('isolated', '1');
  writeInvestigation(s, p);
  const q = p.toString();
  return q ? `?${q}` : '';
}
