import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { computeStructure, structureInput, type StructureInput } from './structure.js';
import { createStructureCache } from './structure-cache.js';
import { applyAppearance, communityColour } from './appearance.js';
import { reduce, initialState } from '../state/store.js';

/** Two triangles joined by one bridge node: two communities, the bridge the most between. */
function bridged(): Graph {
  const g = new Graph({ multi: true });
  for (const n of ['a1', 'a2', 'a3', 'bridge', 'b1', 'b2', 'b3'])
    g.addNode(n, { entityType: 'Person', degree: 1, mentions: 1, size: 5, color: '#000' });
  const link = (s: string, t: string) => g.addEdgeWithKey(`${s}|X|${t}`, s, t, { label: 'X', size: 2 });
  link('a1', 'a2');
  link('a2', 'a3');
  link('a3', 'a1');
  link('b1', 'b2');
  link('b2', 'b3');
  link('b3', 'b1');
  link('a1', 'bridge');
  link('bridge', 'b1');
  return g;
}

describe('structure', () => {
  it('finds the two groups and puts the bridge highest in betweenness', () => {
    const s = computeStructure(structureInput(bridged()));
    expect(s.community.a1).toBe(s.community.a2);
    expect(s.community.b1).toBe(s.community.b3);
    expect(s.community.a1).not.toBe(s.community.b1);
    expect(s.sizes.reduce((x, y) => x + y, 0)).toBe(7);
    const top = Object.entries(s.betweenness).sort((x, y) => y[1] - x[1])[0]![0];
    expect(['bridge', 'a1', 'b1']).toContain(top);
    expect(s.betweenness.bridge).toBeGreaterThan(s.betweenness.a2!);
    expect(Object.keys(s.pagerank)).toHaveLength(7);
  });

  it('is computed once per graph: options and clicks reuse it, a grown graph is computed again', async () => {
    const graph = bridged();
    const inputs: StructureInput[] = [];
    const cache = createStructureCache((input) => {
      inputs.push(input);
      return Promise.resolve(computeStructure(input));
    });
    let state = initialState({ entity: null, hidden: [] });
    const first = await cache.get(graph);
    for (const a of [
      { type: 'display', patch: { colour: 'community' } },
      { type: 'select', id: 'a1' },
      { type: 'display', patch: { size: 'pagerank' } },
      { type: 'display', patch: { size: 'betweenness' } },
    ] as const) {
      state = reduce(state, a);
      applyAppearance(graph, state, cache.peek(graph) ?? (await cache.get(graph)));
    }
    await Promise.all([cache.get(graph), cache.get(graph)]);
    expect(inputs).toHaveLength(1);
    expect(cache.computations()).toBe(1);
    expect(cache.peek(graph)).toBe(first);
    graph.addNode('c1', { entityType: 'Person' });
    graph.addEdgeWithKey('c1|X|a2', 'c1', 'a2', { label: 'X' });
    expect(cache.peek(graph)).toBeUndefined();
    await cache.get(graph);
    expect(cache.computations()).toBe(2);
  });

  it('colours by community and sizes by a centrality, and goes back to type and degree', () => {
    const graph = bridged();
    const s = computeStructure(structureInput(graph));
    applyAppearance(graph, { colour: 'community', size: 'betweenness' }, s);
    expect(graph.getNodeAttribute('a2', 'color')).toBe(communityColour(s.community.a2));
    expect(graph.getNodeAttribute('bridge', 'size')).toBeGreaterThan(graph.getNodeAttribute('a2', 'size') as number);
    applyAppearance(graph, {}, undefined);
    expect(graph.getNodeAttribute('a2', 'color')).toBe('#0072B2');
    expect(graph.getNodeAttribute('bridge', 'size')).toBe(graph.getNodeAttribute('a2', 'size'));
  });
});
