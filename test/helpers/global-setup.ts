// Starts (or finds) the Neo4j the integration tests use. Unless NEO4J_URI is set, that is a project-local
// server of its own (.neo4j/test, Bolt 7688), so tests never touch the data `npm start` serves.
import type { TestProject } from 'vitest/node';
import { localProfile, start } from '../../scripts/lib/neo4j-local.js';

export default async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const env = {
    ...process.env,
    CLAIMGRAPH_DB_DIR: process.env.CLAIMGRAPH_TEST_DB_DIR ?? '.neo4j/test',
    CLAIMGRAPH_BOLT_PORT: process.env.CLAIMGRAPH_TEST_BOLT_PORT ?? '7688',
    CLAIMGRAPH_HTTP_PORT: process.env.CLAIMGRAPH_TEST_HTTP_PORT ?? '7475',
  };
  await start(localProfile(env), (s) => {
    console.log(`[test db] ${s}`);
  });
  const uri = `bolt://127.0.0.1:${env.CLAIMGRAPH_BOLT_PORT}`;
  process.env.NEO4J_URI = uri;
  project.provide('neo4jUri', uri);
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
