// What each endpoint answers, as the server's queries build it. Objects are open (extra fields allowed), so
// the server may add a field before the contract names it; every field named here is checked.
import { DOCUMENT_KINDS, ENTITY_TYPES, PREDICATES, STANCES } from '../types.js';
import { z } from './zod.js';

const int = z.number().int();
const nullableString = z.string().nullable();

export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

export const Evidence = z
  .object({ doc: z.string(), start: int, end: int, quote: z.string() })
  .openapi('Evidence', { description: 'A span of a document: UTF-16 offsets, so text.slice(start, end) === quote.' });

export const EntityRef = z
  .object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES), kind: nullableString })
  .openapi('EntityRef');

export const Speaker = EntityRef.extend({
  displayName: z.string().optional().openapi({
    description: 'The name to show: the entity name (an unknown author is the placeholder "Author of <title>").',
  }),
}).openapi('Speaker');

const EdgeClaim = z.object({ id: z.string(), text: z.string(), stance: z.enum(STANCES), evidence: Evidence });

export const Edge = z
  .object({
    id: z.string(),
    type: z.enum(PREDICATES),
    source: z.string(),
    target: z.string(),
    qualifier: nullableString,
    derived: z.boolean().openapi({ description: 'A stance edge aggregated from claims.' }),
    count: int,
    evidence: z.array(Evidence),
    claims: z.array(EdgeClaim),
  })
  .openapi('Edge');

export const ClaimBrief = z
  .object({
    id: z.string(),
    text: z.string(),
    stance: z.enum(STANCES),
    flagged: z.boolean(),
    speaker: Speaker,
    evidence: Evidence,
  })
  .openapi('ClaimBrief');

export const Claim = z
  .object({
    id: z.string(),
    text: z.string(),
    stance: z.enum(STANCES),
    speaker: Speaker,
    about: z.array(EntityRef),
    flagged: z
      .boolean()
      .optional()
      .openapi({ description: 'GET /claims/{id} only: a person marked the stance as wrong.' }),
    flagReason: nullableString.optional(),
    flaggedAt: nullableString.optional(),
    evidence: Evidence,
    document: z.object({ id: z.string(), title: z.string(), date: nullableString, kind: z.enum(DOCUMENT_KINDS) }),
    comment: z
      .object({ id: z.string(), author: nullableString, postedAt: nullableString })
      .nullable()
      .openapi({ description: 'The comment the claim was stated in, if any.' }),
  })
  .openapi('Claim');

/** A page of a longer list: `total` says how many there are in all. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: int, limit: int, offset: int });

export const Health = z.object({
  status: z.enum(['ok', 'busy', 'down', 'degraded']),
  neo4j: z.object({
    reachable: z.boolean(),
    version: z.string().optional(),
    edition: z.string().optional(),
    error: z.string().optional(),
  }),
});

const counts = z.record(z.string(), int);
export const Stats = z.object({
  labels: counts,
  relationships: counts,
  entities: z.object({
    total: int,
    byType: counts,
    byKind: z.array(z.object({ type: z.string(), kind: nullableString, count: int })),
  }),
  claims: z.object({ byStance: counts }),
  documents: z.object({ byKind: counts }),
});

export const SearchHit = EntityRef.extend({
  aliases: z.array(z.string()),
  mentions: int,
  score: z.number().nullable(),
  match: z.enum(['name', 'alias', 'prefix', 'fulltext']),
});
export const SearchResponse = z.object({ q: z.string(), results: z.array(SearchHit) });

export const EntityDetail = EntityRef.extend({
  aliases: z.array(z.string()),
  labels: z.array(z.string()),
  mentionCount: int,
  claims: z.object({ by: int, about: int }),
  comments: int,
  roles: z.array(
    z.object({ predicate: z.enum(PREDICATES), qualifier: nullableString, organisation: EntityRef, edge: Edge }),
  ),
  roleCount: int.openapi({ description: 'Roles in all; roles lists the page asked for (roles, roleOffset).' }),
  members: z.array(
    z.object({ predicate: z.enum(PREDICATES), qualifier: nullableString, person: EntityRef, edge: Edge }),
  ),
  memberCount: int.openapi({
    description: 'Members in all; members lists the page asked for (members, memberOffset).',
  }),
  documentCount: int,
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: nullableString,
      kind: z.enum(DOCUMENT_KINDS),
      mentions: int,
      spans: z.array(z.object({ start: int, end: int, text: z.string() })),
    }),
  ),
});

export const NeighbourNode = Speaker.extend({ distance: int });
export const Neighbours = z.object({
  entity: EntityRef,
  depth: int,
  nodes: z.array(NeighbourNode),
  edges: z.array(Edge),
  total: int,
  more: int.openapi({ description: 'Neighbours left out by the limit.' }),
});

export const ClaimPage = page(Claim);
export const EntityClaims = ClaimPage.extend({ entity: z.string(), role: z.enum(['by', 'about']).nullable() });

export const PathResponse = z.object({
  from: z.string(),
  to: z.string(),
  maxHops: int,
  hops: int.nullable(),
  paths: z.array(z.object({ nodes: z.array(EntityRef), edges: z.array(Edge) })),
});

export const DocumentSummary = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string(),
  author: nullableString,
  publisher: nullableString,
  kind: z.enum(DOCUMENT_KINDS),
  date: nullableString,
  mentions: int,
  comments: int,
  claims: int,
});
export const DocumentPage = page(DocumentSummary);

/** A comment as stored: the loader writes these fields (ingest's CommentRow) and the API answers them. */
export interface CommentFields {
  id: string;
  author: string | null;
  authorId: string | null;
  postedAt: string | null;
  start: number;
  end: number;
  text: string;
  ordinal: number;
  parent: string | null;
}
export interface CommentNode extends CommentFields {
  replies: CommentNode[];
}
export const Comment: z.ZodType<CommentNode> = z
  .object({
    id: z.string(),
    author: nullableString,
    authorId: nullableString,
    postedAt: nullableString,
    start: int,
    end: int,
    text: z.string(),
    ordinal: int,
    parent: nullableString,
    get replies() {
      return z.array(Comment);
    },
  })
  .openapi('Comment');

export const DocumentDetail = DocumentSummary.omit({ mentions: true, comments: true, claims: true }).extend({
  text: z.string(),
  ingestedAt: nullableString,
  mentions: z.array(z.object({ entity: EntityRef, start: int, end: int, text: z.string() })),
  relations: z.array(Edge),
  claims: z.array(Claim),
  comments: z.array(Comment),
  commentCount: int,
});

export const UploadResult = z.object({
  doc: z.string(),
  source: z.string(),
  outcome: z.enum(['created', 'replaced', 'unchanged']),
  counts: z.object({ entities: int, mentions: int, comments: int, relations: int, claims: int }),
});

export const GraphNode = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string(),
  kind: nullableString,
  mentions: int,
  degree: int,
});
export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  count: int,
});
export const GraphPayload = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  total: int,
  truncated: z.boolean(),
});

export const EdgeClaims = page(ClaimBrief).extend({
  subject: z.string(),
  predicate: z.enum(PREDICATES),
  object: z.string(),
  evidence: z.array(Evidence).openapi({ description: 'A page of a fact edge’s spans, paged like the claims.' }),
  evidenceTotal: int.openapi({ description: 'A fact edge’s spans in all.' }),
});

export const ContestedTarget = z.object({
  target: EntityRef,
  critical: int.openapi({ description: 'Speakers critical of the target.' }),
  supportive: int.openapi({ description: 'Speakers supportive of the target.' }),
  speakers: int.openapi({ description: 'Distinct speakers on either side.' }),
  criticalClaims: z.array(ClaimBrief),
  supportiveClaims: z.array(ClaimBrief),
});
export const ContestedPage = page(ContestedTarget);

export const Timeline = z.object({
  unit: z.enum(['day', 'month']),
  from: nullableString,
  to: nullableString,
  buckets: z.array(
    z.object({
      start: z.string().openapi({ description: 'YYYY-MM-DD or YYYY-MM' }),
      comments: int,
      claims: int,
    }),
  ),
});

export const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
  graph: z.object({ nodes: z.array(z.unknown()), relationships: z.array(z.unknown()) }),
  summary: z.record(z.string(), z.unknown()),
});

export type ErrorBody = z.infer<typeof ErrorBody>;
export type Evidence = z.infer<typeof Evidence>;
export type EntityRef = z.infer<typeof EntityRef>;
export type Speaker = z.infer<typeof Speaker>;
export type Edge = z.infer<typeof Edge>;
export type ClaimBrief = z.infer<typeof ClaimBrief>;
export type Claim = z.infer<typeof Claim>;
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
export type Health = z.infer<typeof Health>;
export type Stats = z.infer<typeof Stats>;
export type SearchHit = z.infer<typeof SearchHit>;
export type SearchResponse = z.infer<typeof SearchResponse>;
export type EntityDetail = z.infer<typeof EntityDetail>;
export type NeighbourNode = z.infer<typeof NeighbourNode>;
export type Neighbours = z.infer<typeof Neighbours>;
export type EntityClaims = z.infer<typeof EntityClaims>;
export type PathResponse = z.infer<typeof PathResponse>;
export type DocumentSummary = z.infer<typeof DocumentSummary>;
export type DocumentDetail = z.infer<typeof DocumentDetail>;
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export type GraphPayload = z.infer<typeof GraphPayload>;
export type EdgeClaims = z.infer<typeof EdgeClaims>;
export type ContestedTarget = z.infer<typeof ContestedTarget>;
export type Timeline = z.infer<typeof Timeline>;
export type CypherResult = z.infer<typeof CypherResult>;
export type ClaimPage = z.infer<typeof ClaimPage>;
export type DocumentPage = z.infer<typeof DocumentPage>;
export type ContestedPage = z.infer<typeof ContestedPage>;
export type UploadResult = z.infer<typeof UploadResult>;
