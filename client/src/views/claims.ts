// Claims view: every claim, filterable by stance and by speaker or target name, with its words.
import { el } from './dom.js';
import { api, errorText, speakerName, type ClaimItem } from '../api/client.js';
import { takeTurn } from '../state/turns.js';

export function showClaims(
  panel: HTMLElement,
  onSelect: (id: string) => void,
  onStanceNetwork: () => void = () => {},
): void {
  const stance = el(
    'select',
    { id: 'claims-stance', 'aria-label': 'Stance' },
    el('option', { value: '' }, 'any stance'),
    el('option', { value: 'critical' }, 'critical'),
    el('option', { value: 'supportive' }, 'supportive'),
    el('option', { value: 'neutral' }, 'neutral'),
  );
  const filter = el('input', {
    type: 'search',
    id: 'claims-filter',
    placeholder: 'Filter by speaker or target',
    'aria-label': 'Filter claims by speaker or target',
  });
  const list = el('div', { id: 'claims-list' });
  const network = el('button', { type: 'button', id: 'stance-network' }, 'Show the stance network');
  network.addEventListener('click', onStanceNetwork);
  panel.replaceChildren(
    el('h2', { id: 'panel-title' }, 'Claims'),
    el('p', {}, network),
    el('p', {}, stance, ' ', filter),
    list,
  );
  panel.dataset.view = 'claims';
  let items: ClaimItem[] = [];
  let total = 0;
  const more = el('button', { type: 'button', id: 'claims-more', class: 'more' }, 'Show more');
  const render = () => {
    const f = filter.value.trim().toLowerCase();
    const shown = items.filter(
      (c) =>
        !f || speakerName(c.speaker).toLowerCase().includes(f) || c.about.some((a) => a.name.toLowerCase().includes(f)),
    );
    // Never a silent cut: how many are listed, of how many there are.
    const count =
      items.length < total
        ? `${shown.length} of ${total} claims${f ? ` (filtering the ${items.length} loaded)` : ''}`
        : `${shown.length} of ${total} claims`;
    more.hidden = items.length >= total;
    list.replaceChildren(
      el('p', { class: 'muted', id: 'claims-count' }, count),
      ...shown.map((c) => {
        const who = el('button', { type: 'button', class: 'link' }, speakerName(c.speaker));
        who.addEventListener('click', () => {
          onSelect(c.speaker.id);
        });
        return el(
          'div',
          { class: `claim ${c.stance}` },
          el('blockquote', { class: 'evidence' }, c.evidence.quote),
          el('p', { class: 'muted' }, `${c.stance} · `, who, ` about ${c.about.map((a) => a.name).join(', ')}`),
        );
      }),
      more,
    );
  };
  /** The first page for the chosen stance, or the next page appended. */
  const load = async (append: boolean) => {
    const { current, signal } = takeTurn(list);
    try {
      const page = await api.allClaims(stance.value, append ? items.length : 0, signal);
      if (!current()) return;
      items = append ? [...items, ...page.items] : page.items;
      total = page.total;
    } catch (e) {
      if (!current()) return;
      list.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(e)));
      return;
    }
    render();
  };
  more.addEventListener('click', () => void load(true));
  stance.addEventListener('change', () => void load(false));
  filter.addEventListener('input', render);
  void load(false);
}
