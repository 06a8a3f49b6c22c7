import { describe, expect, it } from 'vitest';
import { bucketDays, denseBuckets, windowIndices } from './timeline.js';

describe('timeline buckets', () => {
  it('gives a month its first and last day, leap years included', () => {
    expect(bucketDays('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(bucketDays('2023-12-05')).toEqual({ first: '2023-12-05', last: '2023-12-05' });
  });
  it('fills the empty months and days between the first bucket and the last', () => {
    const months = denseBuckets({
      unit: 'month',
      from: null,
      to: null,
      buckets: [
        { start: '2023-11', comments: 1, claims: 0 },
        { start: '2024-02', comments: 0, claims: 2 },
      ],
    });
    expect(months.map((b) => b.start)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(months[3]).toEqual({ start: '2024-02', comments: 0, claims: 2 });
    const days = denseBuckets({
      unit: 'day',
      from: null,
      to: null,
      buckets: [
        { start: '2024-02-28', comments: 1, claims: 0 },
        { start: '2024-03-01', comments: 1, claims: 0 },
      ],
    });
    expect(days.map((b) => b.start)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });
  it('maps a window of dates to the buckets it covers', () => {
    const starts = ['2024-01', '2024-02', '2024-03', '2024-04'];
    expect(windowIndices(starts, null, null)).toEqual({ a: 0, b: 3 });
    expect(windowIndices(starts, '2024-02-15', '2024-03-01')).toEqual({ a: 1, b: 2 });
    expect(windowIndices(starts, '2024-02-01', '2024-02-29')).toEqual({ a: 1, b: 1 });
  });
});
