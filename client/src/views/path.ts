// Path view: pick two entities, see the shortest paths between them with every edge's words.
import { el } from './dom.js';
import { mountSearch } from './search.js';
import { errorText, NEIGHBOUR_EVIDENCE, request } from '../api/client.js';
import type { PathResponse } from '@claimgraph/schema/api';
import { quotes } from './edge-quotes.js';

export function showPath(panel: HTMLElement, from: string | null, onSelect: (id: string) => void): void {
  let a = from;
  let b: string | null = null;
  const out = el('div', { id: 'path-result' });
  const fromBox = el('div', { class: 'search' });
  const toBox = el('div', { class: 'search' });
  panel.replaceChildren(
    el('h2', { id: 'panel-title' }, 'Path between two entities'),
    el('p', { class: 'muted' }, 'From'),
    fromBox,
    el('p', { class: 'muted' }, 'To'),
    toBox,
    out,
  );
  panel.dataset.view = 'path';
  const run = async () => {
    if (!a || !b) return;
    out.replaceChildren(el('p', { class: 'muted' }, 'Finding paths…'));
    let r: PathResponse;
    const ends = `from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}`;
    try {
      r = await request<PathResponse>(`/api/path?${ends}&maxHops=4&evidence=${NEIGHBOUR_EVIDENCE}`);
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(e)));
      return;
    }
    if (!r.paths.length) {
      out.replaceChildren(el('p', {}, 'No path within 4 steps.'));
      return;
    }
    out.replaceChildren(
      ...r.paths.slice(0, 5).map((p) => {
        const ol = el('ol', { class: 'path' });
        p.nodes.forEach((n, i) => {
          const link = el('button', { type: 'button', class: 'link' }, n.name);
          link.addEventListener('click', () => {
            onSelect(n.id);
          });
          const li = el('li', {}, link);
          const edge = p.edges[i];
          if (edge) {
            // Paths run either way along an edge: say which way the relation points.
            const forward = edge.source === n.id;
            li.append(
              el(
                'p',
                { class: 'muted' },
                forward
                  ? `${edge.type}${edge.qualifier ? ` (${edge.qualifier})` : ''} ↓`
                  : `↑ ${edge.type}${edge.qualifier ? ` (${edge.qualifier})` : ''} (from the next)`,
              ),
            );
            li.append(...quotes(edge));
          }
          ol.append(li);
        });
        return ol;
      }),
    );
  };
  mountSearch(
    fromBox,
    (id) => {
      a = id;
      void run();
    },
    'path-from',
    'Path from',
  );
  mountSearch(
    toBox,
    (id) => {
      b = id;
      void run();
    },
    'path-to',
    'Path to',
  );
  if (a) (fromBox.querySelector('input') as HTMLInputElement).value = a;
}
