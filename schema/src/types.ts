// The graph contract (docs/schema.md) as TypeScript types, shared by ingest, server and client.

export const ENTITY_TYPES = ['Person', 'Organisation', 'Review', 'Case', 'Legislation', 'Place', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_KINDS = {
  Person: [
    'official',
    'politician',
    'social_worker',
    'commentator',
    'journalist',
    'academic',
    'child',
    'parent',
    'perpetrator',
    'other',
  ],
  Organisation: [
    'local_authority',
    'government',
    'regulator',
    'company',
    'charity',
    'professional_body',
    'union',
    'media',
    'court',
    'police',
    'health',
    'school',
    'parliament',
    'political_party',
    'other',
  ],
  Review: ['review', 'inquiry', 'inspection', 'serious_case_review', 'report', 'consultation'],
  Case: ['case'],
  Legislation: ['act', 'section', 'regulation'],
  Place: ['town', 'region', 'country'],
  Event: ['award', 'conference', 'podcast', 'programme', 'campaign'],
} as const satisfies Record<EntityType, readonly string[]>;
export type EntityKind<T extends EntityType = EntityType> = (typeof ENTITY_KINDS)[T][number];

export const PREDICATES = [
  'WORKS_FOR',
  'LEADS',
  'MEMBER_OF',
  'FOUNDED',
  'OWNS',
  'SUBSIDIARY_OF',
  'PART_OF',
  'PAID_BY',
  'FUNDS',
  'PARTNERED_WITH',
  'INSPECTED',
  'COMMISSIONED',
  'CONDUCTS',
  'REVIEWS',
  'INVOLVED_IN',
  'VICTIM_IN',
  'PERPETRATOR_IN',
  'FAMILY_OF',
  'AUTHORED',
  'PUBLISHED_BY',
  'CRITICISES',
  'PRAISES',
  'SUPPORTS',
  'OPPOSES',
  'LOCATED_IN',
  'ALIAS_OF',
  'SUCCEEDED',
] as const;
export type Predicate = (typeof PREDICATES)[number];

export const DOCUMENT_KINDS = ['news', 'opinion', 'blog', 'thread', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const STANCES = ['critical', 'supportive', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** A span of a document's text: UTF-16 offsets, so `text.slice(start, end) === quote`. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface DocumentRecord {
  id: string;
  /** File name the document was read from; a document's identity. */
  source: string;
  title: string;
  author: string | null;
  publisher: string | null;
  kind: DocumentKind;
  date: string | null;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  kind: string | null;
  aliases: string[];
  mentions: Mention[];
}

export interface RelationRecord {
  subject: string;
  predicate: Predicate;
  object: string;
  qualifier: string | null;
  evidence: Evidence[];
}

export interface CommentRecord {
  id: string;
  doc: string;
  /** Author name as written; null where the thread shows none. */
  author: string | null;
  postedAt: string | null;
  parent: string | null;
  start: number;
  end: number;
}

export interface ClaimRecord {
  id: string;
  /** Entity id of the speaker, or the commentator's name as written. */
  speaker: string;
  about: string[];
  stance: Stance;
  text: string;
  evidence: Evidence;
}

/** Exactly what `extract --json` prints (docs/schema.md, "JSON export"). */
export interface GraphExport {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  comments: CommentRecord[];
  claims: ClaimRecord[];
}
