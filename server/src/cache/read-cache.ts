// Caches the answers of the API's read endpoints in this process, keyed by the normalised request and valid
// for one graph version: a repeated read is answered from memory with no Neo4j round trip. Only 200 answers
// of GET requests are kept; errors, writes and people's Cypher (POST /api/cypher) always reach Neo4j.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../context.js';
import { Lru } from './lru.js';
import { GraphVersionWatch } from './graph-version.js';

export interface ReadCacheSettings {
  /** Most answers kept; 0 turns the cache off. */
  cacheMaxEntries: number;
  /** Most bytes of answers kept (JSON text). */
  cacheMaxBytes: number;
  /** Longest time a write by another process can stay unseen by a cached read; 0 checks before every hit. */
  cacheVersionCheckMs: number;
}

interface Entry {
  body: Buffer;
  etag: string;
  bytes: number;
}

/** Paths (under /api) never cached: health reports on Neo4j itself. */
const UNCACHED = new Set(['/health']);

/** Path and query parameters sorted by name (values of one name keep their order, which can matter). */
export function cacheKey(path: string, rawQuery: string): string {
  const params = [...new URLSearchParams(rawQuery)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${new URLSearchParams(params).toString()}`;
}

export interface ReadCache {
  middleware: RequestHandler;
  /** Call after this server committed a write: cached answers go and the next read re-reads the version. */
  graphChanged: () => void;
  stats: () => { entries: number; bytes: number; hits: number; misses: number; versionChecks: number };
}

export function readCache(ctx: AppContext, s: ReadCacheSettings): ReadCache {
  const lru = new Lru<Entry>(s.cacheMaxEntries, s.cacheMaxBytes);
  const version = new GraphVersionWatch(ctx, s.cacheVersionCheckMs, () => {
    lru.clear();
  });
  let hits = 0;
  let misses = 0;
  const enabled = s.cacheMaxEntries > 0 && s.cacheMaxBytes > 0;

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    if (!enabled || req.method !== 'GET' || UNCACHED.has(req.path)) {
      next();
      return;
    }
    try {
      await version.fresh();
    } catch (e) {
      // The version cannot be read, so neither can the graph: report that failure now (503 when Neo4j is down
      // or silent) rather than wait out the driver's timeout a second time in the route.
      res.setHeader('X-Cache', 'bypass');
      next(e);
      return;
    }
    const q = req.originalUrl.indexOf('?');
    const key = cacheKey(req.path, q < 0 ? '' : req.originalUrl.slice(q + 1));
    const cached = lru.get(key);
    if (cached) {
      hits++;
      res.setHeader('X-Cache', 'hit');
      res.setHeader('ETag', cached.etag);
      res.type('application/json').send(cached.body);
      return;
    }
    misses++;
    res.setHeader('X-Cache', 'miss');
    const generation = version.generation;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const text = JSON.stringify(body) as string | undefined;
      if (res.statusCode !== 200 || text === undefined) return json(body);
      const buf = Buffer.from(text);
      const etag = `W/"${buf.length.toString(16)}-${createHash('sha1').update(buf).digest('base64').slice(0, 27)}"`;
      // An answer computed while the graph changed may be of either version: serve it, keep it not.
      if (generation === version.generation) lru.set(key, { body: buf, etag, bytes: buf.length + key.length });
      res.setHeader('ETag', etag);
      return res.type('application/json').send(buf);
    };
    next();
  };
  return {
    middleware: (req, res, next) => {
      void middleware(req, res, next);
    },
    graphChanged: () => {
      version.changed();
    },
    stats: () => ({ entries: lru.size, bytes: lru.bytes, hits, misses, versionChecks: version.checks }),
  };
}
