import { describe, expect, it } from 'vitest';
import { createStore, historyEntry, initialState, reduce, toggledRelations } from './store.js';

const start = initialState({ entity: null, hidden: [] });

describe('explorer actions', () => {
  it('a selection clears the hover, the open document and a Cypher result', () => {
    const s = reduce({ ...start, hovered: 'a', doc: 'd', result: ['x'] }, { type: 'select', id: 'b' });
    expect(s).toMatchObject({ entity: 'b', hovered: null, doc: null, result: null, view: 'entity' });
  });

  it('leaving the Cypher tab lifts its result; staying keeps it', () => {
    const withResult = { ...start, view: 'cypher' as const, result: ['x'] };
    expect(reduce(withResult, { type: 'view', view: 'claims' }).result).toBeNull();
    expect(reduce(withResult, { type: 'view', view: 'cypher' }).result).toEqual(['x']);
  });

  it('reset returns to the overview with every filter cleared', () => {
    const busy = { ...start, entity: 'a', hidden: ['Place'], preds: ['PRAISES'], isolated: true, query: 'q' };
    expect(reduce(busy, { type: 'reset' })).toEqual(
      initialState({ entity: null, doc: null, view: 'entity', hidden: [] }),
    );
  });

  it('deselect keeps the filters', () => {
    expect(reduce({ ...start, entity: 'a', hidden: ['Place'] }, { type: 'deselect' })).toMatchObject({
      entity: null,
      hidden: ['Place'],
    });
  });

  it('never changes the state it is given', () => {
    const frozen = Object.freeze({ ...start, hidden: Object.freeze(['Place']) as string[] });
    expect(() => reduce(frozen, { type: 'hideType', entityType: 'Event', hide: true })).not.toThrow();
    expect(reduce(frozen, { type: 'hideType', entityType: 'Place', hide: false }).hidden).toEqual([]);
  });

  it('selections, views and documents are history entries; filters replace; Back writes nothing', () => {
    expect(historyEntry({ type: 'select', id: 'a' })).toBe('push');
    expect(historyEntry({ type: 'view', view: 'path' })).toBe('push');
    expect(historyEntry({ type: 'document', id: 'd' })).toBe('push');
    expect(historyEntry({ type: 'relations', preds: [] })).toBe('replace');
    expect(historyEntry({ type: 'restore', url: { entity: null, hidden: [] } })).toBe('none');
    expect(historyEntry({ type: 'hover', id: 'a' })).toBe('none');
  });
});

describe('relation filter', () => {
  const all = ['A', 'B', 'C'];
  it('unticking every relation leaves an empty filter (none shown), not "no filter"', () => {
    let f = toggledRelations(undefined, all, 'A', false);
    f = toggledRelations(f, all, 'B', false);
    f = toggledRelations(f, all, 'C', false);
    expect(f).toEqual([]);
  });
  it('ticking the last one back means no filter', () => {
    expect(toggledRelations(['A', 'B'], all, 'C', true)).toBeUndefined();
  });
});

describe('store', () => {
  it('tells listeners the new and previous state and the action', () => {
    const store = createStore(start);
    const seen: string[] = [];
    store.subscribe((next, prev, a) => seen.push(`${a.type}:${prev.entity}->${next.entity}`));
    store.dispatch({ type: 'select', id: 'a' });
    store.dispatch({ type: 'deselect' });
    expect(seen).toEqual(['select:null->a', 'deselect:a->null']);
  });
});
