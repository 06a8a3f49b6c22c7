import { describe, expect, it } from 'vitest';
import { deleteView, SAVED_KEY, saveView, savedViews } from './saved.js';
import { createStore, historyEntry, initialState } from './store.js';
import { readState } from './url.js';

/** Local storage as the browser keeps it: strings under keys. */
function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('saved views', () => {
  it('keeps views by name, newest first; the same name replaces; delete takes one out', () => {
    const s = memory();
    expect(savedViews(s)).toEqual([]);
    saveView(s, ' Zahawi ', '?entity=person%3Anadhim-zahawi', new Date('2026-01-01'));
    saveView(s, 'Communities', '?colour=community', new Date('2026-01-02'));
    saveView(s, 'Zahawi', '?entity=person%3Anadhim-zahawi&size=pagerank', new Date('2026-01-03'));
    expect(savedViews(s).map((v) => [v.name, v.url])).toEqual([
      ['Zahawi', '?entity=person%3Anadhim-zahawi&size=pagerank'],
      ['Communities', '?colour=community'],
    ]);
    expect(deleteView(s, 'Zahawi').map((v) => v.name)).toEqual(['Communities']);
    expect(savedViews(s).map((v) => v.name)).toEqual(['Communities']);
  });

  it('refuses an empty name and ignores what it cannot read', () => {
    const s = memory();
    expect(() => saveView(s, '  ', '')).toThrow(/name/);
    s.m.set(SAVED_KEY, 'not json');
    expect(savedViews(s)).toEqual([]);
    s.m.set(SAVED_KEY, JSON.stringify([{ name: 'ok', url: '', saved: 'x' }, { name: 3 }]));
    expect(savedViews(s).map((v) => v.name)).toEqual(['ok']);
  });

  it('opening one restores its state and is a history entry of its own', () => {
    const store = createStore(initialState({ entity: 'a', hidden: ['Place'], view: 'claims' }));
    store.dispatch({ type: 'open', url: readState('?entity=b&colour=community&replies=1') });
    expect(store.get()).toMatchObject({ entity: 'b', hidden: [], view: 'entity', colour: 'community', replies: true });
    expect(historyEntry({ type: 'open', url: readState('') })).toBe('push');
  });
});
