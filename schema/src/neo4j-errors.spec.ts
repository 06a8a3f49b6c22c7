import { describe, expect, it } from 'vitest';
import {
  isDbUnavailable,
  isNeo4jClientError,
  isReadOnlyRefusal,
  isTimeoutError,
  syntaxPosition,
} from './neo4j-errors.js';

const neo4jError = (code: string, message = '', extra: Record<string, string> = {}) =>
  Object.assign(new Error(message), { code, ...extra });

describe('Neo4j error classification', () => {
  it('reads line, column and offset from a syntax error message', () => {
    expect(syntaxPosition('Invalid input \'RETURN\': expected ")" (line 1, column 10 (offset: 9))')).toEqual({
      line: 1,
      column: 10,
      offset: 9,
    });
    expect(syntaxPosition('something else')).toBeNull();
  });

  it('counts every way the driver says the database is out of reach, and nothing else', () => {
    expect(isDbUnavailable(neo4jError('ServiceUnavailable'))).toBe(true);
    expect(isDbUnavailable(neo4jError('SessionExpired'))).toBe(true);
    expect(isDbUnavailable(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBe(true);
    // The loader counted this one and the API did not, before both read one list.
    expect(isDbUnavailable(new Error('Failed to establish connection in 3000ms'))).toBe(true);
    expect(isDbUnavailable(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'))).toBe(false);
    expect(isDbUnavailable('a string')).toBe(false);
    expect(isDbUnavailable(null)).toBe(false);
  });

  it('tells a timeout, a write refused in a read transaction and a client mistake apart', () => {
    expect(isTimeoutError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBe(true);
    expect(isTimeoutError(neo4jError('Neo.TransientError.Transaction.Terminated'))).toBe(true);
    expect(isReadOnlyRefusal(neo4jError('Neo.ClientError.Statement.AccessMode'))).toBe(true);
    expect(isReadOnlyRefusal(new Error('Writing in read access mode not allowed'))).toBe(true);
    expect(isReadOnlyRefusal(neo4jError('Neo.ClientError.Statement.ArgumentError', 'bad argument'))).toBe(false);
    expect(isNeo4jClientError(neo4jError('Neo.ClientError.Statement.ArgumentError'))).toBe(true);
    expect(
      isNeo4jClientError(neo4jError('Neo.DatabaseError.General.UnknownError', '', { classification: 'CLIENT_ERROR' })),
    ).toBe(true);
    expect(isNeo4jClientError(neo4jError('Neo.DatabaseError.General.UnknownError'))).toBe(false);
  });
});
