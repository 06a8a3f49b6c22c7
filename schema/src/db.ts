// One way to open Neo4j, used by ingest, server and console.
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jConfig, type Neo4jConfig } from './config.js';

export function createDriver(cfg: Neo4jConfig = neo4jConfig()): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    // Fail fast when the database is down, so callers can report it instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    // Retry a failed transaction for a few seconds, not the default half minute: callers report outages.
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}
