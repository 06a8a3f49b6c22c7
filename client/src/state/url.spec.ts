import { describe, expect, it } from 'vitest';
import { readState, writeState } from './url.js';

describe('URL state', () => {
  it('round-trips the selected entity and hidden types', () => {
    const s = { entity: 'person:nadhim-zahawi', hidden: ['Place', 'Event'] };
    expect(readState(writeState(s))).toEqual({ entity: 'person:nadhim-zahawi', hidden: ['Event', 'Place'] });
  });
  it('is empty for the default view', () => {
    expect(writeState({ entity: null, hidden: [] })).toBe('');
    expect(readState('')).toEqual({ entity: null, hidden: [] });
  });
});
