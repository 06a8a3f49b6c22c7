// The statements that write, replace and tidy documents' facts, shared by the loader's two ways of running
// them: one transaction for a whole batch (writer.ts) and documents side by side (parallel.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { kindRankCypher } from '@claimgraph/schema';
import type { DocumentGraph } from '../pipeline/types.js';
import {
  type ClaimRow,
  claimRows,
  commentRows,
  entityRows,
  mentionRows,
  relationRows,
  speakerId,
} from '../export/rows.js';

/** A person's flags on a document's claims, read before the claims are rewritten. */
export async function flagsOf(tx: ManagedTransaction, docId: string): Promise<unknown[]> {
  const res = await tx.run(
    `MATCH (c:Claim {doc: $doc}) WHERE c.flagged
     RETURN {id: c.id, reason: c.flagReason, at: c.flaggedAt} AS f`,
    { doc: docId },
  );
  return res.records.map((r) => r.get('f') as unknown);
}

/** Flags return to the claims that still exist (same id: same document and span); the rest lapse. */
export async function restoreFlags(tx: ManagedTransaction, flags: unknown[]): Promise<void> {
  if (!flags.length) return;
  await tx.run(
    `UNWIND $flags AS f MATCH (c:Claim {id: f.id})
     SET c.flagged = true, c.flagReason = f.reason, c.flaggedAt = f.at`,
    { flags },
  );
}

/** Deletes every fact stored for a document; returns the ids of entities it touched. */
export async function removeFacts(tx: ManagedTransaction, docId: string): Promise<string[]> {
  const res = await tx.run(
    `MATCH (d:Document {id: $doc})
     OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
     WITH d, collect(DISTINCT e) AS ents, collect(m) AS ms
     OPTIONAL MATCH (cl:Claim {doc: $doc})-[:MADE_BY|ABOUT]->(x:Entity)
     WITH d, ents, ms, collect(DISTINCT x) AS xs
     OPTIONAL MATCH (w:Entity)-[:WROTE]->(:Comment {doc: $doc})
     WITH d, ms, ents, xs, collect(DISTINCT w) AS ws
     UNWIND ents + xs + ws AS e
     WITH DISTINCT e
     RETURN collect(e.id) AS ids`,
    { doc: docId },
  );
  const ids = (res.records[0]?.get('ids') as string[] | undefined) ?? [];
  await tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id})-[r]-() WHERE r.doc = $doc DELETE r`, { ids, doc: docId });
  await tx.run('MATCH (c:Comment {doc: $doc}) DETACH DELETE c', { doc: docId });
  await tx.run('MATCH (c:Claim {doc: $doc}) DETACH DELETE c', { doc: docId });
  return ids;
}

/**
 * The nodes documents share: the entities a batch names, its commentators and its claims' speakers, created or
 * enriched. Written before any document's facts (a parallel load commits them on their own first, so documents
 * loading side by side never wait on each other's new entities). Returns their ids.
 */
export async function mergeEntities(tx: ManagedTransaction, graphs: DocumentGraph[]): Promise<string[]> {
  // Entities: create or enrich. The first name given wins; a kind replaces a weaker one (schema's kinds.ts).
  // Labels are set on creation only: an id carries its type, and a SET on a node that exists would lock it.
  const entities = entityRows(graphs);
  await tx.run(
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e.name = row.name, e.type = row.type, e.kind = row.kind, e.aliases = [], e.aliasText = '',
                   e:$(row.type)
     WITH e, row
     WHERE ${kindRankCypher('row.kind')} > ${kindRankCypher('e.kind')}
     SET e.kind = row.kind`,
    { rows: entities },
  );
  // Each commentator is merged once per batch, however many comments they wrote; the first spelling wins.
  const commentators = firstBy(
    graphs.flatMap(commentRows).filter((c) => c.authorId),
    (c) => c.authorId!,
  );
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Entity {id: row.authorId})
     ON CREATE SET a.name = row.author, a.type = 'Person', a.kind = 'commentator', a.aliases = [], a.aliasText = ''
     WITH a WHERE NOT a:Commentator
     SET a:Person:Commentator`,
    { rows: commentators },
  );
  // Speakers not found as entities (commentators, unnamed authors) are merged once per batch.
  const speakers = firstBy(graphs.flatMap(claimRows), (c) => c.speaker);
  await tx.run(
    `UNWIND $rows AS row
     MERGE (sp:Entity {id: row.speaker})
     ON CREATE SET sp.name = row.speakerName, sp.type = 'Person', sp.kind = null, sp.aliases = [], sp.aliasText = '',
                   sp:Person`,
    { rows: speakers },
  );
  return [
    ...new Set([
      ...entities.map((e) => e.id),
      ...commentators.map((c) => c.authorId!),
      ...speakers.map((c) => c.speaker),
    ]),
  ];
}

/** A batch's documents and everything that belongs to one of them; the entities they point at exist already. */
export async function writeDocumentFacts(
  tx: ManagedTransaction,
  graphs: DocumentGraph[],
  hashes: Map<string, string>,
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d.source = row.source, d.title = row.title, d.author = row.author, d.publisher = row.publisher,
         d.kind = row.kind, d.date = row.date, d.text = row.text, d.hash = row.hash, d.ingestedAt = datetime()`,
    { rows: graphs.map((g) => ({ ...g.document, text: g.text, hash: hashes.get(g.document.id) })) },
  );
  const mentions = graphs.flatMap(mentionRows);
  const written = await tx.run(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.doc}), (e:Entity {id: row.id})
     CREATE (e)-[:MENTIONED_IN {doc: row.doc, start: row.start, end: row.end, text: row.text}]->(d)`,
    { rows: mentions },
  );
  // Every mention needs its entity. Entities are merged first; one can only be missing if another load deleted
  // it meanwhile (it had no mention left there), and then these facts must not commit without it.
  if (written.summary.counters.updates().relationshipsCreated !== mentions.length)
    throw new MissingEntityError('An entity mentioned in the batch was removed while it loaded; load it again.');

  // Comments, their thread and their authors (commentators are Person entities).
  const comments = graphs.flatMap(commentRows);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.doc})
     CREATE (c:Comment {id: row.id, doc: row.doc, author: row.author, postedAt: row.postedAt,
                        start: row.start, end: row.end, text: row.text, ordinal: row.ordinal})
     CREATE (c)-[:PART_OF]->(d)`,
    { rows: comments },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (c:Comment {id: row.id}), (p:Comment {id: row.parent})
     CREATE (c)-[:REPLY_TO]->(p)`,
    { rows: comments.filter((c) => c.parent) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.authorId}), (c:Comment {id: row.id})
     CREATE (a)-[:WROTE {doc: row.doc}]->(c)`,
    { rows: comments.filter((c) => c.authorId) },
  );

  // Relations, one edge per (subject, predicate, object, qualifier) for each document.
  const relations = graphs.flatMap(relationRows);
  const related = await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
     CREATE (s)-[r:$(row.predicate)]->(o)
     SET r.doc = row.doc, r.qualifier = row.qualifier, r.starts = row.starts, r.ends = row.ends, r.quotes = row.quotes`,
    { rows: relations },
  );
  if (related.summary.counters.updates().relationshipsCreated !== relations.length)
    throw new MissingEntityError('An entity a relation of the batch names was removed while it loaded; load it again.');

  // Claims with speaker, targets and where they were stated (the comment when inside one). One flat statement
  // per place a claim can be stated in: a claim node, its speaker, its place and its targets are written row by
  // row with no Eager operator (an OPTIONAL MATCH of the place would make Neo4j buffer every row of the batch
  // before writing the first ABOUT).
  const claims = graphs.flatMap(claimRows);
  await createClaims(
    tx,
    'Document',
    'doc',
    claims.filter((c) => !c.comment),
  );
  await createClaims(
    tx,
    'Comment',
    'comment',
    claims.filter((c) => c.comment),
  );
}

/** Replaces documents' facts with new ones, keeping people's flags; returns the entities their old facts named. */
export async function replaceDocuments(
  tx: ManagedTransaction,
  graphs: DocumentGraph[],
  stored: ReadonlySet<string>,
  hashes: Map<string, string>,
): Promise<string[]> {
  const touched: string[] = [];
  const flags: unknown[] = [];
  for (const g of graphs) {
    if (!stored.has(g.document.id)) continue;
    flags.push(...(await flagsOf(tx, g.document.id)));
    touched.push(...(await removeFacts(tx, g.document.id)));
  }
  await writeDocumentFacts(tx, graphs, hashes);
  await restoreFlags(tx, flags);
  return touched;
}

/** The entities documents' new facts name or speak as: what tidy() looks at after they are written. */
export function namedBy(graphs: DocumentGraph[]): string[] {
  const ids: string[] = [];
  for (const g of graphs) {
    const known = new Set(g.entities.map((e) => e.id));
    for (const e of g.entities) ids.push(e.id);
    for (const c of g.claims) ids.push(speakerId(c.speaker, known));
  }
  return ids;
}

/** A fact could not be written because an entity it names was deleted by a load running beside this one. */
export class MissingEntityError extends Error {}

export async function createClaims(
  tx: ManagedTransaction,
  place: 'Document' | 'Comment',
  key: 'doc' | 'comment',
  rows: ClaimRow[],
): Promise<void> {
  if (!rows.length) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (sp:Entity {id: row.speaker}), (place:${place} {id: row.${key}})
     CREATE (c:Claim {id: row.id, doc: row.doc, text: row.text, stance: row.stance, speaker: row.speaker,
                      start: row.start, end: row.end, quote: row.quote, named: row.named})-[:MADE_BY]->(sp)
     CREATE (c)-[:STATED_IN]->(place)
     WITH c, row
     UNWIND row.about AS target
     MATCH (t:Entity {id: target})
     CREATE (c)-[:ABOUT]->(t)`,
    { rows },
  );
}

/** The first row for each key, in order: what a MERGE per row would have kept, without the repeats. */
function firstBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) if (!seen.has(key(r))) seen.set(key(r), r);
  return [...seen.values()];
}

/**
 * After a document's facts change: recompute aliases of touched entities from their mentions (sorted, so
 * the order does not depend on how documents were batched), rebuild
 * their stance edges from claims, and delete entities that no fact points at any more.
 */
export async function tidy(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
     WITH e, m.text AS t ORDER BY t
     WITH e, [t IN collect(DISTINCT t) WHERE t <> e.name] AS aliases
     WHERE e.aliases IS NULL OR e.aliases <> aliases
     SET e.aliases = aliases, e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)`,
    { ids },
  );
  await deriveStanceEdges(tx, ids);
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT (e)-[:MENTIONED_IN|WROTE]->() AND NOT (e)<-[:MADE_BY]-()
     DETACH DELETE e`,
    { ids },
  );
}

/**
 * Rebuilds the CRITICISES/PRAISES edges leaving the given speakers from their claims. A claim counts towards
 * the targets its own words name (`named`: not those only its context gives, never a child); claims a person
 * flagged as wrongly judged count for nothing, though they and their evidence stay.
 *
 * Each speaker's claims are walked from the speaker, in a subquery with no labels on the far nodes (MADE_BY
 * leaves only claims, ABOUT reaches only entities): a plan cached while the graph was small would otherwise
 * scan the claim stance index once per speaker, which grows with the whole graph.
 */
export async function deriveStanceEdges(tx: Pick<ManagedTransaction, 'run'>, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})
     CALL (s) { MATCH (s)-[r:CRITICISES|PRAISES]->() WHERE r.derived DELETE r }`,
    { ids },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})
     CALL (s) {
       MATCH (s)<-[:MADE_BY]-(c)-[:ABOUT]->(t)
       WHERE c.stance IN ['critical', 'supportive'] AND t <> s AND NOT coalesce(c.flagged, false)
         AND t.id IN c.named
       WITH t, c.stance AS stance, count(c) AS n, collect(c.id) AS claims
       CALL (s, t, stance, n, claims) {
         WITH s, t, stance, n, claims WHERE stance = 'critical'
         CREATE (s)-[:CRITICISES {derived: true, count: n, claims: claims}]->(t)
         UNION
         WITH s, t, stance, n, claims WHERE stance = 'supportive'
         CREATE (s)-[:PRAISES {derived: true, count: n, claims: claims}]->(t)
       }
     }`,
    { ids },
  );
}
