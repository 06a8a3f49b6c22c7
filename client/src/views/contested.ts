// Contested view: targets that different speakers judge with opposite stances, most contested first, with each
// side's claims side by side. A click on a target selects it on the canvas.
import { errorText, speakerName } from '../api/client.js';
import { investigation, type ClaimBrief, type ContestedTarget } from '../api/investigation.js';
import { el } from './dom.js';
import { takeTurn } from '../state/turns.js';

export async function showContested(panel: HTMLElement, onSelect: (id: string) => void): Promise<void> {
  const { current, signal } = takeTurn(panel);
  panel.hidden = false;
  panel.dataset.view = 'contested';
  const list = el('ol', { class: 'contested', id: 'contested-list' });
  const count = el('p', { class: 'muted', id: 'contested-count' }, 'Loading…');
  const more = el('button', { type: 'button', class: 'more', id: 'contested-more', hidden: '' }, 'Show more');
  panel.replaceChildren(
    el('h2', { id: 'panel-title' }, 'Contested'),
    el('p', { class: 'muted' }, 'Targets that some speakers criticise and others support, the most contested first.'),
    count,
    list,
    more,
  );
  let shown = 0;
  const load = async (first: boolean) => {
    try {
      const page = await investigation.contested(shown, first ? signal : undefined);
      if (!current()) return;
      list.append(...page.items.map((t) => targetCard(t, onSelect)));
      shown += page.items.length;
      count.textContent = page.total ? `${shown} of ${page.total} contested targets` : 'Nothing is contested.';
      more.hidden = shown >= page.total || page.items.length === 0;
    } catch (e) {
      if (current()) count.replaceChildren(el('span', { class: 'error', role: 'alert' }, errorText(e)));
    }
  };
  more.addEventListener('click', () => void load(false));
  await load(true);
}

/** Claims shown per side at first, so the ranking stays scannable. */
const SHOWN = 3;

function targetCard(t: ContestedTarget, onSelect: (id: string) => void): HTMLElement {
  const name = el('button', { type: 'button', class: 'link target', 'data-id': t.target.id }, t.target.name);
  name.addEventListener('click', () => {
    onSelect(t.target.id);
  });
  const card = (c: ClaimBrief) =>
    el(
      'div',
      { class: `claim ${c.stance}` },
      el('blockquote', { class: 'evidence' }, c.evidence.quote),
      el('p', { class: 'muted' }, c.speaker ? speakerName(c.speaker) : 'unknown speaker'),
    );
  const side = (title: string, stance: string, claims: ClaimBrief[], speakers: number) => {
    const box = el(
      'div',
      { class: `side ${stance}` },
      el('h4', {}, `${title} (${speakers} speaker${speakers === 1 ? '' : 's'})`),
      ...claims.slice(0, SHOWN).map(card),
    );
    if (claims.length > SHOWN) {
      // Never a silent cut: the rest of this side on request.
      const rest = el('button', { type: 'button', class: 'link more' }, `${SHOWN} of ${claims.length}: show all`);
      rest.addEventListener('click', () => {
        rest.replaceWith(...claims.slice(SHOWN).map(card));
      });
      box.append(rest);
    }
    return box;
  };
  return el(
    'li',
    { class: 'contested-target', 'data-target': t.target.id },
    el('h3', {}, name, el('span', { class: 'muted' }, ` · ${t.target.type} · ${t.speakers} speakers`)),
    el(
      'div',
      { class: 'sides' },
      side('Critical', 'critical', t.criticalClaims, t.critical),
      side('Supportive', 'supportive', t.supportiveClaims, t.supportive),
    ),
  );
}
