// Questions about many spans at once, answered without a scan of every span per question.
import type { Span } from '../pipeline/types.js';

/**
 * Whether a span overlaps any of `spans` (a fixed set): as `spans.some((q) => s.start < q.end && q.start < s.end)`,
 * by a binary search over the spans sorted by start and the furthest end among those that start first.
 */
export function overlapsAny(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const q of sorted) furthestEnd.push(Math.max(q.end, furthestEnd[furthestEnd.length - 1] ?? -Infinity));
  return (s) => {
    // How many spans start before s ends; of those, one overlaps s when the furthest reaching ends after s starts.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1]! > s.start;
  };
}
