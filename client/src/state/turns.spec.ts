import { describe, expect, it } from 'vitest';
import { takeTurn } from './turns.js';

describe('takeTurn', () => {
  it('keeps only the latest turn of one owner current, aborting the one before', () => {
    const panel = {};
    const first = takeTurn(panel);
    expect(first.current()).toBe(true);
    const second = takeTurn(panel);
    expect(first.current()).toBe(false);
    expect(first.signal.aborted).toBe(true);
    expect(second.current()).toBe(true);
    expect(second.signal.aborted).toBe(false);
  });

  it('keeps owners apart', () => {
    const a = takeTurn({});
    takeTurn({});
    expect(a.current()).toBe(true);
    expect(a.signal.aborted).toBe(false);
  });
});
