// What each endpoint accepts: path parameters, query strings and bodies. The server parses requests with
// these, and the OpenAPI document is generated from them.
import { DOCUMENT_KINDS, ENTITY_TYPES, PREDICATES, STANCES } from '../types.js';
import { documentId } from '../ids.js';
import { z } from './zod.js';
import {
  CLEAN_TEXT,
  csvOf,
  entityId,
  intParam,
  isCleanText,
  isIsoDate,
  optionalIntParam,
  paging,
  withDateWindow,
} from './params.js';

const stance = z.enum(STANCES).optional().openapi({ description: 'Stance.' });

export const EntityPath = z.object({ id: entityId.openapi({ description: 'Entity id, e.g. person:nadhim-zahawi' }) });
export const DocumentPath = z.object({
  id: z.string().min(1).max(300).openapi({ description: 'Document id, e.g. doc:my-article' }),
});
export const ClaimPath = z.object({
  id: z.string().min(1).max(400).openapi({ description: 'Claim id (URL-encoded: it contains #)' }),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'is required').max(200).openapi({ description: 'Search text.' }),
  type: z.enum(ENTITY_TYPES).optional().openapi({ description: 'Entity type.' }),
  limit: intParam(1, 100, 10).openapi({ description: 'Page size.' }),
});

/** How many evidence spans (fact edges) or claims (stance edges) each edge of an answer carries. */
const evidence = optionalIntParam(0, 50).openapi({
  description:
    'Evidence per edge: at most this many spans of a fact edge or claims of a stance edge (absent: all of ' +
    'them). The edge’s count says how many there are in all; GET /edges/claims lists every one.',
});

export const EntityQuery = z.object({
  documents: intParam(0, 100, 100).openapi({
    description: 'Documents listed (most mentions first); documentCount says how many there are.',
  }),
  offset: intParam(0, 1_000_000, 0).openapi({ description: 'Documents to skip.' }),
  spans: intParam(0, 20, 20).openapi({ description: 'Mention spans listed per document (first in the text).' }),
  roles: intParam(0, 200, 50).openapi({
    description:
      'Roles listed (WORKS_FOR and LEADS edges from the entity, by organisation name); roleCount says how many.',
  }),
  roleOffset: intParam(0, 1_000_000, 0).openapi({ description: 'Roles to skip.' }),
  members: intParam(0, 200, 50).openapi({
    description: 'Members listed (WORKS_FOR and LEADS edges to the entity, by person name); memberCount says how many.',
  }),
  memberOffset: intParam(0, 1_000_000, 0).openapi({ description: 'Members to skip.' }),
});

export const NeighboursQuery = z.object({
  depth: intParam(1, 3, 1).openapi({ description: 'Hops.' }),
  types: csvOf(ENTITY_TYPES, 'entity type(s)').openapi({ param: { description: 'Neighbour entity types.' } }),
  predicates: csvOf(PREDICATES, 'predicate(s)').openapi({ param: { description: 'Relationship types.' } }),
  limit: intParam(1, 500, 50).openapi({ description: 'Page size.' }),
  evidence,
  linkEvidence: optionalIntParam(0, 50).openapi({
    description:
      'Evidence per edge between two neighbours (an edge that does not touch the entity itself), as `evidence` ' +
      'counts it; absent: as `evidence`. 0 gives such edges their counts alone, which is all a drawing needs.',
  }),
});

export const EntityClaimsQuery = z.object({
  role: z
    .enum(['by', 'about'])
    .optional()
    .openapi({ description: 'by: the entity is the speaker; about: the target; absent: either.' }),
  stance,
  ...paging(200, 50),
});

export const ClaimsQuery = z.object({
  speaker: entityId.optional().openapi({ description: 'Speaker entity id.' }),
  about: entityId.optional().openapi({ description: 'Target entity id.' }),
  stance,
  ...paging(200, 50),
});

/** The longest path /path considers. */
export const MAX_HOPS = 6;
export const PathQuery = z.object({
  from: entityId.openapi({ description: 'Entity id.' }),
  to: entityId.openapi({ description: 'Entity id.' }),
  maxHops: intParam(1, MAX_HOPS, 4).openapi({ description: 'Longest path considered.' }),
  evidence,
});

export const DocumentsQuery = z.object({
  kind: z.enum(DOCUMENT_KINDS).optional().openapi({ description: 'Document kind.' }),
  ...paging(500, 50),
});

const clean = (t: z.ZodString) => t.refine(isCleanText, CLEAN_TEXT);
const optionalText = (max: number) => clean(z.string().trim().max(max)).nullable().optional();
export const DocumentUpload = z
  .object({
    source: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((s) => !/[\\/\0]/.test(s), 'must be a file name, without folders')
      .refine((s) => documentId(s) !== 'doc:', 'must contain letters or digits')
      .refine(isCleanText, CLEAN_TEXT)
      .openapi({
        description:
          'File name; the document id derives from it, so the same name replaces the document. ' +
          'A different name with the same id is refused with 409 unless replace is true.',
      }),
    text: clean(z.string().min(1, 'is required')),
    title: clean(z.string().trim().min(1).max(500)).optional(),
    author: optionalText(300),
    publisher: optionalText(300),
    date: z
      .string()
      .refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD, optionally with a time)')
      .nullable()
      .optional()
      .openapi({ description: 'ISO date (YYYY-MM-DD), optionally with a time' }),
    kind: z.enum(DOCUMENT_KINDS).optional(),
    replace: z.boolean().optional().openapi({ description: 'Replace a document stored from another file name.' }),
  })
  .strict();

export const GraphQuery = withDateWindow(
  {
    types: csvOf(ENTITY_TYPES, 'type(s)').openapi({ param: { description: 'Entity types.' } }),
    predicates: csvOf(PREDICATES, 'predicate(s)').openapi({
      param: { description: 'Relationship types of the edges.' },
    }),
    document: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: 'Only entities mentioned in, or commenting on, this document.' }),
    speaker: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: 'Only this speaker and what its claims are about.' }),
    limit: intParam(1, 5000, 300).openapi({ description: 'Page size.' }),
  },
  'Only entities in documents dated or comments posted from',
  'Only entities in documents dated or comments posted until',
);

export const EdgeClaimsQuery = z.object({
  subject: entityId.openapi({ description: 'Source entity id.' }),
  predicate: z.enum(PREDICATES).openapi({ description: 'Relationship type.' }),
  object: entityId.openapi({ description: 'Target entity id.' }),
  edge: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      description:
        'One relationship: the id of an edge from a neighbours or path answer. Only its claims or spans are ' +
        'listed (a fact edge is stored once per document and qualifier).',
    }),
  ...paging(200, 50),
});

export const FlagBody = z
  .object({ reason: z.string().trim().min(1, 'is required').max(1000).refine(isCleanText, CLEAN_TEXT) })
  .strict();

export const ContestedQuery = z.object(paging(100, 20));

export const TimelineQuery = withDateWindow({}, 'From', 'Until');

export const RepliesQuery = z.object({
  document: z.string().min(1).max(300).optional().openapi({ description: 'Only replies posted under this document.' }),
});

export const CypherBody = z
  .object({
    query: z.string().trim().min(1, 'is required').max(100_000),
    params: z.record(z.string(), z.unknown()).optional().default({}),
  })
  .strict();

export type SearchParams = z.input<typeof SearchQuery>;
export type DocumentUploadBody = z.input<typeof DocumentUpload>;
export type FlagRequest = z.input<typeof FlagBody>;
export type CypherRequest = z.input<typeof CypherBody>;
