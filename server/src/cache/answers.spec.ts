import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { AnswerCache, MIN_COMPRESSED_BYTES, type Answer, type Lookup } from './answers.js';
import { deferred } from './deferred.spec-helper.js';

const answer = (text: string, status = 200): Answer => ({
  status,
  headers: status === 503 ? { 'retry-after': '5' } : {},
  body: Buffer.from(text),
  etag: `W/"${text.length}"`,
});

/** The answer a lookup gives, whichever way it came. */
async function bodyOf(l: Lookup): Promise<string | null> {
  if (l.source === 'hit') return String(l.entry.body);
  const a = await l.answer;
  return a && String(a.body);
}

/** Lets settled promises run their callbacks (the cache keeps an answer in one). */
const settle = () => new Promise((r) => setImmediate(r));

describe('AnswerCache', () => {
  it('runs one computation for misses of one key that arrive together; every one gets its answer', async () => {
    const cache = new AnswerCache(10, 10_000);
    const gate = deferred<Answer | null>();
    let runs = 0;
    const compute = () => {
      runs++;
      return gate.promise;
    };
    const lookups = Array.from({ length: 4 }, () => cache.lookup('/search?q=a', compute));
    expect(lookups.map((l) => l.source)).toEqual(['miss', 'coalesced', 'coalesced', 'coalesced']);
    gate.resolve(answer('{"results":[]}'));
    expect(await Promise.all(lookups.map(bodyOf))).toEqual(Array(4).fill('{"results":[]}'));
    await settle();
    const again = cache.lookup('/search?q=a', compute);
    expect(again.source).toBe('hit');
    expect(await bodyOf(again)).toBe('{"results":[]}');
    expect(runs).toBe(1);
    expect([cache.misses, cache.coalesced, cache.hits]).toEqual([1, 3, 1]);
  });

  it('gives a failed computation to every read sharing it, keeps nothing, and computes again next time', async () => {
    const cache = new AnswerCache(10, 10_000);
    const gate = deferred<Answer | null>();
    const a = cache.lookup('k', () => gate.promise);
    const b = cache.lookup('k', () => Promise.resolve(answer('unused')));
    gate.reject(new Error('connection refused'));
    for (const l of [a, b]) {
      expect(l.source).not.toBe('hit');
      if (l.source !== 'hit') await expect(l.answer).rejects.toThrow('connection refused');
    }
    await settle();
    expect(cache.entries).toBe(0);
    const c = cache.lookup('k', () => Promise.resolve(answer('{"ok":true}')));
    expect(c.source).toBe('miss');
    expect(await bodyOf(c)).toBe('{"ok":true}');
  });

  it('shares an error answer with the reads waiting on it, headers and all, but keeps it not', async () => {
    const cache = new AnswerCache(10, 10_000);
    const gate = deferred<Answer | null>();
    const a = cache.lookup('k', () => gate.promise);
    const b = cache.lookup('k', () => Promise.resolve(null));
    gate.resolve(answer('{"error":{"code":"database_unavailable"}}', 503));
    if (b.source !== 'coalesced') throw new Error(`expected coalesced, got ${b.source}`);
    const shared = await b.answer;
    expect([shared?.status, shared?.headers['retry-after']]).toEqual([503, '5']);
    expect(await bodyOf(a)).toBe(await bodyOf(b));
    await settle();
    expect(cache.entries).toBe(0);
    expect(cache.lookup('k', () => Promise.resolve(answer('{}'))).source).toBe('miss');
  });

  it('keeps no answer computed across a graph change; reads after the change do not join the old run', async () => {
    const cache = new AnswerCache(10, 10_000);
    const old = deferred<Answer | null>();
    const before = cache.lookup('k', () => old.promise);
    cache.changed();
    const fresh = deferred<Answer | null>();
    const after = cache.lookup('k', () => fresh.promise);
    expect(after.source).toBe('miss');
    // The old run ends first, with what it read before the change: its reader gets it, the cache keeps it not.
    old.resolve(answer('"old"'));
    expect(await bodyOf(before)).toBe('"old"');
    await settle();
    expect(cache.entries).toBe(0);
    fresh.resolve(answer('"new"'));
    expect(await bodyOf(after)).toBe('"new"');
    await settle();
    const hit = cache.lookup('k', () => Promise.resolve(answer('unused')));
    expect([hit.source, await bodyOf(hit)]).toEqual(['hit', '"new"']);
  });

  it('keeps no answer whose run ended after a change even when no read came meanwhile', async () => {
    const cache = new AnswerCache(10, 10_000);
    const gate = deferred<Answer | null>();
    cache.lookup('k', () => gate.promise);
    cache.changed();
    gate.resolve(answer('"stale"'));
    await settle();
    expect(cache.lookup('k', () => Promise.resolve(answer('"fresh"'))).source).toBe('miss');
  });

  it('compresses a kept body once, off the event loop, when first asked; small bodies never', async () => {
    const cache = new AnswerCache(10, 1_000_000);
    const big = JSON.stringify({ results: Array.from({ length: 200 }, (_, i) => ({ id: `entity:${i}` })) });
    expect(big.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
    for (const [key, text] of [
      ['big', big],
      ['small', '{"results":[]}'],
    ] as const) {
      const miss = cache.lookup(key, () => Promise.resolve(answer(text)));
      if (miss.source === 'miss') await miss.answer;
      await settle();
    }
    const hitOf = (key: string) => {
      const l = cache.lookup(key, () => Promise.resolve(null));
      if (l.source !== 'hit') throw new Error(`expected a hit for ${key}`);
      return l.entry;
    };
    const bytesBefore = cache.bytes;
    expect(cache.gzipped('big', hitOf('big'))).toBeNull();
    // The compression runs on libuv's thread pool: wait for it by time, not by a count of event-loop turns,
    // which a busy machine can outlast.
    await vi.waitFor(
      () => {
        expect(hitOf('big').gzip).toBeDefined();
      },
      { timeout: 10_000, interval: 5 },
    );
    const z = cache.gzipped('big', hitOf('big'));
    expect(z).not.toBeNull();
    expect(z!.length).toBeLessThan(big.length);
    expect(String(gunzipSync(z!))).toBe(big);
    expect(cache.bytes).toBe(bytesBefore + z!.length);
    expect(cache.gzipped('small', hitOf('small'))).toBeNull();
  });

  it('drops a compression that finishes after the graph changed', async () => {
    const cache = new AnswerCache(10, 1_000_000);
    const big = 'x'.repeat(4 * MIN_COMPRESSED_BYTES);
    const miss = cache.lookup('big', () => Promise.resolve(answer(big)));
    if (miss.source === 'miss') await miss.answer;
    await settle();
    const hit = cache.lookup('big', () => Promise.resolve(null));
    if (hit.source !== 'hit') throw new Error('expected a hit');
    expect(cache.gzipped('big', hit.entry)).toBeNull();
    cache.changed();
    for (let i = 0; i < 20; i++) await settle();
    expect(cache.entries).toBe(0);
  });
});
