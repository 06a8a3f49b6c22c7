// Caches the answers of the API's read endpoints in this process, keyed by the normalised request and valid
// for one graph version: a repeated read is answered from memory with no Neo4j round trip, and reads that miss
// the same key at once share one run of the route (answers.ts). Only 200 answers of GET (and HEAD) requests
// are kept; errors, writes and people's Cypher (POST /api/cypher) always reach Neo4j.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../context.js';
import { AnswerCache, type Answer } from './answers.js';
import { GraphVersionWatch } from './graph-version.js';

export interface ReadCacheSettings {
  /** Most answers kept; 0 turns the cache off. */
  cacheMaxEntries: number;
  /** Most bytes of answers kept (JSON text, and its gzip form once asked for). */
  cacheMaxBytes: number;
  /** Longest time a write by another process can stay unseen by a cached read; 0 checks before every hit. */
  cacheVersionCheckMs: number;
}

/** Paths (under /api) never cached: health reports on Neo4j itself. */
const UNCACHED = new Set(['/health']);

/** Headers of the response that belong to this request, not to the answer a waiting request is given. */
const OWN_HEADERS = new Set(['x-cache', 'x-worker', 'etag', 'vary', 'content-type', 'content-length']);

/** Path and query parameters sorted by name (values of one name keep their order, which can matter). */
export function cacheKey(path: string, rawQuery: string): string {
  const params = [...new URLSearchParams(rawQuery)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${new URLSearchParams(params).toString()}`;
}

const weakEtag = (buf: Buffer) =>
  `W/"${buf.length.toString(16)}-${createHash('sha1').update(buf).digest('base64').slice(0, 27)}"`;

export interface ReadCache {
  middleware: RequestHandler;
  /** Call after this server committed a write: cached answers go and the next read re-reads the version. */
  graphChanged: () => void;
  stats: () => {
    entries: number;
    bytes: number;
    hits: number;
    misses: number;
    coalesced: number;
    versionChecks: number;
  };
}

/**
 * Runs the rest of the chain for this request and captures the JSON it answers with, which is sent to this
 * client as usual and shared with the requests waiting on the same key. Null when the response ends without
 * a JSON answer (nothing to share: those waiting run the route themselves).
 */
function runRoute(req: Request, res: Response, next: NextFunction): Promise<Answer | null> {
  return new Promise((resolve) => {
    const json = res.json.bind(res);
    const before = new Set(res.getHeaderNames());
    res.json = (body: unknown) => {
      // JSON.stringify is typed string, but gives undefined for a body JSON cannot show, and may throw.
      const text = (() => {
        try {
          return JSON.stringify(body) as string | undefined;
        } catch (e) {
          resolve(null);
          throw e;
        }
      })();
      if (text === undefined) {
        resolve(null);
        return json(body);
      }
      const buf = Buffer.from(text);
      const etag = weakEtag(buf);
      const headers: Record<string, string> = {};
      for (const name of res.getHeaderNames())
        if (!before.has(name) && !OWN_HEADERS.has(name)) headers[name] = String(res.getHeader(name));
      resolve({ status: res.statusCode, headers, body: buf, etag });
      if (res.statusCode === 200) res.setHeader('ETag', etag);
      return res.type('application/json').send(buf);
    };
    res.once('close', () => {
      resolve(null);
    });
    res.setHeader('X-Cache', 'miss');
    next();
  });
}

/** Sends a kept or shared answer, gzip-compressed when the client accepts it and that form is ready. */
function send(req: Request, res: Response, a: Answer, gzipped: Buffer | null): void {
  for (const [name, value] of Object.entries(a.headers)) res.setHeader(name, value);
  if (a.status === 200) res.setHeader('ETag', a.etag);
  res.status(a.status).type('application/json');
  if (gzipped && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.send(gzipped);
  } else res.send(a.body);
}

export function readCache(ctx: AppContext, s: ReadCacheSettings): ReadCache {
  const answers = new AnswerCache(s.cacheMaxEntries, s.cacheMaxBytes);
  const version = new GraphVersionWatch(ctx, s.cacheVersionCheckMs, () => {
    answers.changed();
  });
  const enabled = s.cacheMaxEntries > 0 && s.cacheMaxBytes > 0;

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    if (!enabled || (req.method !== 'GET' && req.method !== 'HEAD') || UNCACHED.has(req.path)) {
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
    // A kept answer may be sent compressed or not, by what each client accepts.
    res.vary('Accept-Encoding');
    const found = answers.lookup(key, () => runRoute(req, res, next));
    // A miss runs the route, which may answer before lookup returns: runRoute has said so already.
    if (found.source === 'miss') return;
    res.setHeader('X-Cache', found.source);
    if (found.source === 'hit') {
      const accepts = req.headers['accept-encoding'] !== undefined;
      send(req, res, found.entry, accepts ? answers.gzipped(key, found.entry) : null);
      return;
    }
    let shared: Answer | null;
    try {
      shared = await found.answer;
    } catch (e) {
      next(e);
      return;
    }
    if (shared) send(req, res, shared, null);
    else next();
  };
  return {
    middleware: (req, res, next) => {
      void middleware(req, res, next);
    },
    graphChanged: () => {
      version.changed();
    },
    stats: () => ({
      entries: answers.entries,
      bytes: answers.bytes,
      hits: answers.hits,
      misses: answers.misses,
      coalesced: answers.coalesced,
      versionChecks: version.checks,
    }),
  };
}
