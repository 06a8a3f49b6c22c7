import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapsAny } from './spans.js';

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
