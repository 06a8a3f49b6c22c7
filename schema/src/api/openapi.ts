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
const bearer = [{ bearer: [] }];

/** getEntitiesIdClaims from GET /entities/{id}/claims: stable, unique names for client generators. */
function operationId(method: string, path: string): string {
  const words = path.split(/[/{}._-]+/).filter(Boolean);
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

type Route = Omit<RouteConfig, 'operationId'>;

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
  {
    method: 'get',
    path: '/search',
    summary: 'Search entities by name or alias (exact, prefix, fuzzy)',
    request: { query: rq.SearchQuery },
    responses: { 200: json(rs.SearchResponse), ...common },
  },
  {
    method: 'get',
    path: '/entities/{id}',
    summary: 'An entity: properties, aliases, roles, mention count and documents',
    request: { params: rq.EntityPath },
    responses: { 200: json(rs.EntityDetail), 404: err('Unknown entity'), ...common },
  },
  {
    method: 'get',
    path: '/entities/{id}/neighbours',
    summary: 'Entities related to this one, each edge with its evidence',
    request: { params: rq.EntityPath, query: rq.NeighboursQuery },
    responses: { 200: json(rs.Neighbours), 404: err('Unknown entity'), ...common },
  },
  {
    method: 'get',
    path: '/entities/{id}/claims',
    summary: 'Claims made by or about an entity',
    request: { params: rq.EntityPath, query: rq.EntityClaimsQuery },
    responses: { 200: json(rs.EntityClaims), 404: err('Unknown entity'), ...common },
  },
  {
    method: 'get',
    path: '/claims',
    summary: 'Claims filtered by speaker, target and stance',
    request: { query: rq.ClaimsQuery },
    responses: { 200: json(rs.ClaimPage), ...common },
  },
  {
    method: 'get',
    path: '/path',
    summary: 'Shortest paths between two entities, every edge with its evidence',
    request: { query: rq.PathQuery },
    responses: { 200: json(rs.PathResponse), 404: err('Unknown entity'), ...common },
  },
  {
    method: 'get',
    path: '/documents',
    summary: 'Documents with counts of mentions, comments and claims',
    request: { query: rq.DocumentsQuery },
    responses: { 200: json(rs.DocumentPage), ...common },
  },
  {
    method: 'post',
    path: '/documents',
    summary: 'Ingest one document through the extraction pipeline',
    security: bearer,
    request: { body: body(rq.DocumentUpload) },
    responses: {
      201: json(rs.UploadResult, 'Created'),
      200: json(rs.UploadResult, 'Replaced or unchanged'),
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
  {
    method: 'get',
    path: '/documents/{id}',
    summary: 'A document: text, mentions, relations and claims with offsets, and its comment thread as a tree',
    request: { params: rq.DocumentPath },
    responses: { 200: json(rs.DocumentDetail), 404: err('Unknown document'), ...common },
  },
  {
    method: 'get',
    path: '/graph',
    summary: 'Overview subgraph: the best-connected entities and the edges among them',
    request: { query: rq.GraphQuery },
    responses: { 200: json(rs.GraphPayload), ...common },
  },
  {
    method: 'get',
    path: '/edges/claims',
    summary: 'What stands behind an edge: the claims of a stance edge (paged), the evidence of a fact edge',
    request: { query: rq.EdgeClaimsQuery },
    responses: { 200: json(rs.EdgeClaims), 404: err('No such edge'), ...common },
  },
  {
    method: 'get',
    path: '/claims/{id}',
    summary: 'One claim, with its flag',
    request: { params: rq.ClaimPath },
    responses: { 200: json(rs.Claim), 404: err('Unknown claim'), ...common },
  },
  claimFlag('post', 'Flag a claim whose stance is wrong: kept, shown as flagged, left out of stance edges'),
  claimFlag('delete', 'Remove the flag: the claim counts in stance edges again'),
  {
    method: 'get',
    path: '/contested',
    summary: 'Targets that different speakers judge with opposite stances, most contested first',
    request: { query: rq.ContestedQuery },
    responses: { 200: json(rs.ContestedPage), ...common },
  },
  {
    method: 'get',
    path: '/timeline',
    summary: 'Comments and claims over time, per day or per month (when the span exceeds a quarter)',
    request: { query: rq.TimelineQuery },
    responses: { 200: json(rs.Timeline), ...common },
  },
  {
    method: 'get',
    path: '/replies',
    summary: 'The reply network between commenters (REPLIES_TO edges with counts), shaped like /graph',
    request: { query: rq.RepliesQuery },
    responses: { 200: json(rs.GraphPayload), ...common },
  },
  {
    method: 'post',
    path: '/cypher',
    summary: 'Run a read-only Cypher query (timeout, row cap, rate limit)',
    request: { body: body(rq.CypherBody) },
    responses: {
      200: json(rs.CypherResult),
      400: err('Invalid body, syntax error (error.position), or a write/admin statement (code write_refused)'),
      408: err('Timed out (code timeout)'),
      ...withBody,
      413: err('Body larger than BODY_LIMIT, or the query needed more memory than one may use (code too_large)'),
      429: err('Rate limited'),
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
  for (const r of routes) registry.registerPath({ ...r, operationId: operationId(r.method, r.path) });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'claimgraph API',
      version: '0.1.0',
      description:
        "Who said what about whom in public writing about UK children's social care. Every fact carries its " +
        'evidence: document id, UTF-16 offsets and the quoted text. Answers of GET endpoints (but /health) are ' +
        'cached in memory per graph version and say X-Cache: hit or miss.',
    },
    servers: [{ url: '/api' }],
    // Reads are open; an operation that needs the token says so itself.
    security: [{}],
  });
}

export const openapi = generate();
