// load: writes one document's graph into Neo4j in a single transaction, replacing that document's
// previous facts and nobody else's. Writes are batched with UNWIND; labels and relationship types are
// validated against the schema before they are used as dynamic labels.
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES, kindRankCypher } from '@claimgraph/schema';
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
import { ensureSchema } from './schema.js';
import { bumpGraphVersion } from './graph-version.js';

export type LoadOutcome = 'created' | 'replaced' | 'unchanged';

export interface LoadResult {
  doc: string;
  source: string;
  outcome: LoadOutcome;
  counts: { entities: number; mentions: number; comments: number; relations: number; claims: number };
}

/** Content hash of the facts to be stored: identical output means nothing to write. */
export function graphHash(g: DocumentGraph): string {
  return createHash('sha256').update(JSON.stringify(g)).digest('hex');
}

const entityTypes = new Set<string>(ENTITY_TYPES);
const predicates = new Set<string>(PREDICATES);

function validate(g: DocumentGraph): void {
  for (const e of g.entities)
    if (!entityTypes.has(e.type)) throw new Error(`Unknown entity type "${e.type}" for ${e.id}`);
  for (const r of g.relations) if (!predicates.has(r.predicate)) throw new Error(`Unknown predicate "${r.predicate}"`);
  const len = g.text.length;
  const inText = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= len && s <= e;
  for (const e of g.entities)
    for (const m of e.mentions) {
      if (!inText(m.start, m.end) || g.text.slice(m.start, m.end) !== m.text)
        throw new Error(`Mention of ${e.id} at ${m.start}-${m.end} does not match the text`);
    }
  for (const r of g.relations)
    for (const ev of r.evidence) {
      if (!inText(ev.start, ev.end) || g.text.slice(ev.start, ev.end) !== ev.quote)
        throw new Error(`Evidence of ${r.subject} ${r.predicate} ${r.object} does not match the text`);
    }
  for (const c of g.claims) {
    if (
      !inText(c.evidence.start, c.evidence.end) ||
      g.text.slice(c.evidence.start, c.evidence.end) !== c.evidence.quote
    )
      throw new Error(`Evidence of claim ${c.id} does not match the text`);
  }
}

export async function loadDocument(driver: Driver, g: DocumentGraph, opts: LoadOptions = {}): Promise<LoadResult> {
  return (await loadDocuments(driver, [g], opts))[0]!;
}

export interface LoadOptions {
  database?: string;
  force?: boolean;
}

function countsOf(g: DocumentGraph): LoadResult['counts'] {
  return {
    entities: g.entities.length,
    mentions: g.entities.reduce((n, e) => n + e.mentions.length, 0),
    comments: g.comments.length,
    relations: g.relations.length,
    claims: g.claims.length,
  };
}

/**
 * Loads several documents in one transaction (all or nothing). Each document's previous facts are
 * replaced; documents whose facts are unchanged are skipped.
 */
export async function loadDocuments(
  driver: Driver,
  graphs: DocumentGraph[],
  opts: LoadOptions = {},
): Promise<LoadResult[]> {
  const ids = graphs.map((g) => g.document.id);
  if (new Set(ids).size !== ids.length) throw new Error('The same document appears twice in one load.');
  for (const g of graphs) validate(g);
  await ensureSchema(driver, opts.database);
  const hashes = graphs.map(graphHash);
  const session = driver.session({ database: opts.database });
  try {
    const outcomes = await session.executeWrite(async (tx) => {
      const prev = await tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.hash AS hash', {
        ids,
      });
      const prevHash = new Map(prev.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
      const result: LoadOutcome[] = graphs.map((g, i) =>
        prevHash.get(g.document.id) === hashes[i] && !opts.force
          ? 'unchanged'
          : prevHash.has(g.document.id)
            ? 'replaced'
            : 'created',
      );
      const changed = graphs.filter((_, i) => result[i] !== 'unchanged');
      if (changed.length === 0) return result;
      const touched = new Set<string>();
      const flags: unknown[] = [];
      for (const g of changed) {
        if (!prevHash.has(g.document.id)) continue;
        flags.push(...(await flagsOf(tx, g.document.id)));
        for (const id of await removeFacts(tx, g.document.id)) touched.add(id);
      }
      await writeFacts(tx, changed, new Map(graphs.map((g, i) => [g.document.id, hashes[i]!])));
      await restoreFlags(tx, flags);
      for (const g of changed) {
        const known = new Set(g.entities.map((e) => e.id));
        for (const e of g.entities) touched.add(e.id);
        for (const c of g.claims) touched.add(speakerId(c.speaker, known));
      }
      await tidy(tx, [...touched]);
      await bumpGraphVersion(tx);
      return result;
    });
    return graphs.map((g, i) => ({
      doc: g.document.id,
      source: g.document.source,
      outcome: outcomes[i]!,
      counts: countsOf(g),
    }));
  } finally {
    await session.close();
  }
}

/** A person's flags on a document's claims, read before the claims are rewritten. */
async function flagsOf(tx: ManagedTransaction, docId: string): Promise<unknown[]> {
  const res = await tx.run(
    `MATCH (c:Claim {doc: $doc}) WHERE c.flagged
     RETURN {id: c.id, reason: c.flagReason, at: c.flaggedAt} AS f`,
    { doc: docId },
  );
  return res.records.map((r) => r.get('f') as unknown);
}

/** Flags return to the claims that still exist (same id: same document and span); the rest lapse. */
async function restoreFlags(tx: ManagedTransaction, flags: unknown[]): Promise<void> {
  if (!flags.length) return;
  await tx.run(
    `UNWIND $flags AS f MATCH (c:Claim {id: f.id})
     SET c.flagged = true, c.flagReason = f.reason, c.flaggedAt = f.at`,
    { flags },
  );
}

/** Deletes every fact stored for a document; returns the ids of entities it touched. */
async function removeFacts(tx: ManagedTransaction, docId: string): Promise<string[]> {
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

async function writeFacts(tx: ManagedTransaction, graphs: DocumentGraph[], hashes: Map<string, string>): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d.source = row.source, d.title = row.title, d.author = row.author, d.publisher = row.publisher,
         d.kind = row.kind, d.date = row.date, d.text = row.text, d.hash = row.hash, d.ingestedAt = datetime()`,
    { rows: graphs.map((g) => ({ ...g.document, text: g.text, hash: hashes.get(g.document.id) })) },
  );

  // Entities: create or enrich. The first name given wins; a kind replaces a weaker one (schema's kinds.ts).
  await tx.run(
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e.name = row.name, e.type = row.type, e.kind = row.kind, e.aliases = [], e.aliasText = ''
     SET e:$(row.type)
     WITH e, row
     WHERE ${kindRankCypher('row.kind')} > ${kindRankCypher('e.kind')}
     SET e.kind = row.kind`,
    { rows: entityRows(graphs) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.doc}), (e:Entity {id: row.id})
     CREATE (e)-[:MENTIONED_IN {doc: row.doc, start: row.start, end: row.end, text: row.text}]->(d)`,
    { rows: graphs.flatMap(mentionRows) },
  );

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
  // Each commentator is merged once per batch, however many comments they wrote; the first spelling wins.
  const authored = comments.filter((c) => c.authorId);
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Entity {id: row.authorId})
     ON CREATE SET a.name = row.author, a.type = 'Person', a.kind = 'commentator', a.aliases = [], a.aliasText = ''
     SET a:Person:Commentator`,
    { rows: firstBy(authored, (c) => c.authorId!) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.authorId}), (c:Comment {id: row.id})
     CREATE (a)-[:WROTE {doc: row.doc}]->(c)`,
    { rows: authored },
  );

  // Relations, one edge per (subject, predicate, object, qualifier) for each document.
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
     CREATE (s)-[r:$(row.predicate)]->(o)
     SET r.doc = row.doc, r.qualifier = row.qualifier, r.starts = row.starts, r.ends = row.ends, r.quotes = row.quotes`,
    { rows: graphs.flatMap(relationRows) },
  );

  // Claims with speaker, targets and where they were stated (the comment when inside one).
  const claims = graphs.flatMap(claimRows);
  // Speakers not found as entities (commentators, unnamed authors) are merged once per batch.
  await tx.run(
    `UNWIND $rows AS row
     MERGE (sp:Entity {id: row.speaker})
     ON CREATE SET sp.name = row.speakerName, sp.type = 'Person', sp.kind = null, sp.aliases = [], sp.aliasText = '',
                   sp:Person`,
    { rows: firstBy(claims, (c) => c.speaker) },
  );
  // One flat statement per place a claim can be stated in: a claim node, its speaker, its place and its targets
  // are written row by row with no Eager operator (an OPTIONAL MATCH of the place would make Neo4j buffer every
  // row of the batch before writing the first ABOUT).
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
async function tidy(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
     WITH e, m.text AS t ORDER BY t
     WITH e, [t IN collect(DISTINCT t) WHERE t <> e.name] AS aliases
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

/** Removes a document and all its facts; entities no longer mentioned anywhere go too. */
export async function removeDocument(
  driver: Driver,
  docId: string,
  opts: { database?: string } = {},
): Promise<boolean> {
  const session = driver.session({ database: opts.database });
  try {
    return await session.executeWrite(async (tx) => {
      const exists = await tx.run('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: docId });
      if (Number(exists.records[0]?.get('n')) === 0) return false;
      const touched = await removeFacts(tx, docId);
      await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: docId });
      await tidy(tx, touched);
      await bumpGraphVersion(tx);
      return true;
    });
  } finally {
    await session.close();
  }
}
