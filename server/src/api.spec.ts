// Unit tests for the API's pure helpers: Lucene escaping, token comparison, comment trees.
import { describe, expect, it } from 'vitest';
import { luceneEscape, luceneQuery } from './queries/search.js';
import { tokenMatches } from './auth.js';
import { commentTree } from './queries/documents.js';
import { serverSettings } from './settings.js';

describe('Lucene query building', () => {
  it('escapes every special character', () => {
    expect(luceneEscape('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
  it('makes each word exact, prefix and (from four letters) fuzzy, all required', () => {
    expect(luceneQuery('Nadhim Zah')).toBe('(nadhim^3 OR nadhim* OR nadhim~1) AND (zah^3 OR zah*)');
  });
  it('turns operators and syntax into plain words, and empty input into null', () => {
    expect(luceneQuery('cats AND dogs')).toBe(
      '(cats^3 OR cats* OR cats~1) AND (and^3 OR and*) AND (dogs^3 OR dogs* OR dogs~1)',
    );
    expect(luceneQuery('title:"x" OR y*')).toBe(
      '(title^3 OR title* OR title~1) AND (x^3 OR x*) AND (or^3 OR or*) AND (y^3 OR y*)',
    );
    expect(luceneQuery('  !!! ')).toBeNull();
    expect(luceneQuery("Children's Commissioner")).toContain("children's*");
  });
});

describe('token comparison', () => {
  it('matches only the same token, whatever the lengths', () => {
    expect(tokenMatches('secret-token', 'secret-token')).toBe(true);
    expect(tokenMatches('secret-tokeN', 'secret-token')).toBe(false);
    expect(tokenMatches('s', 'secret-token')).toBe(false);
    expect(tokenMatches('', 'secret-token')).toBe(false);
  });
});

describe('comment tree', () => {
  it('nests replies under their parents in reading order; orphans become roots', () => {
    const c = (id: string, parent: string | null, ordinal: number) => ({
      id,
      parent,
      ordinal,
      author: null,
      authorId: null,
      postedAt: null,
      start: 0,
      end: 0,
      text: '',
    });
    const tree = commentTree([
      c('a', null, 1),
      c('b', 'a', 2),
      c('c', 'b', 3),
      c('d', null, 4),
      c('e', 'a', 5),
      c('f', 'gone', 6),
    ]);
    expect(tree.map((t) => t.id)).toEqual(['a', 'd', 'f']);
    expect(tree[0]!.replies.map((t) => t.id)).toEqual(['b', 'e']);
    expect(tree[0]!.replies[0]!.replies.map((t) => t.id)).toEqual(['c']);
  });
});

describe('settings', () => {
  it('reads defaults and environment, and rejects nonsense numbers', () => {
    expect(serverSettings({})).toMatchObject({
      apiToken: null,
      corsOrigins: [],
      bodyLimit: '5mb',
      cypherTimeoutMs: 10_000,
      cypherMaxRows: 1000,
    });
    expect(serverSettings({ CORS_ORIGIN: 'https://a.example, https://b.example', CYPHER_MAX_ROWS: '5' })).toMatchObject(
      { corsOrigins: ['https://a.example', 'https://b.example'], cypherMaxRows: 5 },
    );
    expect(() => serverSettings({ CYPHER_TIMEOUT_MS: 'soon' })).toThrow(/CYPHER_TIMEOUT_MS/);
  });
  it('reads the cache bounds, where 0 is allowed and turns the cache off or checks every read', () => {
    expect(serverSettings({})).toMatchObject({
      cacheMaxEntries: 10_000,
      cacheMaxBytes: 128 * 2 ** 20,
      cacheVersionCheckMs: 1000,
    });
    expect(serverSettings({ CACHE_MAX_ENTRIES: '0', CACHE_MAX_MB: '2', CACHE_VERSION_CHECK_MS: '0' })).toMatchObject({
      cacheMaxEntries: 0,
      cacheMaxBytes: 2 * 2 ** 20,
      cacheVersionCheckMs: 0,
    });
    expect(() => serverSettings({ CACHE_MAX_MB: '-1' })).toThrow(/CACHE_MAX_MB/);
  });
});
