// Extraction spread over worker processes through a shared BullMQ queue on a local Redis: the same corpus
// gives the same graph as the single-process ingest, a document that fails every attempt is dead-lettered
// with its reason, and enqueueing the corpus again changes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ingestFiles } from '../../ingest/src/pipeline/ingest.js';
import { queueConfig, type QueueConfig } from '../../ingest/src/queue/config.js';
import { listDeadLetters } from '../../ingest/src/queue/dead-letter.js';
import { enqueueItems } from '../../ingest/src/queue/enqueue.js';
import { openQueue } from '../../ingest/src/queue/jobs.js';
import type { SourceItem } from '../../ingest/src/sources/index.js';
import { ROOT, SEEDS, testDriver, wipe } from '../helpers/db.js';
import { graphCounts, graphDump } from '../helpers/graph-snapshot.js';

let driver: Driver;
let redis: ChildProcess;
let cfg: QueueConfig;
let corpus: string;
const ATTEMPTS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}

async function startRedis(): Promise<{ proc: ChildProcess; url: string }> {
  const port = await freePort();
  const proc = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    proc.on('error', reject);
    proc.on('exit', (code) => {
      reject(new Error(`redis-server exited (${code}): ${out}`));
    });
    proc.stdout.on('data', (b: Buffer) => {
      out += String(b);
      if (out.includes('Ready to accept connections')) resolve();
    });
  });
  return { proc, url: `redis://127.0.0.1:${port}` };
}

function runQueue(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'ingest/src/queue/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: cfg.connection.url, CLAIMGRAPH_QUEUE: cfg.name },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += String(b)));
    child.stderr.on('data', (b: Buffer) => (stderr += String(b)));
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** A corpus of the seeds as files plus JSON Lines records made from parts of them (shared entities). */
function writeCorpus(dir: string): void {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (const f of seeds) copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  const texts = seeds.map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  const half = (t: string, second: boolean) => (second ? t.slice(t.length / 2) : t.slice(0, t.length / 2));
  const lines = [
    { id: 'excerpt-one', title: 'Excerpt one', author: 'Ann Lee', text: half(texts[0]!, false) },
    { id: 'excerpt-two', title: 'Excerpt two', text: half(texts[1]!, true) },
    { id: 'excerpt-three', publisher: 'The Paper', text: half(texts[2]!, false) + '\n\n' + half(texts[3]!, true) },
  ];
  writeFileSync(path.join(dir, 'excerpts.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

async function* one(item: SourceItem): AsyncGenerator<SourceItem> {
  yield item;
}

const ingestedAt = async () =>
  (
    await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id, toString(d.ingestedAt) AS at ORDER BY id')
  ).records.map((r) => `${r.get('id') as string} ${r.get('at') as string}`);

beforeAll(async () => {
  driver = testDriver();
  const started = await startRedis();
  redis = started.proc;
  cfg = queueConfig({ REDIS_URL: started.url, CLAIMGRAPH_QUEUE: 'claimgraph-test' });
  corpus = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-queue-'));
  writeCorpus(corpus);
});

afterAll(async () => {
  redis?.kill('SIGTERM');
  await driver?.close();
});

describe('the shared job queue with two worker processes', () => {
  let expected: { counts: Awaited<ReturnType<typeof graphCounts>>; dump: Awaited<ReturnType<typeof graphDump>> };

  it('builds, from the same corpus, the graph the single-process ingest builds', async () => {
    await wipe(driver);
    const single = await ingestFiles(driver, [corpus]);
    expect(single.filter((o) => o.error)).toEqual([]);
    expect(single).toHaveLength(8);
    expected = { counts: await graphCounts(driver), dump: await graphDump(driver) };
    await wipe(driver);

    const added = await runQueue(['add', corpus, '--attempts', String(ATTEMPTS), '--backoff', '50']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('8 document(s) enqueued on claimgraph-test');
    // Another producer puts a document no worker can read on the same queue.
    const queue = openQueue(cfg);
    const bad = { origin: 'blank.txt', bytes: 0, input: { source: 'blank.txt', text: '  ' } };
    expect((await enqueueItems(queue, one(bad), { attempts: ATTEMPTS, backoffMs: 50 })).enqueued).toBe(1);
    await queue.close();

    const workers = await Promise.all([runQueue(['work', '--until-empty']), runQueue(['work', '--until-empty'])]);
    for (const w of workers) expect(w.code, w.stderr).toBe(0);
    const loaded = workers.flatMap((w) => w.stdout.split('\n').filter((l) => l.startsWith('✓ ')));
    expect(loaded).toHaveLength(8);
    expect(loaded.every((l) => l.includes(': created ('))).toBe(true);

    expect(await graphCounts(driver)).toEqual(expected.counts);
    expect(await graphDump(driver)).toEqual(expected.dump);
  });

  it('keeps a failing document on the dead-letter list with its reason, tried the configured times', async () => {
    const queue = openQueue(cfg);
    const letters = await listDeadLetters(queue);
    await queue.close();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ origin: 'blank.txt', source: 'blank.txt', attempts: ATTEMPTS });
    expect(letters[0]!.reason).toBe('empty file (no text)');
    const listed = await runQueue(['failed']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`blank.txt (blank.txt): empty file (no text) — ${ATTEMPTS} attempt(s)`);
    expect(listed.stderr).toContain('1 dead letter(s); 0 job(s) still pending.');
  });

  it('changes nothing when the same corpus is enqueued again', async () => {
    const before = await ingestedAt();
    const added = await runQueue(['add', corpus]);
    expect(added.code, added.stderr).toBe(0);
    const worker = await runQueue(['work', '--until-empty']);
    expect(worker.code, worker.stderr).toBe(0);
    const loaded = worker.stdout.split('\n').filter((l) => l.startsWith('✓ '));
    expect(loaded).toHaveLength(8);
    expect(loaded.every((l) => l.includes(': unchanged ('))).toBe(true);
    expect(await ingestedAt()).toEqual(before);
    expect(await graphDump(driver)).toEqual(expected.dump);
  });
});
