import { describe, expect, it } from 'vitest';
import { countText, quoteCount } from './edge-claims.js';

describe('edge counts', () => {
  it('says "n of N quotes" while a fact edge has more to page, and "N quotes" once all are listed', () => {
    expect(quoteCount(20, 45)).toBe('20 of 45 quotes');
    expect(quoteCount(45, 45)).toBe('45 quotes');
    expect(quoteCount(1, 1)).toBe('1 quote');
  });
  it('counts flagged claims apart from those the edge counts', () => {
    expect(countText(2, 3, 0)).toBe('2 of 3 claims');
    expect(countText(1, 1, 1)).toBe('1 of 1 claim · 1 flagged, left out of the edge');
  });
});
