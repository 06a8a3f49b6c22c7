// What stands behind an edge: the claims of a stance edge (speaker, stance, quote, "n of N" with the rest on
// request), or a fact edge's evidence. Each quote opens its document at its words. A claim whose stance is
// wrong can be flagged with the API token, which is asked once and kept in sessionStorage, never in a URL.
import { errorText, speakerName, ApiError, type Evidence } from '../api/client.js';
import { investigation, type ClaimBrief, type EdgeClaims } from '../api/investigation.js';
import { el } from './dom.js';
import { takeTurn } from '../state/turns.js';

export interface EdgeClaimsDeps {
  select: (id: string) => void;
  openQuote: (ev: Evidence) => void;
  nameOf: (id: string) => string;
  /** The edge's claim count changed (a flag was set or lifted): the canvas redraws its thickness. */
  counted: (edge: string, count: number) => void;
}

const TOKEN_KEY = 'claimgraph:api-token';
const storedToken = () => sessionStorage.getItem(TOKEN_KEY);

/** The edge key's parts: subject|predicate|object (ids hold no "|"). */
export function parseEdgeKey(key: string): { source: string; type: string; target: string } | null {
  const [source, type, target] = key.split('|');
  return source && type && target ? { source, type, target } : null;
}

export async function showEdgeClaims(panel: HTMLElement, key: string, deps: EdgeClaimsDeps): Promise<void> {
  const edge = parseEdgeKey(key);
  const { current, signal } = takeTurn(panel);
  panel.hidden = false;
  panel.dataset.edge = key;
  if (!edge) {
    panel.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Not an edge: ${key}`));
    return;
  }
  panel.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  let first: EdgeClaims;
  try {
    first = await investigation.edgeClaims(edge, 0, signal);
  } catch (e) {
    if (current()) panel.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(e)));
    return;
  }
  if (!current()) return;
  const link = (id: string) => {
    const b = el('button', { type: 'button', class: 'link' }, deps.nameOf(id));
    b.addEventListener('click', () => {
      deps.select(id);
    });
    return b;
  };
  const count = el('p', { class: 'muted', id: 'edge-count' }, '');
  const list = el('div', { id: 'edge-claims' });
  const more = el('button', { type: 'button', class: 'more', id: 'edge-more' }, 'Show more');
  let shown = 0;
  let quotes = 0;
  let next = 0;
  let total = first.total;
  const flaggedCount = () => list.querySelectorAll('.claim.flagged').length;
  const recount = () => {
    count.textContent = first.evidenceTotal
      ? quoteCount(quotes, first.evidenceTotal)
      : countText(shown - list.querySelectorAll('.claim.flagged').length, total, flaggedCount());
    more.hidden = shown >= total && quotes >= first.evidenceTotal;
  };
  // Claims and a fact edge's spans are paged alike: each page asks for the next offset of both.
  const add = (page: EdgeClaims) => {
    list.append(...page.evidence.map((ev) => evidenceCard(ev, deps)));
    list.append(...page.items.map((c) => claimCard(c, key, deps, onFlag)));
    quotes += page.evidence.length;
    shown += page.items.length;
    next = page.offset + page.limit;
    recount();
  };
  /** After a flag: the claim stays listed as flagged; the total is the server's, flagged claims left out. */
  const onFlag = async () => {
    const page = await investigation.edgeClaims(edge, 0).catch(() => null);
    if (!page) return;
    total = page.total;
    recount();
    deps.counted(key, total);
  };
  more.addEventListener('click', () => {
    more.disabled = true;
    investigation.edgeClaims(edge, next).then(
      (page) => {
        more.disabled = false;
        add(page);
      },
      (e: unknown) => {
        more.disabled = false;
        more.textContent = `Show more (failed: ${errorText(e)})`;
      },
    );
  });
  panel.replaceChildren(
    el('h2', { id: 'panel-title', class: 'edge-title' }, link(edge.source), ` ${edge.type} `, link(edge.target)),
    el(
      'p',
      { class: 'muted' },
      first.evidenceTotal
        ? 'A fact, with the words it was read from.'
        : 'A stance edge: the sum of these claims. Thicker edges carry more claims.',
    ),
    count,
    list,
    more,
  );
  add(first);
}

/** "N quotes" when all are listed, "n of N quotes" while more are to come. */
export const quoteCount = (listed: number, total: number): string =>
  `${listed < total ? `${listed} of ` : ''}${total} quote${total === 1 ? '' : 's'}`;

/** "n of N claims", N being those the edge counts; flagged claims stay listed but are counted apart. */
export const countText = (listed: number, total: number, flagged: number): string => {
  const apart = flagged ? ` · ${flagged} flagged, left out of the edge` : '';
  return `${listed} of ${total} claim${total === 1 ? '' : 's'}${apart}`;
};

function openButton(ev: Evidence, deps: EdgeClaimsDeps): HTMLElement {
  const open = el('button', { type: 'button', class: 'link open-quote' }, 'Open in document');
  open.addEventListener('click', () => {
    deps.openQuote(ev);
  });
  return open;
}

function evidenceCard(ev: Evidence, deps: EdgeClaimsDeps): HTMLElement {
  return el('div', { class: 'claim' }, el('blockquote', { class: 'evidence' }, ev.quote), openButton(ev, deps));
}

function claimCard(c: ClaimBrief, key: string, deps: EdgeClaimsDeps, flagged: () => Promise<void>): HTMLElement {
  const card = el('div', { class: `claim ${c.stance}`, 'data-claim': c.id });
  const who = c.speaker ? el('button', { type: 'button', class: 'link' }, speakerName(c.speaker)) : 'unknown';
  if (c.speaker && typeof who !== 'string') {
    const id = c.speaker.id;
    who.addEventListener('click', () => {
      deps.select(id);
    });
  }
  const state = el('span', { class: 'flag-state' }, '');
  const mark = el('button', { type: 'button', class: 'link flag' }, '');
  const show = (isFlagged: boolean) => {
    card.classList.toggle('flagged', isFlagged);
    state.textContent = isFlagged ? ' · flagged: stance marked wrong, left out of this edge' : '';
    mark.textContent = isFlagged ? 'Remove flag' : 'Mark stance wrong';
  };
  show(c.flagged);
  mark.addEventListener('click', () => {
    if (card.classList.contains('flagged')) {
      void send(card, () => investigation.unflag(c.id, storedToken() ?? ''), show, flagged);
      return;
    }
    card.querySelector('form')?.remove();
    card.append(flagForm(card, c, show, flagged));
  });
  card.append(
    el('blockquote', { class: 'evidence' }, c.evidence.quote),
    el('p', { class: 'muted' }, `${c.stance} · said by `, who, state),
    el('p', { class: 'claim-actions' }, openButton(c.evidence, deps), ' · ', mark),
  );
  card.dataset.edge = key;
  return card;
}

/** The reason, and the token the first time (kept for this tab's session only). */
function flagForm(
  card: HTMLElement,
  c: ClaimBrief,
  show: (f: boolean) => void,
  flagged: () => Promise<void>,
): HTMLFormElement {
  const reason = el('input', {
    type: 'text',
    class: 'flag-reason',
    required: '',
    maxlength: '1000',
    'aria-label': 'Why the stance is wrong',
    placeholder: 'Why the stance is wrong',
  });
  const token = el('input', {
    type: 'password',
    class: 'flag-token',
    autocomplete: 'off',
    'aria-label': 'API token',
    placeholder: 'API token (asked once per session)',
  });
  const form = el('form', { class: 'flag-form' }, reason, token, el('button', {}, 'Flag'));
  token.hidden = Boolean(storedToken());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (token.value.trim()) sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    token.value = '';
    void send(card, () => investigation.flag(c.id, reason.value, storedToken() ?? ''), show, flagged).then((ok) => {
      if (ok) form.remove();
      else token.hidden = Boolean(storedToken());
    });
  });
  queueMicrotask(() => {
    reason.focus();
  });
  return form;
}

async function send(
  card: HTMLElement,
  call: () => Promise<ClaimBrief>,
  show: (f: boolean) => void,
  flagged: () => Promise<void>,
): Promise<boolean> {
  card.querySelector('.flag-error')?.remove();
  try {
    const claim = await call();
    show(claim.flagged);
    await flagged();
    return true;
  } catch (e) {
    // A refused token is forgotten, so the next attempt asks again.
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) sessionStorage.removeItem(TOKEN_KEY);
    card.append(el('p', { class: 'error flag-error', role: 'alert' }, errorText(e)));
    return false;
  }
}
