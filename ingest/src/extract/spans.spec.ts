import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanCover, overlapsAny } from './spans.js';

describe('overlapsAny', () => {
  it('finds an overlap with any span, touching ends not counting', () => {
    const test = overlapsAny([
      { start: 30, end: 40 },
      { start: 0, end: 100 },
      { start: 5, end: 8 },
    ]);
    expect(test({ start: 99, end: 120 })).toBe(true);
    expect(test({ start: 100, end: 120 })).toBe(false);
    expect(overlapsAny([{ start: 10, end: 20 }])({ start: 0, end: 10 })).toBe(false);
    expect(overlapsAny([])({ start: 0, end: 10 })).toBe(false);
  });

  it('answers as a scan of every span would, for any spans', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    const asSpan = ([start, end]: [number, number]) => ({ start, end });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, s) => {
        const set = spans.map(asSpan);
        const q = asSpan(s);
        expect(overlapsAny(set)(q)).toBe(set.some((x) => q.start < x.end && x.start < q.end));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('SpanCover', () => {
  it('answers as a scan of the spans held would, through additions and removals', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }));
    const asSpan = ([start, end]: [number, number]) => ({ start, end });
    const step = fc.oneof(
      fc.record({ op: fc.constant('add' as const), s: span }),
      fc.record({ op: fc.constant('remove' as const), k: fc.nat() }),
      fc.record({ op: fc.constant('ask' as const), s: span }),
    );
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(step, { maxLength: 30 }), (initial, steps) => {
        const held = initial.map(asSpan);
        const cover = new SpanCover(held);
        for (const x of steps) {
          if (x.op === 'add') {
            const s = asSpan(x.s);
            held.push(s);
            cover.add(s);
          } else if (x.op === 'remove') {
            if (held.length === 0) continue;
            const [s] = held.splice(x.k % held.length, 1);
            cover.remove(s!);
          } else {
            const q = asSpan(x.s);
            expect(cover.overlaps(q)).toBe(held.some((h) => q.start < h.end && h.start < q.end));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
