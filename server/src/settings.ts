// Server settings from the environment, overridable per app (tests build apps with their own settings).
import { EXTRACT_TIMEOUT_MS } from './extract-thread.js';

export interface ServerSettings {
  /** Bearer token for the write endpoints (uploads, claim flags); null disables them. */
  apiToken: string | null;
  /** Allowed CORS origins; empty means CORS stays off (same-origin only). */
  corsOrigins: string[];
  /** Largest JSON body accepted, in the notation of the `bytes` package (e.g. 5mb). */
  bodyLimit: string;
  cypherTimeoutMs: number;
  cypherMaxRows: number;
  /** Requests per window and per client address on POST /api/cypher. */
  cypherRateLimit: number;
  cypherRateWindowMs: number;
  /** Time one upload may take to be parsed and extracted before it is given up (422). */
  extractTimeoutMs: number;
  /** Answers of read endpoints kept in memory (cache/read-cache.ts); 0 turns the cache off. */
  cacheMaxEntries: number;
  cacheMaxBytes: number;
  /** Longest a write by another process (npm run ingest) can stay unseen by a cached read; 0 checks every hit. */
  cacheVersionCheckMs: number;
}

function int(value: string | undefined, fallback: number, name: string, min = 1): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be ${min === 0 ? 'a whole number ≥ 0' : 'a positive integer'}, not "${value}"`);
  return n;
}

export function serverSettings(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerSettings> = {},
): ServerSettings {
  return {
    apiToken: env.API_TOKEN ? env.API_TOKEN : null,
    corsOrigins: (env.CORS_ORIGIN ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: env.BODY_LIMIT || '5mb',
    cypherTimeoutMs: int(env.CYPHER_TIMEOUT_MS, 10_000, 'CYPHER_TIMEOUT_MS'),
    cypherMaxRows: int(env.CYPHER_MAX_ROWS, 1000, 'CYPHER_MAX_ROWS'),
    cypherRateLimit: int(env.CYPHER_RATE_LIMIT, 60, 'CYPHER_RATE_LIMIT'),
    cypherRateWindowMs: int(env.CYPHER_RATE_WINDOW_MS, 60_000, 'CYPHER_RATE_WINDOW_MS'),
    extractTimeoutMs: int(env.EXTRACT_TIMEOUT_MS, EXTRACT_TIMEOUT_MS, 'EXTRACT_TIMEOUT_MS'),
    cacheMaxEntries: int(env.CACHE_MAX_ENTRIES, 10_000, 'CACHE_MAX_ENTRIES', 0),
    cacheMaxBytes: int(env.CACHE_MAX_MB, 128, 'CACHE_MAX_MB', 0) * 2 ** 20,
    cacheVersionCheckMs: int(env.CACHE_VERSION_CHECK_MS, 1000, 'CACHE_VERSION_CHECK_MS', 0),
    ...overrides,
  };
}
