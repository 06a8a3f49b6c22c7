// Where the shared job queue lives: a Redis server (REDIS_URL) and a queue name (CLAIMGRAPH_QUEUE), the same
// on every machine that enqueues documents or runs a worker.
import type { RedisOptions } from 'bullmq';

export interface QueueConfig {
  name: string;
  connection: RedisOptions;
  /** For messages: the Redis server without its password. */
  where: string;
}

export function queueConfig(env: NodeJS.ProcessEnv = process.env): QueueConfig {
  const url = new URL(env.REDIS_URL || 'redis://127.0.0.1:6379');
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${url.protocol}//`);
  return {
    name: env.CLAIMGRAPH_QUEUE || 'claimgraph-ingest',
    // Workers block on Redis waiting for jobs; BullMQ requires commands to wait for a reconnect, not fail.
    connection: { url: url.href, maxRetriesPerRequest: null },
    where: `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`,
  };
}
