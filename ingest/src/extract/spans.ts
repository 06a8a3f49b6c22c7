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

/**
 * A changing set of spans that answers whether a span overlaps any of them as a scan of the set would
 * (`set.some((q) => s.start < q.end && q.start < s.end)`), in time proportional to the span's own length: each
 * character keeps a count of the spans that cover it. Spans that cover no character from 0 on (empty, reversed,
 * or starting before the text) are kept apart and checked one by one; the mention finders make none.
 */
export class SpanCover {
  private counts = new Int32Array(0);
  /** Spans counted by character, with how many times each was added. */
  private readonly counted = new Map<Span, number>();
  private readonly odd: Span[] = [];

  constructor(spans: Iterable<Span> = []) {
    for (const s of spans) this.add(s);
  }

  add(s: Span): void {
    if (s.end <= s.start || s.start < 0) {
      this.odd.push(s);
      return;
    }
    if (s.end > this.counts.length) {
      const grown = new Int32Array(Math.max(s.end, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    for (let i = s.start; i < s.end; i++) this.counts[i]!++;
    this.counted.set(s, (this.counted.get(s) ?? 0) + 1);
  }

  /** Takes out one addition of `s` (the same object that was added). */
  remove(s: Span): void {
    const n = this.counted.get(s);
    if (n === undefined) {
      const k = this.odd.indexOf(s);
      if (k >= 0) this.odd.splice(k, 1);
      return;
    }
    if (n === 1) this.counted.delete(s);
    else this.counted.set(s, n - 1);
    for (let i = s.start; i < s.end; i++) this.counts[i]!--;
  }

  overlaps(s: Span): boolean {
    const meets = (q: Span) => s.start < q.end && q.start < s.end;
    if (this.odd.some(meets)) return true;
    // An empty or reversed span shares no character with anything: only a scan answers for it.
    if (s.end <= s.start) return [...this.counted.keys()].some(meets);
    for (let i = Math.max(0, s.start), end = Math.min(s.end, this.counts.length); i < end; i++)
      if (this.counts[i]! > 0) return true;
    return false;
  }
}
