import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';
import { cacheKey } from './read-cache.js';

const v = (bytes: number) => ({ bytes });

describe('Lru', () => {
  it('evicts the least recently used entry past the entry bound; a hit makes an entry recent', () => {
    const lru = new Lru<{ bytes: number }>(2, 1000);
    lru.set('a', v(1));
    lru.set('b', v(1));
    expect(lru.get('a')).toBeDefined();
    lru.set('c', v(1));
    expect([lru.get('a'), lru.get('b'), lru.get('c')].map(Boolean)).toEqual([true, false, true]);
    expect(lru.size).toBe(2);
  });
  it('evicts until the byte bound holds, keeps count of bytes, and refuses one entry larger than the bound', () => {
    const lru = new Lru<{ bytes: number }>(100, 10);
    lru.set('a', v(4));
    lru.set('b', v(4));
    lru.set('c', v(4));
    expect([lru.get('a'), lru.get('b'), lru.get('c')].map(Boolean)).toEqual([false, true, true]);
    expect(lru.bytes).toBe(8);
    lru.set('b', v(2));
    expect(lru.bytes).toBe(6);
    lru.set('huge', v(11));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.bytes).toBe(6);
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
  it('keeps nothing with an entry bound of 0', () => {
    const lru = new Lru<{ bytes: number }>(0, 10);
    lru.set('a', v(1));
    expect(lru.size).toBe(0);
  });
});

describe('cacheKey', () => {
  it('sorts parameters by name, keeps the order of one name’s values, and tells different values apart', () => {
    expect(cacheKey('/search', 'q=council&limit=5')).toBe(cacheKey('/search', 'limit=5&q=council'));
    expect(cacheKey('/graph', 'types=Person&types=Case')).not.toBe(cacheKey('/graph', 'types=Case&types=Person'));
    expect(cacheKey('/search', 'q=council')).not.toBe(cacheKey('/search', 'q=councils'));
    expect(cacheKey('/search', 'q=a%26b')).not.toBe(cacheKey('/search', 'q=a&b'));
    expect(cacheKey('/entities/x', '')).not.toBe(cacheKey('/entities/y', ''));
  });
});
