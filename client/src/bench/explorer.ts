// The explorer's canvas (its sigma settings, reducers and legend) on a generated graph of ?n= nodes, with no API and
// no layout: measured the same way as bare sigma (bare.ts). A page of its own, outside the app's bundle.
import Sigma from 'sigma';
import { canvasSettings } from '../graph/canvas.js';
import { shownNodes } from '../graph/visibility.js';
import { initialState } from '../state/store.js';
import { mountLegend } from '../views/legend.js';
import { generateGraph } from './generate.js';
import { measure } from './measure.js';

const $ = (id: string) => document.getElementById(id)!;
const graph = generateGraph(Number(new URLSearchParams(location.search).get('n') ?? 1000));
// Every generated node is drawn, as bare sigma draws them, unconnected ones included.
const filters = { hidden: [], isolated: true };
const shown = shownNodes(graph, filters);
const renderer = new Sigma(
  graph,
  $('graph'),
  canvasSettings(graph, () => ({ filters, shown, hovered: null, selected: null })),
);
const state = initialState({ entity: null, hidden: [], isolated: true });
mountLegend(
  $('legend'),
  () => {},
  () => state,
).render(graph, state);
$('status').textContent = `${graph.order} nodes, ${graph.size} edges (benchmark)`;
void measure(renderer).then((f) => {
  (window as unknown as { __bench: unknown }).__bench = f;
});
