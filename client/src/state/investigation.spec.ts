import { describe, expect, it } from 'vitest';
import { historyEntry, initialState, reduce } from './store.js';
import { readState, writeState } from './url.js';
import { focusKey, quoteRange } from './investigation.js';

const start = initialState({ entity: null, hidden: [] });

describe('investigation actions', () => {
  it('an edge selection replaces a node selection; a node, view or deselect leaves the edge', () => {
    const s = reduce({ ...start, entity: 'a', hops: 2 }, { type: 'edge', id: 'a|CRITICISES|b' });
    expect(s).toMatchObject({ edge: 'a|CRITICISES|b', entity: null, hops: null, view: 'entity' });
    expect(reduce(s, { type: 'select', id: 'c' }).edge).toBeNull();
    expect(reduce(s, { type: 'deselect' }).edge).toBeNull();
    expect(reduce(s, { type: 'view', view: 'contested' }).edge).toBeNull();
    expect(historyEntry({ type: 'edge', id: 'x' })).toBe('push');
  });

  it('a quote opens its document at its words; another document drops the words', () => {
    const s = reduce(start, { type: 'quote', doc: 'd', start: 4, end: 9 });
    expect(s).toMatchObject({ doc: 'd', at: '4-9' });
    expect(quoteRange(s.at)).toEqual({ start: 4, end: 9 });
    expect(reduce(s, { type: 'document', id: 'e' }).at).toBeNull();
  });

  it('focus and window survive a selection; a new entity ends the neighbourhood; reset clears all', () => {
    let s = reduce({ ...start, entity: 'a' }, { type: 'focus', hops: 1 });
    s = reduce(s, { type: 'focus', speaker: 'p' });
    s = reduce(s, { type: 'window', from: '2024-01-01', to: '2024-02-01' });
    expect(s).toMatchObject({ entity: 'a', hops: 1, speaker: 'p', from: '2024-01-01' });
    const other = reduce(s, { type: 'select', id: 'b' });
    expect(other).toMatchObject({ hops: null, speaker: 'p', from: '2024-01-01', to: '2024-02-01' });
    expect(focusKey(other)).not.toBe(focusKey(s));
    expect(reduce(s, { type: 'reset' })).not.toHaveProperty('speaker');
    expect(historyEntry({ type: 'window', from: null, to: null })).toBe('replace');
    expect(historyEntry({ type: 'focus', hops: 2 })).toBe('push');
  });

  it('round-trips through the URL and ignores malformed values', () => {
    const s = {
      entity: 'a',
      hidden: [],
      doc: 'd',
      at: '1-5',
      edge: 'a|PRAISES|b',
      focusDoc: 'doc:x',
      speaker: 'person:p',
      from: '2024-01-01',
      to: '2024-03-31',
      hops: 2 as const,
    };
    expect(readState(writeState(s))).toEqual(s);
    expect(readState('?from=March&hops=3&at=x')).toEqual({ entity: null, hidden: [] });
  });
});
