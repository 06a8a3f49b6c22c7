// The API's OpenAPI 3.1 document, generated from the request and response schemas so it cannot drift
// from what the server checks and answers.
import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import { z } from './zod.js';
import * as rq from './requests.js';
import * as rs from './responses.js';

const json = (schema: z.ZodType, description = 'OK'): ResponseConfig => ({
  description,
  content: { 'application/json': { schema } },
});
const err = (description: string) => json(rs.ErrorBody, description);
const body = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema } } });

// The body parser runs for every request: a malformed, oversized or wrongly encoded body is refused anywhere.
const anyRequest = { 400: err('Malformed request or body encoding') };
// Operations that read a body: it must be JSON (415 otherwise) and within BODY_LIMIT (413).
const withBody = {
  413: err('Body larger than BODY_LIMIT'),
  415: err('Body not JSON (Content-Type: application/json), or an unknown Content-Encoding'),
};
const unavailable: ResponseConfig = {
  ...err('Neo4j is unreachable'),
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
};
const common = { 400: err('Invalid parameters'), 503: unavailable };

/** Response headers as the document states them (plain objects, never zod schemas here). */
interface HeaderDoc {
  description?: string;
  schema: { type: 'string' | 'integer'; enum?: string[]; minimum?: number };
}
type Headers = Record<string, HeaderDoc>;
/** The generator's header type joins those of three OpenAPI versions, which plain objects satisfy in practice. */
const asHeaders = (h: Headers) => h as ResponseConfig['headers'];

/** On every answer of a server running as several processes (API_WORKERS > 1): which one answered. */
const workerHeader: Headers = {
  'X-Worker': {
    description: 'The worker process that answered, 1 to API_WORKERS; absent when the server runs as one process.',
    schema: { type: 'integer', minimum: 1 },
  },
};

/** On answers of the cached reads (GET, but /health and /openapi.json). */
const cacheHeaders: Headers = {
  'X-Cache': {
    description:
      'hit: answered from memory; miss: its queries ran; coalesced: the answer of an identical read that was ' +
      'running when this one arrived; bypass: the graph version could not be read (the error says why).',
    schema: { type: 'string', enum: ['hit', 'miss', 'coalesced', 'bypass'] },
  },
  Vary: {
    description: 'Accept-Encoding: a kept answer may be sent gzip-compressed.',
    schema: { type: 'string' },
  },
};

/** On a 200 of a cached read. */
const cachedOkHeaders: Headers = {
  ...cacheHeaders,
  ETag: {
    description: 'A weak validator of the answer; send it in If-None-Match to get 304 while it is unchanged.',
    schema: { type: 'string' },
  },
  'Content-Encoding': {
    description: 'gzip when the request accepts it and the kept answer has been compressed; absent otherwise.',
    schema: { type: 'string', enum: ['gzip'] },
  },
};

const notModified = { description: 'Not modified: If-None-Match names the ETag of the answer kept for this request' };

/** Operations whose answers go through the read cache. */
const isCached = (r: Route) => r.method === 'get' && r.path !== '/health' && r.path !== '/openapi.json';

/** Every response with the headers the server sets on it, besides those it names itself. */
function withHeaders(r: Route): Route {
  const responses: Record<string, ResponseConfig> = {};
  for (const [status, res] of Object.entries(r.responses) as [string, ResponseConfig][]) {
    const cache = isCached(r) ? (status === '200' ? cachedOkHeaders : cacheHeaders) : {};
    responses[status] = {
      description: res.description,
      ...(res.content ? { content: res.content } : {}),
      headers: asHeaders({ ...((res.headers ?? {}) as Headers), ...cache, ...workerHeader }),
    };
  }
  if (isCached(r))
    responses['304'] = {
      description: notModified.description,
      headers: asHeaders({ ...cachedOkHeaders, ...workerHeader }),
    };
  return { ...r, responses };
}

/** Headers of every answer that concern HTTP itself, not this API. */
export const TRANSPORT_HEADERS = [
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
];

/** The browser security policy every answer carries (helmet), named once in the description, not per response. */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];
const bearer = [{ bearer: [] }];
const stringHeader = (description: string) => ({ description, schema: { type: 'string' as const } });
const locationHeader = stringHeader('Where the document is read: /api/documents/{id}.');

/** getEntitiesIdClaims from GET /entities/{id}/claims: stable, unique names for client generators. */
function operationId(method: string, path: string): string {
  const words = path.split(/[/{}._-]+/).filter(Boolean);
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

type Route = Omit<RouteConfig, 'operationId'>;

/** POST /cypher's rate limit, as the IETF draft's headers (draft-7) state it. */
const rateLimitHeaders = {
  RateLimit: stringHeader(
    'Requests left in the current window and seconds until it resets: limit=N, remaining=N, reset=S.',
  ),
  'RateLimit-Policy': stringHeader('The policy: N;w=S (N requests per S seconds).'),
};

type ReadInput = Pick<NonNullable<Route['request']>, 'params' | 'query'> & { missing?: string };

/** A read: 200 with `ok`, 400 for invalid parameters, 503 without Neo4j, and 404 when `missing` says what is absent. */
function read(path: string, summary: string, ok: z.ZodType, { missing, ...request }: ReadInput = {}): Route {
  return {
    method: 'get',
    path,
    summary,
    ...(Object.keys(request).length ? { request } : {}),
    responses: { 200: json(ok), ...(missing ? { 404: err(missing) } : {}), ...common },
  };
}

const claimFlag = (method: 'post' | 'delete', summary: string): Route => ({
  method,
  path: '/claims/{id}/flag',
  summary,
  security: bearer,
  request: { params: rq.ClaimPath, ...(method === 'post' ? { body: body(rq.FlagBody) } : {}) },
  responses: {
    200: json(rs.Claim, 'The claim as now stored'),
    400: common[400],
    401: err('No token'),
    403: err('Wrong token, or flags disabled (no API_TOKEN)'),
    404: err('Unknown claim'),
    ...(method === 'post' ? withBody : {}),
    503: unavailable,
  },
});

/** Every operation the server answers. */
export const routes: Route[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Liveness and Neo4j reachability: status ok, or busy (pool full), down or degraded with 503',
    responses: {
      200: json(rs.Health),
      ...anyRequest,
      503: { ...json(rs.Health, 'Neo4j is not ready'), headers: unavailable.headers },
    },
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    responses: { 200: json(z.record(z.string(), z.unknown())), ...anyRequest },
  },
  {
    method: 'get',
    path: '/stats',
    summary: 'Counts by label, relationship type, entity type and kind',
    responses: { 200: json(rs.Stats), ...anyRequest, 503: unavailable },
  },
  read('/search', 'Search entities by name or alias (exact, prefix, fuzzy)', rs.SearchResponse, {
    query: rq.SearchQuery,
  }),
  read('/entities/{id}', 'An entity: properties, aliases, roles, mention count and documents', rs.EntityDetail, {
    params: rq.EntityPath,
    query: rq.EntityQuery,
    missing: 'Unknown entity',
  }),
  read('/entities/{id}/neighbours', 'Entities related to this one, each edge with its evidence', rs.Neighbours, {
    params: rq.EntityPath,
    query: rq.NeighboursQuery,
    missing: 'Unknown entity',
  }),
  read('/entities/{id}/claims', 'Claims made by or about an entity', rs.EntityClaims, {
    params: rq.EntityPath,
    query: rq.EntityClaimsQuery,
    missing: 'Unknown entity',
  }),
  read('/claims', 'Claims filtered by speaker, target and stance', rs.ClaimPage, { query: rq.ClaimsQuery }),
  read('/path', 'Shortest paths between two entities, every edge with its evidence', rs.PathResponse, {
    query: rq.PathQuery,
    missing: 'Unknown entity',
  }),
  read('/documents', 'Documents with counts of mentions, comments and claims', rs.DocumentPage, {
    query: rq.DocumentsQuery,
  }),
  {
    method: 'post',
    path: '/documents',
    summary: 'Ingest one document through the extraction pipeline',
    security: bearer,
    request: { body: body(rq.DocumentUpload) },
    responses: {
      201: { ...json(rs.UploadResult, 'Created'), headers: { Location: locationHeader } },
      200: { ...json(rs.UploadResult, 'Replaced or unchanged'), headers: { Location: locationHeader } },
      400: common[400],
      401: err('No token'),
      403: err('Wrong token, or uploads disabled (no API_TOKEN)'),
      409: err('Another file name already holds this document id (send replace: true)'),
      ...withBody,
      422: err('Text could not be parsed (code unparseable), or took longer than EXTRACT_TIMEOUT_MS (too_complex)'),
      503: {
        ...unavailable,
        description: 'Neo4j is unreachable, or too many uploads are waiting to be read (code busy)',
      },
    },
  },
  read(
    '/documents/{id}',
    'A document: text, mentions, relations and claims with offsets, and its comment thread as a tree',
    rs.DocumentDetail,
    { params: rq.DocumentPath, missing: 'Unknown document' },
  ),
  read('/graph', 'Overview subgraph: the best-connected entities and the edges among them', rs.GraphPayload, {
    query: rq.GraphQuery,
  }),
  read(
    '/edges/claims',
    'What stands behind an edge: the claims of a stance edge (paged), the evidence of a fact edge',
    rs.EdgeClaims,
    { query: rq.EdgeClaimsQuery, missing: 'No such edge' },
  ),
  read('/claims/{id}', 'One claim, with its flag', rs.Claim, { params: rq.ClaimPath, missing: 'Unknown claim' }),
  claimFlag('post', 'Flag a claim whose stance is wrong: kept, shown as flagged, left out of stance edges'),
  claimFlag('delete', 'Remove the flag: the claim counts in stance edges again'),
  read(
    '/contested',
    'Targets that different speakers judge with opposite stances, most contested first',
    rs.ContestedPage,
    { query: rq.ContestedQuery },
  ),
  read(
    '/timeline',
    'Comments and claims over time, per day or per month (when the span exceeds a quarter)',
    rs.Timeline,
    { query: rq.TimelineQuery },
  ),
  read(
    '/replies',
    'The reply network between commenters (REPLIES_TO edges with counts), shaped like /graph',
    rs.GraphPayload,
    { query: rq.RepliesQuery },
  ),
  {
    method: 'post',
    path: '/cypher',
    summary: 'Run a read-only Cypher query (timeout, row cap, rate limit)',
    request: { body: body(rq.CypherBody) },
    responses: {
      200: { ...json(rs.CypherResult), headers: rateLimitHeaders },
      400: err('Invalid body, syntax error (error.position), or a write/admin statement (code write_refused)'),
      408: err('Timed out (code timeout)'),
      ...withBody,
      413: err('Body larger than BODY_LIMIT, or the query needed more memory than one may use (code too_large)'),
      429: {
        ...err('Rate limited'),
        headers: { ...rateLimitHeaders, 'Retry-After': { schema: { type: 'integer' } } },
      },
      503: unavailable,
    },
  },
];

function generate() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: "The server's API_TOKEN.",
  });
  for (const r of routes) registry.registerPath({ ...withHeaders(r), operationId: operationId(r.method, r.path) });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'claimgraph API',
      version: '0.1.0',
      description:
        "Who said what about whom in public writing about UK children's social care. Every fact carries its " +
        'evidence: document id, UTF-16 offsets and the quoted text. Answers of GET endpoints (but /health) are ' +
        'cached in memory per graph version and say so in X-Cache. Every answer also carries a browser security ' +
        `policy: ${SECURITY_HEADERS.join(', ')}.`,
    },
    servers: [{ url: '/api' }],
    // Reads are open; an operation that needs the token says so itself.
    security: [{}],
  });
}

export const openapi = generate();
