// The API's OpenAPI 3.1 description, served at /api/openapi.json.
import { DOCUMENT_KINDS, ENTITY_TYPES, PREDICATES, STANCES } from '@claimgraph/schema';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const err = (description: string) => json(ref('Error'), description);
const q = (name: string, schema: object, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const p = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const limit = (max: number, dflt: number) =>
  q('limit', { type: 'integer', minimum: 1, maximum: max, default: dflt }, 'Page size.');
const offset = q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Items to skip.');
// The body parser runs for every request: a malformed, oversized or wrongly encoded body is refused anywhere.
const anyRequest = { 400: err('Malformed request or body encoding') };
// Operations that read a body: it must be JSON (415 otherwise) and within BODY_LIMIT (413).
const withBody = {
  413: err('Body larger than BODY_LIMIT'),
  415: err('Body not JSON (Content-Type: application/json), or an unknown Content-Encoding'),
};
const common = {
  400: err('Invalid parameters'),
  503: { ...err('Neo4j is unreachable'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
};
const csv = (values: readonly string[]) => ({ type: 'string', description: `Comma-separated: ${values.join(', ')}` });

const Evidence = {
  type: 'object',
  required: ['doc', 'start', 'end', 'quote'],
  description: 'A span of a document: UTF-16 offsets, so text.slice(start, end) === quote.',
  properties: {
    doc: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    quote: { type: 'string' },
  },
};
const EntityRef = {
  type: 'object',
  required: ['id', 'name', 'type'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    type: { enum: [...ENTITY_TYPES] },
    kind: { type: ['string', 'null'] },
  },
};
const Edge = {
  type: 'object',
  required: ['id', 'type', 'source', 'target', 'evidence'],
  properties: {
    id: { type: 'string' },
    type: { enum: [...PREDICATES] },
    source: { type: 'string' },
    target: { type: 'string' },
    qualifier: { type: ['string', 'null'] },
    derived: { type: 'boolean', description: 'A stance edge aggregated from claims.' },
    count: { type: 'integer' },
    evidence: { type: 'array', items: ref('Evidence') },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          text: { type: 'string' },
          stance: { enum: [...STANCES] },
          evidence: ref('Evidence'),
        },
      },
    },
  },
};
const Speaker = {
  ...EntityRef,
  properties: {
    ...EntityRef.properties,
    displayName: {
      type: 'string',
      description: 'The name to show: a placeholder speaker becomes the document author or "Author of <title>".',
    },
  },
};
const ClaimBrief = {
  type: 'object',
  required: ['id', 'text', 'stance', 'flagged', 'evidence'],
  properties: {
    id: { type: 'string' },
    text: { type: 'string' },
    stance: { enum: [...STANCES] },
    flagged: { type: 'boolean' },
    speaker: { anyOf: [ref('Speaker'), { type: 'null' }] },
    evidence: ref('Evidence'),
  },
};
const dateParam = (name: string, description: string) =>
  q(name, { type: 'string', format: 'date' }, `${description} (YYYY-MM-DD, inclusive).`);
const claimFlag = (summary: string, body: boolean) => ({
  summary,
  security: [{ bearer: [] }],
  parameters: [p('id', 'Claim id (URL-encoded: it contains #)')],
  ...(body
    ? {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['reason'],
                additionalProperties: false,
                properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } },
              },
            },
          },
        },
      }
    : {}),
  responses: {
    200: json(ref('Claim'), 'The claim as now stored'),
    400: common[400],
    401: err('No token'),
    403: err('Wrong token, or flags disabled (no API_TOKEN)'),
    404: err('Unknown claim'),
    ...(body ? withBody : {}),
    503: common[503],
  },
});
const Claim = {
  type: 'object',
  required: ['id', 'text', 'stance', 'evidence'],
  properties: {
    id: { type: 'string' },
    text: { type: 'string' },
    stance: { enum: [...STANCES] },
    speaker: { anyOf: [ref('Speaker'), { type: 'null' }] },
    about: { type: 'array', items: ref('EntityRef') },
    flagged: { type: 'boolean', description: 'GET /claims/{id} only: a person marked the stance as wrong.' },
    flagReason: { type: ['string', 'null'] },
    flaggedAt: { type: ['string', 'null'] },
    evidence: ref('Evidence'),
    document: { type: ['object', 'null'] },
    comment: { type: ['object', 'null'] },
  },
};
const Page = (item: object) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: item },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
});

/** getEntitiesIdClaims from GET /entities/{id}/claims: stable, unique names for client generators. */
function operationId(method: string, path: string): string {
  const words = path.split(/[/{}._-]+/).filter(Boolean);
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** Gives every operation that lacks one an operationId derived from its method and path. */
function withOperationIds<T extends { paths: Record<string, Record<string, object>> }>(doc: T): T {
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item))
      if (!('operationId' in op)) Object.assign(op, { operationId: operationId(method, path) });
  return doc;
}

export const openapi = withOperationIds({
  openapi: '3.1.0',
  info: {
    title: 'claimgraph API',
    version: '0.1.0',
    description:
      "Who said what about whom in public writing about UK children's social care. Every fact carries its evidence: document id, UTF-16 offsets and the quoted text. " +
      'Answers of GET endpoints (but /health) are cached in memory per graph version and say X-Cache: hit or miss.',
  },
  servers: [{ url: '/api' }],
  // Reads are open; an operation that needs the token says so itself.
  security: [{}],
  paths: {
    '/health': {
      get: {
        summary: 'Liveness and Neo4j reachability: status ok, or busy (pool full), down or degraded with 503',
        responses: { 200: json({ type: 'object' }), ...anyRequest, 503: common[503] },
      },
    },
    '/openapi.json': {
      get: { summary: 'This document', responses: { 200: json({ type: 'object' }), ...anyRequest } },
    },
    '/stats': {
      get: {
        summary: 'Counts by label, relationship type, entity type and kind',
        responses: { 200: json({ type: 'object' }), ...anyRequest, 503: common[503] },
      },
    },
    '/search': {
      get: {
        summary: 'Search entities by name or alias (exact, prefix, fuzzy)',
        parameters: [
          q('q', { type: 'string', minLength: 1, maxLength: 200 }, 'Search text.', true),
          q('type', { enum: [...ENTITY_TYPES] }, 'Entity type.'),
          limit(100, 10),
        ],
        responses: {
          200: json({
            type: 'object',
            properties: {
              q: { type: 'string' },
              results: {
                type: 'array',
                items: {
                  allOf: [ref('EntityRef')],
                  type: 'object',
                  properties: {
                    aliases: { type: 'array', items: { type: 'string' } },
                    mentions: { type: 'integer' },
                    score: { type: ['number', 'null'] },
                    match: { enum: ['name', 'alias', 'prefix', 'fulltext'] },
                  },
                },
              },
            },
          }),
          ...common,
        },
      },
    },
    '/entities/{id}': {
      get: {
        summary: 'An entity: properties, aliases, roles, mention count and documents',
        parameters: [p('id', 'Entity id, e.g. person:nadhim-zahawi')],
        responses: { 200: json({ type: 'object' }), 404: err('Unknown entity'), ...common },
      },
    },
    '/entities/{id}/neighbours': {
      get: {
        summary: 'Entities related to this one, each edge with its evidence',
        parameters: [
          p('id', 'Entity id'),
          q('depth', { type: 'integer', minimum: 1, maximum: 3, default: 1 }, 'Hops.'),
          q('types', csv(ENTITY_TYPES), 'Neighbour entity types.'),
          q('predicates', csv(PREDICATES), 'Relationship types.'),
          limit(500, 50),
        ],
        responses: {
          200: json({
            type: 'object',
            properties: {
              entity: ref('EntityRef'),
              depth: { type: 'integer' },
              nodes: { type: 'array', items: ref('EntityRef') },
              edges: { type: 'array', items: ref('Edge') },
              total: { type: 'integer' },
              more: { type: 'integer', description: 'Neighbours left out by the limit.' },
            },
          }),
          404: err('Unknown entity'),
          ...common,
        },
      },
    },
    '/entities/{id}/claims': {
      get: {
        summary: 'Claims made by or about an entity',
        parameters: [
          p('id', 'Entity id'),
          q('role', { enum: ['by', 'about'] }, 'by: the entity is the speaker; about: the target; absent: either.'),
          q('stance', { enum: [...STANCES] }, 'Stance.'),
          limit(200, 50),
          offset,
        ],
        responses: { 200: json(Page(ref('Claim'))), 404: err('Unknown entity'), ...common },
      },
    },
    '/claims': {
      get: {
        summary: 'Claims filtered by speaker, target and stance',
        parameters: [
          q('speaker', { type: 'string' }, 'Speaker entity id.'),
          q('about', { type: 'string' }, 'Target entity id.'),
          q('stance', { enum: [...STANCES] }, 'Stance.'),
          limit(200, 50),
          offset,
        ],
        responses: { 200: json(Page(ref('Claim'))), ...common },
      },
    },
    '/path': {
      get: {
        summary: 'Shortest paths between two entities, every edge with its evidence',
        parameters: [
          q('from', { type: 'string' }, 'Entity id.', true),
          q('to', { type: 'string' }, 'Entity id.', true),
          q('maxHops', { type: 'integer', minimum: 1, maximum: 6, default: 4 }, 'Longest path considered.'),
        ],
        responses: {
          200: json({
            type: 'object',
            properties: {
              hops: { type: ['integer', 'null'] },
              paths: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    nodes: { type: 'array', items: ref('EntityRef') },
                    edges: { type: 'array', items: ref('Edge') },
                  },
                },
              },
            },
          }),
          404: err('Unknown entity'),
          ...common,
        },
      },
    },
    '/documents': {
      get: {
        summary: 'Documents with counts of mentions, comments and claims',
        parameters: [q('kind', { enum: [...DOCUMENT_KINDS] }, 'Document kind.'), limit(500, 50), offset],
        responses: { 200: json(Page({ type: 'object' })), ...common },
      },
      post: {
        summary: 'Ingest one document through the extraction pipeline',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['source', 'text'],
                additionalProperties: false,
                properties: {
                  source: {
                    type: 'string',
                    description:
                      'File name; the document id derives from it, so the same name replaces the document. ' +
                      'A different name with the same id is refused with 409 unless replace is true.',
                  },
                  text: { type: 'string' },
                  title: { type: 'string' },
                  author: { type: ['string', 'null'] },
                  publisher: { type: ['string', 'null'] },
                  date: { type: ['string', 'null'], description: 'ISO date (YYYY-MM-DD), optionally with a time' },
                  kind: { enum: [...DOCUMENT_KINDS] },
                  replace: { type: 'boolean', description: 'Replace a document stored from another file name.' },
                },
              },
            },
          },
        },
        responses: {
          201: json({ type: 'object' }, 'Created'),
          200: json({ type: 'object' }, 'Replaced or unchanged'),
          400: common[400],
          401: err('No token'),
          403: err('Wrong token, or uploads disabled (no API_TOKEN)'),
          409: err('Another file name already holds this document id (send replace: true)'),
          ...withBody,
          422: err('Text could not be parsed (code unparseable), or took longer than EXTRACT_TIMEOUT_MS (too_complex)'),
          503: {
            ...common[503],
            description: 'Neo4j is unreachable, or too many uploads are waiting to be read (code busy)',
          },
        },
      },
    },
    '/documents/{id}': {
      get: {
        summary: 'A document: text, mentions, relations and claims with offsets, and its comment thread as a tree',
        parameters: [p('id', 'Document id, e.g. doc:my-article')],
        responses: { 200: json({ type: 'object' }), 404: err('Unknown document'), ...common },
      },
    },
    '/graph': {
      get: {
        summary: 'Overview subgraph: the best-connected entities and the edges among them',
        parameters: [
          q('types', csv(ENTITY_TYPES), 'Entity types.'),
          q('predicates', csv(PREDICATES), 'Relationship types of the edges.'),
          q('document', { type: 'string' }, 'Only entities mentioned in, or commenting on, this document.'),
          q('speaker', { type: 'string' }, 'Only this speaker and what its claims are about.'),
          dateParam('from', 'Only entities in documents dated or comments posted from'),
          dateParam('to', 'Only entities in documents dated or comments posted until'),
          limit(5000, 300),
        ],
        responses: { 200: json({ type: 'object' }), ...common },
      },
    },
    '/edges/claims': {
      get: {
        summary: 'What stands behind an edge: the claims of a stance edge (paged), the evidence of a fact edge',
        parameters: [
          q('subject', { type: 'string' }, 'Source entity id.', true),
          q('predicate', { enum: [...PREDICATES] }, 'Relationship type.', true),
          q('object', { type: 'string' }, 'Target entity id.', true),
          limit(200, 50),
          offset,
        ],
        responses: {
          200: json({
            ...Page(ref('ClaimBrief')),
            properties: { ...Page(ref('ClaimBrief')).properties, evidence: { type: 'array', items: ref('Evidence') } },
          }),
          404: err('No such edge'),
          ...common,
        },
      },
    },
    '/claims/{id}': {
      get: {
        summary: 'One claim, with its flag',
        parameters: [p('id', 'Claim id (URL-encoded: it contains #)')],
        responses: { 200: json(ref('Claim')), 404: err('Unknown claim'), ...common },
      },
    },
    '/claims/{id}/flag': {
      post: claimFlag('Flag a claim whose stance is wrong: kept, shown as flagged, left out of stance edges', true),
      delete: claimFlag('Remove the flag: the claim counts in stance edges again', false),
    },
    '/contested': {
      get: {
        summary: 'Targets that different speakers judge with opposite stances, most contested first',
        parameters: [limit(100, 20), offset],
        responses: {
          200: json(
            Page({
              type: 'object',
              properties: {
                target: ref('EntityRef'),
                critical: { type: 'integer', description: 'Speakers critical of the target.' },
                supportive: { type: 'integer', description: 'Speakers supportive of the target.' },
                speakers: { type: 'integer', description: 'Distinct speakers on either side.' },
                criticalClaims: { type: 'array', items: ref('ClaimBrief') },
                supportiveClaims: { type: 'array', items: ref('ClaimBrief') },
              },
            }),
          ),
          ...common,
        },
      },
    },
    '/timeline': {
      get: {
        summary: 'Comments and claims over time, per day or per month (when the span exceeds a quarter)',
        parameters: [dateParam('from', 'From'), dateParam('to', 'Until')],
        responses: {
          200: json({
            type: 'object',
            properties: {
              unit: { enum: ['day', 'month'] },
              from: { type: ['string', 'null'] },
              to: { type: ['string', 'null'] },
              buckets: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    start: { type: 'string', description: 'YYYY-MM-DD or YYYY-MM' },
                    comments: { type: 'integer' },
                    claims: { type: 'integer' },
                  },
                },
              },
            },
          }),
          ...common,
        },
      },
    },
    '/replies': {
      get: {
        summary: 'The reply network between commenters (REPLIES_TO edges with counts), shaped like /graph',
        parameters: [q('document', { type: 'string' }, 'Only replies posted under this document.')],
        responses: { 200: json({ type: 'object' }), ...common },
      },
    },
    '/cypher': {
      post: {
        summary: 'Run a read-only Cypher query (timeout, row cap, rate limit)',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                additionalProperties: false,
                properties: { query: { type: 'string' }, params: { type: 'object' } },
              },
            },
          },
        },
        responses: {
          200: json({
            type: 'object',
            properties: {
              columns: { type: 'array', items: { type: 'string' } },
              rows: { type: 'array', items: { type: 'array' } },
              truncated: { type: 'boolean' },
              graph: { type: 'object' },
              summary: { type: 'object' },
            },
          }),
          400: err('Invalid body, syntax error (error.position), or a write/admin statement (code write_refused)'),
          408: err('Timed out (code timeout)'),
          ...withBody,
          413: err('Body larger than BODY_LIMIT, or the query needed more memory than one may use (code too_large)'),
          429: err('Rate limited'),
          501: err('No Cypher runner in this build'),
          503: common[503],
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "The server's API_TOKEN." } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      Evidence,
      EntityRef,
      Speaker,
      Edge,
      Claim,
      ClaimBrief,
    },
  },
});
