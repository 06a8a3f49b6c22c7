// Saved views: a name for the state the URL carries, kept in the browser's local storage. Saving under a name
// that exists replaces that view; the newest comes first.
export interface SavedView {
  name: string;
  /** The view's query string, as writeState gives it ('' is the overview). */
  url: string;
  saved: string;
}

export const SAVED_KEY = 'claimgraph.savedViews';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const isSaved = (v: unknown): v is SavedView =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as SavedView).name === 'string' &&
  typeof (v as SavedView).url === 'string' &&
  typeof (v as SavedView).saved === 'string';

/** The saved views; what another version wrote in a shape this one does not know is left out. */
export function savedViews(storage: Store): SavedView[] {
  try {
    const list: unknown = JSON.parse(storage.getItem(SAVED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter(isSaved) : [];
  } catch {
    return [];
  }
}

export function saveView(storage: Store, name: string, url: string, now = new Date()): SavedView[] {
  const clean = name.trim();
  if (!clean) throw new Error('A saved view needs a name');
  const list = [{ name: clean, url, saved: now.toISOString() }, ...savedViews(storage).filter((v) => v.name !== clean)];
  storage.setItem(SAVED_KEY, JSON.stringify(list));
  return list;
}

export function deleteView(storage: Store, name: string): SavedView[] {
  const list = savedViews(storage).filter((v) => v.name !== name);
  storage.setItem(SAVED_KEY, JSON.stringify(list));
  return list;
}
