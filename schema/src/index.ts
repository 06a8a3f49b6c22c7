export * from './types.js';
export * from './ids.js';
export * from './config.js';
export * from './db.js';
export * from './neo4j-errors.js';
export * from './kinds.js';
export * from './authors.js';
