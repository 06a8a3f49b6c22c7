// The state's URL part in the browser history: pushed for a new selection, view or document, replaced for a
// filter, left alone for Back and Forward (the URL already says it) and when nothing in it changed.
import { writeState } from './url.js';
import type { AppState } from './store.js';

export function writeHistory(s: AppState, entry: 'push' | 'replace' | 'none'): void {
  if (entry === 'none') return;
  const url = `${location.pathname}${writeState(s)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (entry === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
