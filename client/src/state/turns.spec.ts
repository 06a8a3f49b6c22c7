import { describe, expect, it } from 'vitest';
import { takeTurn } from './turns.js';

describe('takeTurn', () => {
  it('keeps only the latest turn of one owner current', () => {
    const panel = {};
    const first = takeTurn(panel);
    expect(first()).toBe(true);
    const second = takeTurn(panel);
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('keeps owners apart', () => {
    const a = takeTurn({});
    takeTurn({});
    expect(a()).toBe(true);
  });
});
