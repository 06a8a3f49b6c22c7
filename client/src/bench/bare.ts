// Bare sigma, no app code: the baseline the explorer is measured against.
import Sigma from 'sigma';
import { generateGraph } from './generate.js';
import { measure } from './measure.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 1000);
const renderer = new Sigma(generateGraph(n), document.getElementById('graph')!, { defaultEdgeType: 'arrow' });
void measure(renderer).then((f) => {
  (window as unknown as { __bench: unknown }).__bench = f;
});
