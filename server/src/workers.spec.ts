import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { apiWorkers } from './workers.js';

describe('apiWorkers', () => {
  it('is one worker per CPU unless API_WORKERS says how many', () => {
    expect(apiWorkers({})).toBe(os.availableParallelism());
    expect(apiWorkers({ API_WORKERS: '' })).toBe(os.availableParallelism());
    expect(apiWorkers({ API_WORKERS: '1' })).toBe(1);
    expect(apiWorkers({ API_WORKERS: '3' })).toBe(3);
  });
  it('refuses a count that is not a positive whole number', () => {
    for (const bad of ['0', '-2', '1.5', 'many']) expect(() => apiWorkers({ API_WORKERS: bad })).toThrow(/API_WORKERS/);
  });
});
