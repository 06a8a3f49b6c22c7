// The legend's Structure section: colour by type or community, size by degree, mentions or a centrality, the
// reply network as a layer, and a key to the community colours. Structure comes from the cache (computed in a
// worker once per graph); options only repaint.
import type Graph from 'graphology';
import { el } from './dom.js';
import { errorText } from '../api/client.js';
import type { Store, AppState } from '../state/store.js';
import type { ColourBy, SizeBy } from '../state/url.js';
import type { StructureCache } from '../graph/structure-cache.js';
import type { Structure } from '../graph/structure.js';
import { applyAppearance, COMMUNITY_COLOURS, communityColour } from '../graph/appearance.js';
import { addReplies, fetchReplies, removeReplies } from '../graph/replies.js';

export interface StructureDeps {
  graph: Graph;
  store: Store;
  cache: StructureCache;
  /** The graph gained or lost nodes or edges: filters, legend and counts are worked out again. */
  graphChanged: () => void;
  /** Colours or sizes changed: draw again. */
  repaint: () => void;
}

const option = (value: string, text: string) => el('option', { value }, text);
const needsStructure = (s: AppState) => s.colour === 'community' || s.size === 'pagerank' || s.size === 'betweenness';

export function mountStructure(d: StructureDeps) {
  const colour = el('select', { id: 'colour-by' }, option('type', 'entity type'), option('community', 'community'));
  const size = el(
    'select',
    { id: 'size-by' },
    option('both', 'degree + mentions'),
    option('degree', 'degree'),
    option('mentions', 'mentions'),
    option('pagerank', 'PageRank'),
    option('betweenness', 'betweenness'),
  );
  const replies = el('input', { type: 'checkbox', id: 'show-replies' });
  const note = el('p', { class: 'muted', id: 'structure-note' });
  const key = el('ul', { id: 'community-legend', 'aria-label': 'Community colours' });
  const section = el(
    'section',
    { id: 'structure' },
    el('h2', { class: 'muted' }, 'Structure'),
    el('label', {}, 'Colour by ', colour),
    el('label', {}, 'Size by ', size),
    el('label', {}, replies, 'Reply network between commenters'),
    note,
    key,
  );
  let painted = '';

  colour.addEventListener('change', () => {
    d.store.dispatch({ type: 'display', patch: { colour: colour.value as ColourBy } });
  });
  size.addEventListener('change', () => {
    d.store.dispatch({ type: 'display', patch: { size: size.value as SizeBy } });
  });
  replies.addEventListener('change', () => {
    d.store.dispatch({ type: 'display', patch: { replies: replies.checked } });
  });

  const structure = (s: AppState): Structure | undefined => {
    if (!needsStructure(s)) return undefined;
    const known = d.cache.peek(d.graph);
    if (known) return known;
    note.textContent = 'Working out communities and centrality…';
    const shape = `${d.graph.order}/${d.graph.size}`;
    const pending = d.cache.get(d.graph);
    section.dataset.computations = String(d.cache.computations());
    void pending
      .then(() => {
        note.textContent = '';
        // The graph may have changed meanwhile; paint only if it is still the one computed.
        if (shape === `${d.graph.order}/${d.graph.size}`) paint(d.store.get(), true);
      })
      .catch((e: unknown) => {
        note.textContent = `Could not work out the structure: ${errorText(e)}`;
      });
    return undefined;
  };

  /** Colours and sizes as the state says; nothing happens when neither they nor the graph changed. */
  const paint = (s: AppState, force = false) => {
    colour.value = s.colour ?? 'type';
    size.value = s.size ?? 'both';
    replies.checked = Boolean(s.replies);
    const now = JSON.stringify([s.colour, s.size, d.graph.order, d.graph.size]);
    if (now === painted && !force) return;
    painted = now;
    const st = structure(s);
    applyAppearance(d.graph, s, st);
    drawKey(key, d.graph, s.colour === 'community' ? st : undefined);
    section.dataset.painted = st || !needsStructure(s) ? now : '';
    d.repaint();
  };

  let layerOn = false;
  const layer = async (on: boolean) => {
    if (on === layerOn) return;
    layerOn = on;
    try {
      if (on) {
        const added = addReplies(d.graph, await fetchReplies());
        note.textContent = `${added} reply links between commenters`;
      } else removeReplies(d.graph);
      d.graphChanged();
      paint(d.store.get());
    } catch (e) {
      layerOn = false;
      note.textContent = `Could not load the reply network: ${errorText(e)}`;
    }
  };

  const update = (s: AppState) => {
    paint(s);
    void layer(Boolean(s.replies));
  };
  d.store.subscribe((s, prev) => {
    if (s.colour !== prev.colour || s.size !== prev.size || s.replies !== prev.replies) update(s);
  });
  update(d.store.get());
  return {
    section,
    /** The graph grew (Expand, a Cypher result): new nodes get their colour and size. */
    graphGrew: () => {
      paint(d.store.get());
    },
  };
}

/** The community colours with each community's size and its most central members. */
function drawKey(key: HTMLElement, graph: Graph, st: Structure | undefined): void {
  if (!st) {
    key.replaceChildren();
    return;
  }
  const members = new Map<number, string[]>();
  for (const [n, c] of Object.entries(st.community)) {
    if (c < COMMUNITY_COLOURS.length && graph.hasNode(n)) members.set(c, [...(members.get(c) ?? []), n]);
  }
  const items = st.sizes.slice(0, COMMUNITY_COLOURS.length).map((count, c) => {
    const top = (members.get(c) ?? [])
      .sort((a, b) => (st.pagerank[b] ?? 0) - (st.pagerank[a] ?? 0))
      .slice(0, 3)
      .map((n) => (graph.getNodeAttribute(n, 'name') ?? graph.getNodeAttribute(n, 'label')) as string);
    const sw = el('span', { class: 'swatch' });
    sw.style.background = communityColour(c);
    return el('li', { 'data-community': String(c) }, sw, ` ${count} · ${top.join(', ')}`);
  });
  const rest = st.sizes.slice(COMMUNITY_COLOURS.length).reduce((a, b) => a + b, 0);
  if (rest) {
    const sw = el('span', { class: 'swatch' });
    sw.style.background = communityColour(undefined);
    items.push(el('li', {}, sw, ` ${rest} in ${st.sizes.length - COMMUNITY_COLOURS.length} smaller communities`));
  }
  key.replaceChildren(...items);
}
