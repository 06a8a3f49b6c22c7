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
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
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
    ...overrides,
  };
}
