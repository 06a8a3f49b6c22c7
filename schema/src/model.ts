// How the SCHEMA contract is stored in Neo4j. Every writer and reader uses these names.
//
// Nodes
//   (:Document {id, source, title, author, publisher, kind, date, text, hash, ingestedAt})
//   (:Comment {id, doc, author, postedAt, start, end, text, ordinal})
//   (:Entity:<Type> {id, name, type, kind, aliases})      <Type> is one of ENTITY_TYPES
//   (:Entity:Person:Commentator {…, kind: 'commentator'}) a named comment author
//   (:Claim {id, doc, text, stance, speaker, start, end, quote})
// Relationships
//   (:Comment)-[:PART_OF]->(:Document)
//   (:Comment)-[:REPLY_TO]->(:Comment)
//   (:Commentator)-[:WROTE]->(:Comment)
//   (:Entity)-[:MENTIONED_IN {doc, start, end, text}]->(:Document)   one per mention
//   (:Entity)-[:<PREDICATE> {doc, qualifier, starts, ends, quotes}]->(:Entity)
//        one per (subject, predicate, object, qualifier, document); evidence as parallel arrays
//   (:Claim)-[:MADE_BY]->(:Entity)    speaker (a Person/Organisation, or a Commentator)
//   (:Claim)-[:ABOUT]->(:Entity)
//   (:Claim)-[:STATED_IN]->(:Document|:Comment)
//   (:Entity)-[:CRITICISES|PRAISES {count, derived: true, claims}]->(:Entity)
//        aggregated from claims across all documents; rebuilt after each load
// Every fact written for a document carries `doc` (its id), so replacing or removing a document
// deletes exactly its own facts.

export const LABELS = {
  document: 'Document',
  comment: 'Comment',
  entity: 'Entity',
  commentator: 'Commentator',
  claim: 'Claim',
} as const;

export const REL = {
  partOf: 'PART_OF',
  replyTo: 'REPLY_TO',
  wrote: 'WROTE',
  mentionedIn: 'MENTIONED_IN',
  madeBy: 'MADE_BY',
  about: 'ABOUT',
  statedIn: 'STATED_IN',
} as const;

/** Stance edges derived from claims: the aggregate of who criticises or praises whom. */
export const STANCE_EDGE = { critical: 'CRITICISES', supportive: 'PRAISES' } as const;
