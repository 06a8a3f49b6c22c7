// The consumer: takes documents from the shared queue, extracts them with the rules engine and loads each
// into the one Neo4j with the batched writer. A job that throws is retried by the queue with backoff; after
// its last attempt it stays on the dead-letter list with the reason.
import { Worker, type Job, type Queue } from 'bullmq';
import type { Driver } from 'neo4j-driver';
import type { Extractor } from '../extractor.js';
import { loadDocuments, type LoadOutcome } from '../load/writer.js';
import type { QueueConfig } from './config.js';
import { documentOf, type DocumentJob } from './jobs.js';

export interface JobResult {
  doc: string;
  outcome: LoadOutcome;
}

export interface WorkerOptions {
  database?: string;
  force?: boolean;
  /** Documents in flight at once in this process: extraction of one overlaps another's load. */
  concurrency?: number;
}

export function startWorker(
  cfg: QueueConfig,
  driver: Driver,
  extractor: Extractor,
  opts: WorkerOptions = {},
): Worker<DocumentJob, JobResult> {
  return new Worker<DocumentJob, JobResult>(
    cfg.name,
    async (job: Job<DocumentJob>) => {
      const { input } = documentOf(job.data);
      const graph = await extractor.process(input);
      const [result] = await loadDocuments(driver, [graph], { database: opts.database, force: opts.force });
      return { doc: result!.doc, outcome: result!.outcome };
    },
    { connection: cfg.connection, concurrency: opts.concurrency ?? 2 },
  );
}

/** Jobs still to do: waiting, running, or delayed until a retry. Zero means the queue has drained. */
export async function pendingJobs(queue: Queue<DocumentJob>): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Resolves once the queue has drained (checked every `pollMs`). */
export async function untilDrained(queue: Queue<DocumentJob>, pollMs = 500): Promise<void> {
  while ((await pendingJobs(queue)) > 0) await new Promise((r) => setTimeout(r, pollMs));
}
