// The legend's Saved views section: name the view on screen and keep it in this browser, see the list, open one
// (its state comes back and Back returns to the view before) or delete it.
import { el } from './dom.js';
import { deleteView, saveView, savedViews, type SavedView } from '../state/saved.js';
import { readState, writeState } from '../state/url.js';
import type { Action, AppState } from '../state/store.js';

export function mountSavedViews(dispatch: (a: Action) => void, current: () => AppState): HTMLElement {
  const name = el('input', { type: 'text', id: 'saved-name', maxlength: '80', autocomplete: 'off' });
  const save = el('button', { type: 'submit' }, 'Save');
  const form = el(
    'form',
    { class: 'saved-form' },
    el('label', { for: 'saved-name', class: 'muted' }, 'Name this view'),
    el('span', { class: 'saved-row' }, name, save),
  );
  const list = el('ul', { id: 'saved-list' });
  const note = el('p', { class: 'muted', id: 'saved-note' });
  const section = el('section', { id: 'saved-views' }, el('h2', { class: 'muted' }, 'Saved views'), form, list, note);

  const draw = (views: SavedView[]) => {
    list.replaceChildren(
      ...views.map((v) => {
        const openIt = el('button', { type: 'button', class: 'link', 'data-open': v.name }, v.name);
        openIt.title = `Saved ${v.saved.slice(0, 16).replace('T', ' ')}`;
        openIt.addEventListener('click', () => {
          dispatch({ type: 'open', url: readState(v.url) });
        });
        const remove = el('button', { type: 'button', 'data-delete': v.name, 'aria-label': `Delete ${v.name}` }, '×');
        remove.addEventListener('click', () => {
          attempt(() => {
            draw(deleteView(localStorage, v.name));
            note.textContent = `Deleted “${v.name}”`;
          });
        });
        return el('li', {}, openIt, remove);
      }),
    );
    if (!views.length) list.append(el('li', { class: 'muted' }, 'None yet'));
  };
  // Local storage can be switched off or full; the explorer works on without it.
  const attempt = (f: () => void) => {
    try {
      f();
    } catch (e) {
      note.textContent = `Could not keep the view: ${(e as Error).message}`;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    attempt(() => {
      draw(saveView(localStorage, name.value, writeState(current())));
      note.textContent = `Saved “${name.value.trim()}”`;
      name.value = '';
    });
  });
  attempt(() => {
    draw(savedViews(localStorage));
  });
  return section;
}
