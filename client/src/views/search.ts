// Search box with autocomplete over names and aliases; Enter or a click selects.
import { api, type SearchResult } from '../api/client.js';
import { el } from './dom.js';
import { takeTurn } from '../state/turns.js';

export function mountSearch(
  root: HTMLElement,
  onSelect: (id: string) => void,
  id = 'search',
  label = 'Search entities',
): void {
  const input = el('input', {
    type: 'search',
    id,
    placeholder: 'Search people, organisations, reviews…',
    'aria-label': label,
    autocomplete: 'off',
    role: 'combobox',
    'aria-controls': `${id}-results`,
    'aria-expanded': 'false',
  });
  const list = el('ul', { id: `${id}-results`, role: 'listbox', class: 'results' });
  root.append(input, list);
  let results: SearchResult[] = [];
  let active = 0;
  let timer: number | undefined;
  const render = () => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = el(
          'li',
          { role: 'option', id: `${id}-option-${i}`, 'aria-selected': String(i === active), 'data-id': r.id },
          r.name,
          el('span', { class: 'muted' }, ` ${r.type}${r.kind ? ` · ${r.kind}` : ''}`),
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    input.setAttribute('aria-expanded', String(results.length > 0));
    // Screen readers announce the option the arrow keys moved to while focus stays in the box.
    if (results[active]) input.setAttribute('aria-activedescendant', `${id}-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.name;
    results = [];
    render();
    onSelect(r.id);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      results = [];
      render();
      return;
    }
    timer = window.setTimeout(() => {
      // Typing on while an answer is on its way: only the answer for the latest text is shown.
      const { current, signal } = takeTurn(input);
      api.search(q, signal).then(
        (r) => {
          if (!current()) return;
          results = r.results;
          active = 0;
          render();
        },
        () => {
          if (!current()) return;
          results = [];
          render();
        },
      );
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      active = Math.min(results.length - 1, active + 1);
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      active = Math.max(0, active - 1);
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      choose(active);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      results = [];
      render();
    }
  });
}
