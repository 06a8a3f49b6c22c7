// npm run queue:add  -- <files, folders or -> [--attempts N] [--backoff MS]
// npm run queue:work -- [--concurrency N] [--until-empty] [--force]
// npm run queue:failed -- [--retry | --clear]
// The shared job queue's three commands: the queue is Redis at REDIS_URL, the graph Neo4j at NEO4J_URI.
import { createDriver, neo4jConfig } from '@claimgraph/schema';
import { createExtractor } from '../extractor.js';
import { readInputs } from '../sources/index.js';
import { parseArgs } from '../cli/args.js';
import { exitAfter, listCliInputs } from '../cli/common.js';
import { queueConfig } from './config.js';
import { clearDeadLetters, listDeadLetters, retryDeadLetters } from './dead-letter.js';
import { enqueueItems } from './enqueue.js';
import { openQueue } from './jobs.js';
import { pendingJobs, startWorker, untilDrained } from './worker.js';

const [command, ...rest] = process.argv.slice(2);
const args = parseArgs(rest, ['attempts', 'backoff', 'concurrency']);
const cfg = queueConfig();

function wholeNumber(name: string, min: number): number | undefined {
  const v = args.values.get(name)?.[0];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number of at least ${min}`);
  return n;
}

async function add(): Promise<number> {
  if (args.paths.length === 0) {
    console.error('usage: npm run queue:add -- <files, folders or - for standard input> [--attempts N] [--backoff MS]');
    return 2;
  }
  const inputs = listCliInputs(args.paths, 'enqueue');
  if (!inputs) return 1;
  const queue = openQueue(cfg);
  try {
    const res = await enqueueItems(queue, readInputs(inputs), {
      attempts: wholeNumber('attempts', 1),
      backoffMs: wholeNumber('backoff', 0),
      onItem: (origin, error) => {
        if (error) console.error(`✗ ${origin}: ${error}`);
      },
    });
    if (res.enqueued + res.unreadable.length === 0) {
      console.error(`nothing to enqueue: ${args.paths.join(', ')} held no documents`);
      return 1;
    }
    const bad = res.unreadable.length;
    console.log(
      `${res.enqueued} document(s) enqueued on ${cfg.name} at ${cfg.where}${bad ? `, ${bad} unreadable` : ''}.`,
    );
    return bad ? 1 : 0;
  } finally {
    await queue.close();
  }
}

async function work(): Promise<number> {
  const neo = neo4jConfig();
  const driver = createDriver(neo);
  const extractor = await createExtractor();
  const worker = startWorker(cfg, driver, extractor, {
    database: neo.database,
    force: args.flags.has('force'),
    concurrency: wholeNumber('concurrency', 1),
  });
  const quiet = args.flags.has('quiet');
  worker.on('completed', (job, r) => {
    if (!quiet) console.log(`✓ ${job.data.origin}: ${r.outcome} (${r.doc})`);
  });
  worker.on('failed', (job, e) => {
    if (!job) return;
    const last = job.attemptsMade >= (job.opts.attempts ?? 1);
    console.error(`✗ ${job.data.origin}: ${e.message} (attempt ${job.attemptsMade}${last ? ', dead-lettered' : ''})`);
  });
  worker.on('error', (e) => {
    console.error(`queue: ${e.message}`);
  });
  console.log(`worker on ${cfg.name} at ${cfg.where}, loading into ${neo.uri}`);
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const queue = openQueue(cfg);
  try {
    if (args.flags.has('until-empty')) await Promise.race([untilDrained(queue), stop]);
    else await stop;
    await worker.close();
    return 0;
  } finally {
    await queue.close();
    await extractor.close();
    await driver.close();
  }
}

async function failed(): Promise<number> {
  const queue = openQueue(cfg);
  try {
    if (args.flags.has('retry')) console.log(`${await retryDeadLetters(queue)} document(s) put back on the queue.`);
    else if (args.flags.has('clear')) console.log(`${await clearDeadLetters(queue)} dead letter(s) cleared.`);
    else {
      const letters = await listDeadLetters(queue);
      if (args.flags.has('json')) console.log(JSON.stringify(letters, null, 2));
      else
        for (const l of letters)
          console.log(`${l.origin} (${l.source}): ${l.reason} — ${l.attempts} attempt(s), last ${l.failedAt ?? '?'}`);
      console.error(`${letters.length} dead letter(s); ${await pendingJobs(queue)} job(s) still pending.`);
    }
    return 0;
  } finally {
    await queue.close();
  }
}

const commands: Record<string, () => Promise<number>> = { add, work, failed };
const run = commands[command ?? ''];
if (!run) {
  console.error('usage: queue <add | work | failed> …');
  process.exit(2);
}
await exitAfter(run, undefined, (e) => `queue ${command}: ${(e as Error).message}`);
