// Runtime configuration, named as Neo4j names it. Every setting has a documented default (README).

export interface Neo4jConfig {
  /** Bolt URI. Default: the project-local server, bolt://127.0.0.1:7687. */
  uri: string;
  user: string;
  password: string;
  /** Database name. Default `neo4j` (Community edition has one user database). */
  database: string;
  /** True when NEO4J_URI was not given, so the project-local server is meant. */
  local: boolean;
}

export const DEFAULT_PASSWORD = 'claimgraph-local';

export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const boltPort = env.CLAIMGRAPH_BOLT_PORT ?? '7687';
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${boltPort}`,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
    database: env.NEO4J_DATABASE || 'neo4j',
    local: !env.NEO4J_URI,
  };
}
