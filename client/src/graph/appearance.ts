// Node colour and size as the state asks: by type or community, by degree and mentions or a centrality. Set on
// the nodes' attributes when an option or the structure changes, so drawing a frame costs nothing more.
import type Graph from 'graphology';
import type { ColourBy, SizeBy } from '../state/url.js';
import type { Structure } from './structure.js';
import { colourOf, sizeOf } from '../styles.js';

// Distinct on white and apart under common colour blindness (Tableau 10); smaller communities share the grey.
export const COMMUNITY_COLOURS = [
  '#4E79A7',
  '#F28E2B',
  '#59A14F',
  '#E15759',
  '#B07AA1',
  '#76B7B2',
  '#EDC948',
  '#9C755F',
  '#FF9DA7',
];
export const OTHER_COMMUNITY = '#9a9a9a';
export const communityColour = (c: number | undefined): string =>
  c === undefined ? OTHER_COMMUNITY : (COMMUNITY_COLOURS[c] ?? OTHER_COMMUNITY);

/** Centrality to a radius: the most central node as big as the biggest by degree, none smaller than 3. */
const scaled = (values: Record<string, number>) => {
  const max = Math.max(...Object.values(values), Number.EPSILON);
  return (n: string) => 3 + 17 * Math.sqrt((values[n] ?? 0) / max);
};

export function applyAppearance(
  graph: Graph,
  o: { colour?: ColourBy | undefined; size?: SizeBy | undefined },
  structure: Structure | undefined,
): void {
  const byCommunity = o.colour === 'community' && structure;
  const size = o.size ?? 'both';
  const central = size === 'pagerank' || size === 'betweenness' ? structure?.[size] : undefined;
  const radius = central ? scaled(central) : null;
  graph.forEachNode((id, a) => {
    graph.setNodeAttribute(
      id,
      'color',
      byCommunity ? communityColour(structure.community[id]) : colourOf(a.entityType as string),
    );
    if (radius) graph.setNodeAttribute(id, 'size', radius(id));
    else if (typeof a.degree === 'number') {
      const degree = size === 'mentions' ? 0 : a.degree;
      const mentions = size === 'degree' ? 0 : (a.mentions as number);
      graph.setNodeAttribute(id, 'size', sizeOf(degree, mentions));
    }
  });
}
