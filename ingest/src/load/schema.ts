// Constraints and indexes, created before the first write. Idempotent (IF NOT EXISTS).
import type { Driver } from 'neo4j-driver';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (c:Comment) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  // One node: MERGE on it must not race into two (graph-version.ts).
  'CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE',
  'CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source)',
  'CREATE INDEX comment_doc IF NOT EXISTS FOR (c:Comment) ON (c.doc)',
  'CREATE INDEX claim_doc IF NOT EXISTS FOR (c:Claim) ON (c.doc)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  // Search over names and aliases (GET /api/search).
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]',
];

/**
 * Indexes earlier versions created that no query uses: every write kept them up to date (claims by stance, and
 * mentions by document, which are always reached from their entity or document). Dropped where they exist.
 */
export const RETIRED_INDEXES = ['claim_stance', 'mention_doc'];

let ensured = new WeakSet<Driver>();

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  if (ensured.has(driver)) return;
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    // Names are constants of this module, not input: DROP INDEX takes no parameter.
    for (const name of RETIRED_INDEXES) await session.run(`DROP INDEX ${name} IF EXISTS`);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  ensured.add(driver);
}

/** For tests that wipe the database: forget that the schema was ensured. */
export function resetSchemaCache(): void {
  ensured = new WeakSet<Driver>();
}

/**
 * Deletes every node and relationship in batches (implicit transactions, as CALL … IN TRANSACTIONS needs).
 * Relationships go first: a batch of nodes deleted with DETACH takes every relationship of a hub with it, and
 * one entity named in thousands of documents holds more than a transaction may (db.memory.transaction.max).
 */
export async function wipeDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
