// Claims view: every claim, filterable by stance and by speaker or target name, with its words.
import { el } from './dom.js';
import { errorText, request, speakerName, type ClaimItem } from '../api/client.js';

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
  const render = () => {
    const f = filter.value.trim().toLowerCase();
    const shown = items.filter(
      (c) =>
        !f || speakerName(c.speaker).toLowerCase().includes(f) || c.about.some((a) => a.name.toLowerCase().includes(f)),
    );
    list.replaceChildren(
      el('p', { class: 'muted' }, `${shown.length} claims`),
      ...shown.slice(0, 100).map((c) => {
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
    );
  };
  const load = async () => {
    try {
      const body = await request<{ items: ClaimItem[] }>(
        `/api/claims?limit=200${stance.value ? `&stance=${stance.value}` : ''}`,
      );
      items = body.items;
    } catch (e) {
      list.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(e)));
      return;
    }
    render();
  };
  stance.addEventListener('change', () => void load());
  filter.addEventListener('input', render);
  void load();
}
