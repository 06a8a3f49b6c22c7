// View state kept in the URL, so a link reproduces the view: the selected entity and hidden types.
export interface ViewState { entity: string | null; hidden: string[]; doc?: string | null }

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const doc = p.get('doc');
  return { entity: p.get('entity'), hidden: (p.get('hide') ?? '').split(',').filter(Boolean), ...(doc ? { doc } : {}) };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.doc) p.set('doc', s.doc);
  if (s.hidden.length) p.set('hide', [...s.hidden].sort().join(','));
  const q = p.toString();
  return q ? `?${q}` : '';
}
