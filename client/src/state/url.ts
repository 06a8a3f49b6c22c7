// View state kept in the URL, so a link reproduces the view: the selected entity and hidden types.
import { readInvestigation, writeInvestigation, type InvestigationState } from './investigation.js';

export type View = 'entity' | 'path' | 'claims' | 'cypher' | 'contested';
/** Node colour: by entity type (the default) or by community. */
export type ColourBy = 'type' | 'community';
/** Node size: degree + mentions (the default), one of them, or a centrality. */
export type SizeBy = 'both' | 'degree' | 'mentions' | 'pagerank' | 'betweenness';
const COLOURS: ColourBy[] = ['type', 'community'];
const SIZES: SizeBy[] = ['both', 'degree', 'mentions', 'pagerank', 'betweenness'];
export interface ViewState extends InvestigationState {
  entity: string | null;
  hidden: string[];
  doc?: string | null;
  view?: View;
  query?: string;
  preds?: string[];
  /** Unconnected entities drawn on the canvas too. */
  isolated?: boolean;
  colour?: ColourBy;
  size?: SizeBy;
  /** The reply network between commenters drawn as a layer. */
  replies?: boolean;
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
    ...structureOptions(p),
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
  if (s.colour && s.colour !== 'type') p.set('colour', s.colour);
  if (s.size && s.size !== 'both') p.set('size', s.size);
  if (s.replies) p.set('replies', '1');
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Colour, size and the reply layer, each only when the URL names a known value. */
function structureOptions(p: URLSearchParams): Pick<ViewState, 'colour' | 'size' | 'replies'> {
  const colour = COLOURS.find((c) => c === p.get('colour'));
  const size = SIZES.find((c) => c === p.get('size'));
  return {
    ...(colour && colour !== 'type' ? { colour } : {}),
    ...(size && size !== 'both' ? { size } : {}),
    ...(p.get('replies') === '1' ? { replies: true } : {}),
  };
}
