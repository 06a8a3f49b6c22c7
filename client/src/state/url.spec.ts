import { describe, expect, it } from 'vitest';
import { readState, writeState, type ViewState } from './url.js';

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

describe('structure options in the URL', () => {
  it('round-trips colour, size and the reply layer, and drops unknown values', () => {
    const s: ViewState = { entity: null, hidden: [], colour: 'community', size: 'pagerank', replies: true };
    expect(writeState(s)).toBe('?colour=community&size=pagerank&replies=1');
    expect(readState(writeState(s))).toEqual(s);
    expect(readState('?colour=rainbow&size=huge&replies=0')).toEqual({ entity: null, hidden: [] });
  });
});
