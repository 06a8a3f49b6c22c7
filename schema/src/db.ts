// One way to open Neo4j, used by ingest, server and console.
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jConfig, type Neo4jConfig } from './config.js';
import { joinMultiPartMessages } from './bolt-messages.js';

// Every driver this project opens reads large answers from one buffer (bolt-messages.ts).
joinMultiPartMessages();

/**
 * Time to open a connection, handshake included: a Neo4j that accepts TCP but never answers fails here.
 * A local or LAN Neo4j opens a connection in milliseconds.
 */
export const CONNECTION_TIMEOUT_MS = 3_000;
/**
 * Time a query may wait for a free pooled connection (opening one included); past it the caller answers
 * "busy" or "unavailable" at once rather than queueing behind a full pool.
 */
export const ACQUISITION_TIMEOUT_MS = 4_000;

export function createDriver(cfg: Neo4jConfig = neo4jConfig()): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    // Fail fast when the database is down or silent, so callers can report it instead of hanging.
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
    maxConnectionPoolSize: 50,
    // Retry a failed transaction for a few seconds, not the default half minute: callers report outages.
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}

/**
 * The driver for people's own Cypher (the API's Cypher endpoint and the console): a small pool of its own,
 * so user queries at their limits can never take the connections the API's reads need; and integers as
 * the driver's lossless Integer, so 64-bit values survive (the caller turns them into numbers or strings).
 */
export function createCypherDriver(cfg: Neo4jConfig = neo4jConfig(), poolSize = 4): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
    maxConnectionPoolSize: poolSize,
    maxTransactionRetryTime: 5_000,
  });
}
