import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { CURVED, curveParallelEdges } from './parallel.js';

describe('parallel edges', () => {
  it('bends edges sharing their two ends to opposite sides, leaves a lone edge straight', () => {
    const g = new Graph({ multi: true });
    for (const n of ['a', 'b', 'c']) g.addNode(n);
    g.addEdgeWithKey('a|CRITICISES|b', 'a', 'b');
    g.addEdgeWithKey('a|PRAISES|b', 'a', 'b');
    g.addEdgeWithKey('a|PRAISES|c', 'a', 'c');
    curveParallelEdges(g);
    const [x, y] = ['a|CRITICISES|b', 'a|PRAISES|b'].map((e) => g.getEdgeAttributes(e));
    expect([x!.type, y!.type]).toEqual([CURVED, CURVED]);
    expect(Math.sign(x!.curvature as number)).toBe(-Math.sign(y!.curvature as number));
    expect(g.getEdgeAttributes('a|PRAISES|c')).toEqual({});
  });

  it('keeps opposite directions apart: a curve flips with its direction, so their signs agree', () => {
    const g = new Graph({ multi: true });
    g.addNode('a');
    g.addNode('b');
    g.addEdgeWithKey('a|CRITICISES|b', 'a', 'b');
    g.addEdgeWithKey('b|CRITICISES|a', 'b', 'a');
    curveParallelEdges(g);
    const c = g.edges().map((e) => g.getEdgeAttribute(e, 'curvature') as number);
    expect(c[0]).not.toBe(0);
    expect(c[0]).toBe(c[1]);
  });

  it('straightens an edge again once its twin is gone', () => {
    const g = new Graph({ multi: true });
    g.addNode('a');
    g.addNode('b');
    g.addEdgeWithKey('x', 'a', 'b');
    g.addEdgeWithKey('y', 'a', 'b');
    curveParallelEdges(g);
    g.dropEdge('y');
    curveParallelEdges(g);
    expect(g.getEdgeAttributes('x')).toEqual({});
  });
});
