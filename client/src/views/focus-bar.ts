// The focus bar on the canvas: what the canvas is focused on (document, speaker, time window, neighbourhood),
// each with a button that lifts it, and how many entities the focus leaves.
import { el } from './dom.js';
import type { AppState, Store } from '../state/store.js';
import type { FocusResult } from '../graph/focus.js';

export function mountFocusBar(bar: HTMLElement, store: Store, nameOf: (id: string) => string) {
  const chips = el('span', { class: 'chips' });
  const note = el('span', { class: 'muted', id: 'focus-note' });
  bar.replaceChildren(chips, note);
  const chip = (kind: string, label: string, lift: () => void) => {
    const x = el('button', { type: 'button', class: 'lift', 'aria-label': `Lift the focus: ${label}` }, '×');
    x.addEventListener('click', lift);
    return el('span', { class: 'chip', 'data-focus': kind }, label, x);
  };
  const draw = (s: AppState) => {
    const list: HTMLElement[] = [];
    const focus = (f: Parameters<typeof store.dispatch>[0]) => () => {
      store.dispatch(f);
    };
    if (s.focusDoc) list.push(chip('document', `In ${s.focusDoc}`, focus({ type: 'focus', focusDoc: null })));
    if (s.speaker) list.push(chip('speaker', `Said by ${nameOf(s.speaker)}`, focus({ type: 'focus', speaker: null })));
    if (s.from || s.to) {
      const span = `${s.from ?? '…'} to ${s.to ?? '…'}`;
      list.push(chip('time', span, focus({ type: 'window', from: null, to: null })));
    }
    if (s.hops && s.entity)
      list.push(
        chip(
          'neighbourhood',
          `${s.hops} hop${s.hops === 1 ? '' : 's'} around ${nameOf(s.entity)}`,
          focus({ type: 'focus', hops: null }),
        ),
      );
    chips.replaceChildren(...list);
    bar.hidden = list.length === 0;
    if (!list.length) note.textContent = '';
  };
  store.subscribe((s) => {
    draw(s);
  });
  draw(store.get());
  return {
    /** The focus was computed: say how many entities it leaves on the canvas, or why it failed. */
    done: (f: FocusResult, shown: number) => {
      note.textContent = f.error ? `Focus failed: ${f.error}` : f.nodes ? ` ${shown} shown` : '';
      bar.dataset.shown = f.nodes ? String(shown) : '';
    },
  };
}
