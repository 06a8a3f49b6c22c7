// The side panel's load cycle, shared by the entity and document views: "Loading…", the fetch under a turn
// of the panel (state/turns.ts), then the drawing, unless a later request has taken the panel since.
import { el } from './dom.js';
import { takeTurn } from '../state/turns.js';

/** Loads into `panel` and hands the answer to `draw`; a failure is shown in the panel, naming `id`. */
export async function loadInPanel<T>(
  panel: HTMLElement,
  id: string,
  load: (signal: AbortSignal) => Promise<T>,
  draw: (answer: T) => void,
): Promise<void> {
  const { current, signal } = takeTurn(panel);
  panel.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  panel.hidden = false;
  try {
    const answer = await load(signal);
    if (!current()) return;
    draw(answer);
  } catch (e) {
    if (!current()) return;
    panel.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not load ${id}: ${(e as Error).message}`));
  }
}
