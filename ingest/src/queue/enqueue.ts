// The producer: documents read from files, folders, JSON Lines or standard input become jobs, added in
// bulk. Items that could not be read are reported here and never reach the queue.
import type { Queue } from 'bullmq';
import type { SourceItem } from '../sources/index.js';
import { JOB_NAME, jobOptions, type DocumentJob, type RetryOptions } from './jobs.js';

export interface EnqueueResult {
  enqueued: number;
  unreadable: { origin: string; error: string }[];
}

const BULK = 200;

export async function enqueueItems(
  queue: Queue<DocumentJob>,
  items: AsyncIterable<SourceItem>,
  opts: RetryOptions & { onItem?: (origin: string, error?: string) => void } = {},
): Promise<EnqueueResult> {
  const result: EnqueueResult = { enqueued: 0, unreadable: [] };
  const options = jobOptions(opts);
  let bulk: DocumentJob[] = [];
  const flush = async () => {
    if (!bulk.length) return;
    await queue.addBulk(bulk.map((data) => ({ name: JOB_NAME, data, opts: options })));
    result.enqueued += bulk.length;
    bulk = [];
  };
  for await (const item of items) {
    if (!item.input) {
      const error = item.error ?? 'nothing to read';
      result.unreadable.push({ origin: item.origin, error });
      opts.onItem?.(item.origin, error);
      continue;
    }
    bulk.push({ origin: item.origin, input: item.input });
    opts.onItem?.(item.origin);
    if (bulk.length >= BULK) await flush();
  }
  await flush();
  return result;
}
