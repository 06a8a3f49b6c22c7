// Deterministic random graphs for rendering benchmarks: n nodes, 3n edges, positions already laid out.
import Graph from 'graphology';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8c6d1f'];
const TYPES = ['Person', 'Organisation', 'Review', 'Case', 'Legislation', 'Place', 'Event'];

export function generateGraph(n: number, seed = 42): Graph {
  const rand = mulberry32(seed);
  const g = new Graph({ multi: true });
  for (let i = 0; i < n; i++) {
    const t = Math.floor(rand() * TYPES.length);
    g.addNode(`n${i}`, {
      label: `Entity ${i}`,
      x: rand() * 1000,
      y: rand() * 1000,
      size: 2 + rand() * 6,
      color: COLOURS[t],
      entityType: TYPES[t],
    });
  }
  for (let i = 0; i < 3 * n; i++)
    g.addEdge(`n${Math.floor(rand() * n)}`, `n${Math.floor(rand() * n)}`, { size: 1, color: '#ccc' });
  return g;
}
