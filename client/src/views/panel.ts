// The side panel for one entity: who it is, its relations grouped by predicate with the words they come
// from, and the claims made by and about it, coloured by stance.
import {
  api,
  LIST_PAGE,
  speakerName,
  type ClaimItem,
  type EntityDetail,
  type Neighbours,
  type Page,
} from '../api/client.js';
import { quotes } from './edge-quotes.js';
import { el } from './dom.js';
import { claimCard } from './claim-card.js';
import { loadInPanel } from './panel-load.js';

export async function showEntity(
  panel: HTMLElement,
  id: string,
  onSelect: (id: string) => void,
  onDocument: (id: string) => void = () => {},
): Promise<void> {
  await loadInPanel(
    panel,
    id,
    (signal) =>
      Promise.all([
        api.entity(id, signal),
        api.neighbours(id, signal),
        api.claims(id, 'by', 0, signal),
        api.claims(id, 'about', 0, signal),
      ]),
    ([entity, neighbours, by, about]) => {
      panel.replaceChildren(
        header(entity),
        relations(entity, neighbours, onSelect),
        ...roster(entity, onSelect),
        claims('Claims made', by, (offset) => api.claims(id, 'by', offset)),
        claims('Claims about', about, (offset) => api.claims(id, 'about', offset)),
        documents(entity, onDocument),
      );
      delete panel.dataset.document;
      panel.dataset.entity = id;
    },
  );
}

function header(e: EntityDetail): HTMLElement {
  const expand = el('button', { type: 'button', id: 'expand' }, 'Expand neighbours');
  expand.addEventListener('click', () =>
    expand.dispatchEvent(new CustomEvent('expand', { detail: e.id, bubbles: true })),
  );
  // Focus the canvas: the entity's neighbourhood, or what it says (its claims' targets).
  const focus = (detail: object, label: string, attrs: Record<string, string>) => {
    const b = el('button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', () => b.dispatchEvent(new CustomEvent('focus-canvas', { detail, bubbles: true })));
    return b;
  };
  return el(
    'section',
    {},
    expand,
    ' ',
    focus({ hops: 1 }, '1 hop', { class: 'hops', 'data-hops': '1', title: 'Show only the neighbourhood, one hop' }),
    focus({ hops: 2 }, '2 hops', { class: 'hops', 'data-hops': '2', title: 'Show only the neighbourhood, two hops' }),
    focus({ speaker: e.id }, 'What they say', { id: 'focus-speaker', title: 'Show only this speaker and its targets' }),
    el('h2', { id: 'panel-title' }, e.name),
    el(
      'p',
      { class: 'muted' },
      `${e.type}${e.kind ? ` · ${e.kind}` : ''} · ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'}`,
    ),
    e.aliases.length ? el('p', {}, `Also: ${e.aliases.join(', ')}`) : null,
  );
}

function relations(e: EntityDetail, n: Neighbours, onSelect: (id: string) => void): HTMLElement {
  const name = new Map(n.nodes.map((x) => [x.id, speakerName(x)]));
  name.set(e.id, e.name);
  const groups = new Map<string, typeof n.edges>();
  // Only this entity's own edges: the neighbourhood also holds edges between its neighbours.
  for (const edge of n.edges.filter((x) => x.source === e.id || x.target === e.id))
    (groups.get(edge.type) ?? groups.set(edge.type, []).get(edge.type)!).push(edge);
  const section = el('section', { class: 'relations' }, el('h3', {}, 'Relations'));
  if (groups.size === 0) section.append(el('p', { class: 'muted' }, 'No relations found.'));
  for (const [type, edges] of groups) {
    section.append(el('h4', {}, type));
    const ul = el('ul', {});
    for (const edge of edges) {
      const other = edge.source === e.id ? edge.target : edge.source;
      const link = el('button', { type: 'button', class: 'link' }, name.get(other) ?? other);
      link.addEventListener('click', () => {
        onSelect(other);
      });
      const arrow = edge.source === e.id ? '→ ' : '← ';
      const li = el('li', {}, arrow, link, edge.qualifier ? ` (${edge.qualifier})` : '');
      li.append(...quotes(edge));
      ul.append(li);
    }
    section.append(ul);
  }
  if (n.more) section.append(el('p', { class: 'muted' }, `and ${n.more} more`));
  return section;
}

/** A page of claims with "n of N", and a button that appends the next page until all are shown. */
function claims(
  title: string,
  first: Page<ClaimItem>,
  next: (offset: number) => Promise<Page<ClaimItem>>,
): HTMLElement {
  return paged(title, 'claims', first, (c) => claimCard(c, c.document.title), next);
}

type Role = EntityDetail['roles'][number];
type Member = EntityDetail['members'][number];

/** Where the entity works or what it leads, and who works for or leads it: paged, a hub has thousands. */
function roster(e: EntityDetail, onSelect: (id: string) => void): HTMLElement[] {
  const row = (who: { id: string; name: string }, r: { predicate: string; qualifier: string | null }) => {
    const link = el('button', { type: 'button', class: 'link' }, who.name);
    link.addEventListener('click', () => {
      onSelect(who.id);
    });
    return el('li', {}, link, ` ${r.predicate}${r.qualifier ? ` (${r.qualifier})` : ''}`);
  };
  const page = <T>(items: T[], total: number) => ({ items, total, limit: LIST_PAGE, offset: 0 });
  const sections: HTMLElement[] = [];
  if (e.roleCount)
    sections.push(
      paged(
        'Roles',
        'roles',
        page(e.roles, e.roleCount),
        (r: Role) => row(r.organisation, r),
        async (offset) => {
          const d = await api.entityList(e.id, 'roles', offset);
          return { ...page(d.roles, d.roleCount), offset };
        },
      ),
    );
  if (e.memberCount)
    sections.push(
      paged(
        'Members',
        'members',
        page(e.members, e.memberCount),
        (m: Member) => row(m.person, m),
        async (offset) => {
          const d = await api.entityList(e.id, 'members', offset);
          return { ...page(d.members, d.memberCount), offset };
        },
      ),
    );
  return sections;
}

/** A titled list with "n of N", and a button that appends the next page until all are shown. */
function paged<T>(
  title: string,
  kind: string,
  first: Page<T>,
  render: (item: T) => HTMLElement,
  next: (offset: number) => Promise<Page<T>>,
): HTMLElement {
  const heading = el('h3', {}, '');
  const list = el(kind === 'claims' ? 'div' : 'ul', {});
  const more = el('button', { type: 'button', class: 'more' }, 'Show more');
  const section = el('section', { class: kind }, heading, list, more);
  let shown = 0;
  const add = (page: Page<T>) => {
    list.append(...page.items.map(render));
    shown += page.items.length;
    heading.textContent = `${title} (${shown < page.total ? `${shown} of ${page.total}` : page.total})`;
    more.hidden = shown >= page.total || page.items.length === 0;
  };
  more.addEventListener('click', () => {
    more.disabled = true;
    next(shown).then(
      (page) => {
        more.disabled = false;
        add(page);
      },
      (e: unknown) => {
        more.disabled = false;
        more.textContent = `Show more (failed: ${(e as Error).message})`;
      },
    );
  });
  add(first);
  return section;
}

function documents(e: EntityDetail, onDocument: (id: string) => void): HTMLElement {
  return el(
    'section',
    {},
    el('h3', {}, 'Documents'),
    el(
      'ul',
      {},
      ...e.documents.map((d) => {
        const link = el('button', { type: 'button', class: 'link doc-link', 'data-doc': d.id }, d.title);
        link.addEventListener('click', () => {
          onDocument(d.id);
        });
        return el('li', {}, link, ` (${d.mentions})`);
      }),
    ),
  );
}
