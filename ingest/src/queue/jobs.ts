// What travels through the queue: one document's text and metadata per job, with how often to try it.
import { Queue, type JobsOptions } from 'bullmq';
import type { DocumentInput } from '../extractor.js';
import type { QueueConfig } from './config.js';

export const JOB_NAME = 'document';

export interface DocumentJob {
  /** Where the producer read it: a file, or `file:line` for a JSON Lines record. */
  origin: string;
  input: DocumentInput;
}

export interface RetryOptions {
  /** Tries before a document goes to the dead-letter list (default 3). */
  attempts?: number;
  /** First retry delay in ms; each retry waits twice as long as the one before (default 2000). */
  backoffMs?: number;
}

export function jobOptions(opts: RetryOptions = {}): JobsOptions {
  return {
    attempts: opts.attempts ?? 3,
    backoff: { type: 'exponential', delay: opts.backoffMs ?? 2000 },
    removeOnComplete: true,
    // Jobs that failed every attempt stay in the failed set: that set is the dead-letter list.
    removeOnFail: false,
  };
}

export function openQueue(cfg: QueueConfig): Queue<DocumentJob> {
  return new Queue<DocumentJob>(cfg.name, { connection: cfg.connection });
}

/** A job as read back from Redis: anything may have put it there, so its shape is checked. */
export function documentOf(data: unknown): DocumentJob {
  const d = data as Partial<DocumentJob> | null;
  const input = d?.input;
  if (typeof d?.origin !== 'string' || typeof input?.source !== 'string' || typeof input.text !== 'string')
    throw new Error('the job carries no document (origin, input.source and input.text are required)');
  return d as DocumentJob;
}
