// The dead-letter list: documents that failed every attempt, with the reason, kept until retried or cleared.
import type { Job, Queue } from 'bullmq';
import type { DocumentJob } from './jobs.js';

export interface DeadLetter {
  jobId: string;
  origin: string;
  source: string;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

function letterOf(job: Job<DocumentJob>): DeadLetter {
  const data = job.data as Partial<DocumentJob> | undefined;
  return {
    jobId: String(job.id),
    origin: typeof data?.origin === 'string' ? data.origin : '(unknown)',
    source: typeof data?.input?.source === 'string' ? data.input.source : '(unknown)',
    reason: job.failedReason,
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

export async function listDeadLetters(queue: Queue<DocumentJob>): Promise<DeadLetter[]> {
  return ((await queue.getFailed()) as Job<DocumentJob>[]).map(letterOf);
}

/** Puts every dead letter back on the queue, its attempts counted afresh; returns how many. */
export async function retryDeadLetters(queue: Queue<DocumentJob>): Promise<number> {
  const n = await queue.getFailedCount();
  if (n) await queue.retryJobs({ state: 'failed', count: n });
  return n;
}

export async function clearDeadLetters(queue: Queue<DocumentJob>): Promise<number> {
  return (await queue.clean(0, 0, 'failed')).length;
}
