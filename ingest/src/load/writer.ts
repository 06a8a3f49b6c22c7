// load: writes one document's graph into Neo4j in a single transaction, replacing that document's
// previous facts and nobody else's. Writes are batched with UNWIND; labels and relationship types are
// validated against the schema before they are used as dynamic labels.
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES, commentatorId } from '@claimgraph/schema';
import type { DocumentGraph } from '../pipeline/types.js';
import { ensureSchema } from './schema.js';

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
  for (const e of g.entities) if (!entityTypes.has(e.type)) throw new Error(`Unknown entity type "${e.type}" for ${e.id}`);
  for (const r of g.relations) if (!predicates.has(r.predicate)) throw new Error(`Unknown predicate "${r.predicate}"`);
  const len = g.text.length;
  const inText = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= len && s <= e;
  for (const e of g.entities) for (const m of e.mentions) {
    if (!inText(m.start, m.end) || g.text.slice(m.start, m.end) !== m.text) throw new Error(`Mention of ${e.id} at ${m.start}-${m.end} does not match the text`);
  }
  for (const r of g.relations) for (const ev of r.evidence) {
    if (!inText(ev.start, ev.end) || g.text.slice(ev.start, ev.end) !== ev.quote) throw new Error(`Evidence of ${r.subject} ${r.predicate} ${r.object} does not match the text`);
  }
  for (const c of g.claims) {
    if (!inText(c.evidence.start, c.evidence.end) || g.text.slice(c.evidence.start, c.evidence.end) !== c.evidence.quote) throw new Error(`Evidence of claim ${c.id} does not match the text`);
  }
}

/** Speakers are entity ids or names as written (commentators, unnamed authors); names map to Person ids. */
function speakerId(speaker: string, known: Set<string>): string {
  return known.has(speaker) ? speaker : commentatorId(speaker);
}

export async function loadDocument(driver: Driver, g: DocumentGraph, opts: { database?: string; force?: boolean } = {}): Promise<LoadResult> {
  validate(g);
  await ensureSchema(driver, opts.database);
  const hash = graphHash(g);
  const docId = g.document.id;
  const counts = {
    entities: g.entities.length,
    mentions: g.entities.reduce((n, e) => n + e.mentions.length, 0),
    comments: g.comments.length,
    relations: g.relations.length,
    claims: g.claims.length,
  };
  const session = driver.session({ database: opts.database });
  try {
    const outcome = await session.executeWrite(async (tx) => {
      const prev = await tx.run('MATCH (d:Document {id: $id}) RETURN d.hash AS hash', { id: docId });
      const prevHash = prev.records[0]?.get('hash') as string | undefined;
      if (prevHash === hash && !opts.force) return 'unchanged' as const;
      const touched = prevHash === undefined ? [] : await removeFacts(tx, docId);
      await writeFacts(tx, g, hash);
      await tidy(tx, [...new Set([...touched, ...g.entities.map((e) => e.id), ...g.claims.map((c) => speakerId(c.speaker, new Set(g.entities.map((e) => e.id))))])]);
      return prevHash === undefined ? ('created' as const) : ('replaced' as const);
    });
    return { doc: docId, source: g.document.source, outcome, counts };
  } finally {
    await session.close();
  }
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
     WITH d, ms, ents + xs + collect(DISTINCT w) AS all
     UNWIND all AS e
     WITH DISTINCT e
     RETURN collect(e.id) AS ids`,
    { doc: docId },
  );
  const ids = (res.records[0]?.get('ids') as string[] | undefined) ?? [];
  await tx.run(
    `UNWIND $ids AS id MATCH (e:Entity {id: id})-[r]-() WHERE r.doc = $doc DELETE r`,
    { ids, doc: docId },
  );
  await tx.run('MATCH (c:Comment {doc: $doc}) DETACH DELETE c', { doc: docId });
  await tx.run('MATCH (c:Claim {doc: $doc}) DETACH DELETE c', { doc: docId });
  return ids;
}

async function writeFacts(tx: ManagedTransaction, g: DocumentGraph, hash: string): Promise<void> {
  const docId = g.document.id;
  const d = g.document;
  await tx.run(
    `MERGE (d:Document {id: $id})
     SET d.source = $source, d.title = $title, d.author = $author, d.publisher = $publisher,
         d.kind = $kind, d.date = $date, d.text = $text, d.hash = $hash, d.ingestedAt = datetime()`,
    { id: docId, source: d.source, title: d.title, author: d.author, publisher: d.publisher, kind: d.kind, date: d.date, text: g.text, hash },
  );

  // Entities: create or enrich. The first name given wins; a specific kind replaces null/other.
  await tx.run(
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e.name = row.name, e.type = row.type, e.kind = row.kind, e.aliases = [], e.aliasText = ''
     SET e:$(row.type)
     WITH e, row
     WHERE e.kind IS NULL OR (e.kind = 'other' AND row.kind IS NOT NULL)
        OR (e.kind = 'commentator' AND row.kind IS NOT NULL AND row.kind <> 'commentator')
     SET e.kind = row.kind`,
    { rows: g.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, kind: e.kind })) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (e:Entity {id: row.id}), (d:Document {id: $doc})
     CREATE (e)-[:MENTIONED_IN {doc: $doc, start: row.start, end: row.end, text: row.text}]->(d)`,
    { doc: docId, rows: g.entities.flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end, text: m.text }))) },
  );

  // Comments, their thread and their authors (commentators are Person entities).
  await tx.run(
    `UNWIND $rows AS row
     MATCH (d:Document {id: $doc})
     CREATE (c:Comment {id: row.id, doc: $doc, author: row.author, postedAt: row.postedAt, start: row.start, end: row.end,
                        text: row.text, ordinal: row.ordinal})
     CREATE (c)-[:PART_OF]->(d)`,
    { doc: docId, rows: g.comments.map((c, i) => ({ id: c.id, author: c.author, postedAt: c.postedAt, start: c.start, end: c.end, text: g.text.slice(c.start, c.end), ordinal: i + 1 })) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (c:Comment {id: row.id}), (p:Comment {id: row.parent})
     CREATE (c)-[:REPLY_TO]->(p)`,
    { rows: g.comments.filter((c) => c.parent).map((c) => ({ id: c.id, parent: c.parent })) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Entity {id: row.author})
     ON CREATE SET a.name = row.name, a.type = 'Person', a.kind = 'commentator', a.aliases = [], a.aliasText = ''
     SET a:Person:Commentator
     WITH a, row
     MATCH (c:Comment {id: row.id})
     CREATE (a)-[:WROTE {doc: $doc}]->(c)`,
    { doc: docId, rows: g.comments.filter((c) => c.author).map((c) => ({ id: c.id, author: commentatorId(c.author!), name: c.author })) },
  );

  // Relations, one edge per (subject, predicate, object, qualifier) for this document.
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
     CREATE (s)-[r:$(row.predicate)]->(o)
     SET r.doc = $doc, r.qualifier = row.qualifier, r.starts = row.starts, r.ends = row.ends, r.quotes = row.quotes`,
    { doc: docId, rows: mergeRelations(g) },
  );

  // Claims with speaker, targets and where they were stated (the comment when inside one).
  const known = new Set(g.entities.map((e) => e.id));
  const commentOf = (start: number, end: number) => g.comments.find((c) => c.start <= start && end <= c.end)?.id ?? null;
  await tx.run(
    `UNWIND $rows AS row
     MERGE (sp:Entity {id: row.speaker})
     ON CREATE SET sp.name = row.speakerName, sp.type = 'Person', sp.kind = null, sp.aliases = [], sp.aliasText = '', sp:Person
     CREATE (c:Claim {id: row.id, doc: $doc, text: row.text, stance: row.stance, speaker: row.speaker,
                      start: row.start, end: row.end, quote: row.quote})
     CREATE (c)-[:MADE_BY]->(sp)
     WITH c, row
     OPTIONAL MATCH (cm:Comment {id: row.comment})
     MATCH (d:Document {id: $doc})
     CALL (c, cm, d) { WITH c, coalesce(cm, d) AS place CREATE (c)-[:STATED_IN]->(place) }
     WITH c, row
     UNWIND row.about AS target
     MATCH (t:Entity {id: target})
     CREATE (c)-[:ABOUT]->(t)`,
    {
      doc: docId,
      rows: g.claims.map((c) => ({
        id: c.id, text: c.text, stance: c.stance, speaker: speakerId(c.speaker, known), speakerName: c.speaker,
        start: c.evidence.start, end: c.evidence.end, quote: c.evidence.quote, about: c.about, comment: commentOf(c.evidence.start, c.evidence.end),
      })),
    },
  );
}

function mergeRelations(g: DocumentGraph) {
  const byKey = new Map<string, { subject: string; object: string; predicate: string; qualifier: string | null; starts: number[]; ends: number[]; quotes: string[] }>();
  for (const r of g.relations) {
    const key = `${r.subject}|${r.predicate}|${r.object}|${r.qualifier ?? ''}`;
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { subject: r.subject, object: r.object, predicate: r.predicate, qualifier: r.qualifier, starts: [], ends: [], quotes: [] }));
    for (const ev of r.evidence) {
      row.starts.push(ev.start);
      row.ends.push(ev.end);
      row.quotes.push(ev.quote);
    }
  }
  return [...byKey.values()];
}

/**
 * After a document's facts change: recompute aliases of touched entities from their mentions, rebuild
 * their stance edges from claims, and delete entities that no fact points at any more.
 */
async function tidy(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
     WITH e, [t IN collect(DISTINCT m.text) WHERE t <> e.name] AS aliases
     SET e.aliases = aliases, e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)`,
    { ids },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})-[r:CRITICISES|PRAISES]->() WHERE r.derived DELETE r`,
    { ids },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})<-[:MADE_BY]-(c:Claim)-[:ABOUT]->(t:Entity)
     WHERE c.stance IN ['critical', 'supportive'] AND t <> s
     WITH s, t, c.stance AS stance, count(c) AS n, collect(c.id) AS claims
     CALL (s, t, stance, n, claims) {
       WITH s, t, stance, n, claims WHERE stance = 'critical'
       CREATE (s)-[:CRITICISES {derived: true, count: n, claims: claims}]->(t)
       UNION
       WITH s, t, stance, n, claims WHERE stance = 'supportive'
       CREATE (s)-[:PRAISES {derived: true, count: n, claims: claims}]->(t)
     }`,
    { ids },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT (e)-[:MENTIONED_IN|WROTE]->() AND NOT (e)<-[:MADE_BY]-()
     DETACH DELETE e`,
    { ids },
  );
}

/** Removes a document and all its facts; entities no longer mentioned anywhere go too. */
export async function removeDocument(driver: Driver, docId: string, opts: { database?: string } = {}): Promise<boolean> {
  const session = driver.session({ database: opts.database });
  try {
    return await session.executeWrite(async (tx) => {
      const exists = await tx.run('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: docId });
      if (Number(exists.records[0]?.get('n')) === 0) return false;
      const touched = await removeFacts(tx, docId);
      await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: docId });
      await tidy(tx, touched);
      return true;
    });
  } finally {
    await session.close();
  }
}
