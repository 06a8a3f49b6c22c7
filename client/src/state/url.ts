// View state kept in the URL, so a link reproduces the view: the selected entity and hidden types.
export interface ViewState { entity: string | null; hidden: string[] }

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  return { entity: p.get('entity'), hidden: (p.get('hide') ?? '').split(',').filter(Boolean) };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.hidden.length) p.set('hide', [...s.hidden].sort().join(','));
  const q = p.toString();
  return q ? `?${q}` : '';
}
