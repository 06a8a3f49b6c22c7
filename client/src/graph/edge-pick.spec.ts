import { describe, expect, it } from 'vitest';
import { curve, distanceToSegment, nearestEdge, type DrawnEdge } from './edge-pick.js';

const edge = (key: string, a: [number, number], b: [number, number], reach = 5): DrawnEdge => ({
  key,
  path: [
    { x: a[0], y: a[1] },
    { x: b[0], y: b[1] },
  ],
  reach,
});

describe('picking an edge by geometry', () => {
  it('measures to the segment, not to the infinite line through it', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    // Past the end: the distance is to the end point.
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    // A zero-length edge is its point.
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });

  it('takes the nearest edge within reach, and none when every edge is out of reach', () => {
    const edges = [edge('low', [0, 0], [100, 0]), edge('high', [0, 10], [100, 10])];
    expect(nearestEdge({ x: 50, y: 3 }, edges)).toBe('low');
    expect(nearestEdge({ x: 50, y: 8 }, edges)).toBe('high');
    expect(nearestEdge({ x: 50, y: 30 }, edges)).toBeNull();
    expect(nearestEdge({ x: 150, y: 0 }, edges)).toBeNull();
  });

  it('honours each edge reach (a thick edge is hit further from its line), and the later edge wins a tie', () => {
    const thick = [edge('thin', [0, 0], [100, 0], 2), edge('thick', [0, 20], [100, 20], 12)];
    expect(nearestEdge({ x: 50, y: 9 }, thick)).toBe('thick');
    expect(nearestEdge({ x: 50, y: 10 }, [edge('first', [0, 0], [100, 0]), edge('second', [0, 0], [100, 0])])).toBe(
      null,
    );
    expect(nearestEdge({ x: 50, y: 1 }, [edge('first', [0, 0], [100, 0]), edge('second', [0, 0], [100, 0])])).toBe(
      'second',
    );
  });

  it('follows a curve: its middle stands off the straight line, on opposite sides for opposite curvatures', () => {
    const [a, b] = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const left = curve(a, b, 0.25);
    const right = curve(a, b, -0.25);
    expect(left[0]).toEqual(a);
    expect(left.at(-1)).toEqual(b);
    // A quadratic curve's middle is halfway to its control point: 0.25 × 100 / 2 off the line.
    const mid = left[left.length >> 1]!;
    expect(mid.x).toBeCloseTo(50);
    expect(mid.y).toBeCloseTo(-12.5);
    const edges = [
      { key: 'left', path: left, reach: 5 },
      { key: 'right', path: right, reach: 5 },
    ];
    expect(nearestEdge({ x: 50, y: -12 }, edges)).toBe('left');
    expect(nearestEdge({ x: 50, y: 12 }, edges)).toBe('right');
    // The straight line between them is in reach of neither.
    expect(nearestEdge({ x: 50, y: 0 }, edges)).toBeNull();
  });
});
