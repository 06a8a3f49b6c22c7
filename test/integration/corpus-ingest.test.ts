// Corpus-scale ingest: JSON Lines, folders, standard input and batched transactions into the real Neo4j,
// and a command line that always ends with a clear message.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { documentId } from '@claimgraph/schema';
import { ingestFiles } from '../../ingest/src/pipeline/ingest.js';
import { ROOT, SEEDS, count, testDriver, wipe } from '../helpers/db.js';

let driver: Driver;
let dir: string;
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
const line = (o: object) => JSON.stringify(o);

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-corpus-'));
});
afterAll(async () => driver?.close());

function runCli(
  script: 'ingest' | 'extract',
  args: string[],
  opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, `ingest/src/cli/${script}.ts`), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...opts.env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += String(b)));
    child.stderr.on('data', (b: Buffer) => (stderr += String(b)));
    child.stdin.end(opts.stdin ?? '');
    child.on('close', (code) => {
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

const titleOf = async (id: string) =>
  (await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN d.title AS t, d.author AS a', { id })).records[0];

describe('JSON Lines and folders into Neo4j', () => {
  it('loads each good line of a JSON Lines file in a nested folder, names bad lines, skips unknown types', async () => {
    const corpus = path.join(dir, 'archive/2024');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(
      path.join(corpus, 'dump.jsonl'),
      [
        line({ id: 'speech-a', title: 'Speech A', author: 'Ann Lee', text: seedTexts[0] }),
        '{"id": "torn", "text": "cut off',
        line({ id: 'speech-b', title: 'Speech B', text: seedTexts[1] }),
        line({ id: 'no-text' }),
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'archive/notes.md'), seedTexts[2]!);
    writeFileSync(path.join(dir, 'archive/scan.pdf'), '%PDF-1.4 not text');
    const outcomes = await ingestFiles(driver, [path.join(dir, 'archive')], { batchSize: 2 });
    const byFile = new Map(outcomes.map((o) => [path.relative(dir, o.file), o]));
    expect([...byFile.keys()].sort()).toEqual([
      'archive/2024/dump.jsonl:1',
      'archive/2024/dump.jsonl:2',
      'archive/2024/dump.jsonl:3',
      'archive/2024/dump.jsonl:4',
      'archive/notes.md',
    ]);
    expect(byFile.get('archive/2024/dump.jsonl:2')!.error).toMatch(/line 2 is not valid JSON/);
    expect(byFile.get('archive/2024/dump.jsonl:4')!.error).toMatch(/line 4 has no "text"/);
    for (const ok of ['archive/2024/dump.jsonl:1', 'archive/2024/dump.jsonl:3', 'archive/notes.md'])
      expect(byFile.get(ok)!.result?.outcome).toBe('created');
    expect(await count(driver, 'MATCH (d:Document) RETURN count(d)')).toBe(3);
    const a = await titleOf(documentId('speech-a'));
    expect([a?.get('t'), a?.get('a')]).toEqual(['Speech A', 'Ann Lee']);
    expect(await count(driver, 'MATCH (d:Document {id: $id}) RETURN count(d)', { id: documentId('notes.md') })).toBe(1);
  });
});

describe('batched transactions', () => {
  async function snapshot() {
    const q = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
    return {
      labels: await q('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l'),
      types: await q('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t'),
      byDoc: await q('MATCH ()-[r]->() WHERE r.doc IS NOT NULL RETURN r.doc AS d, count(*) AS n ORDER BY d'),
      aliases: await q('MATCH (e:Entity) RETURN e.id AS id, e.aliases AS a, e.kind AS k ORDER BY id'),
    };
  }
  const corpusFile = () => path.join(dir, 'batched.jsonl');
  const writeCorpus = (texts: string[]) => {
    writeFileSync(corpusFile(), texts.map((text, i) => line({ id: `batched-${i}`, text })).join('\n'));
  };

  it('gives the same graph in batches as one document per transaction; a second run changes nothing', async () => {
    writeCorpus(seedTexts);
    await wipe(driver);
    await ingestFiles(driver, [corpusFile()], { batchSize: 1 });
    const oneByOne = await snapshot();
    await wipe(driver);
    const first = await ingestFiles(driver, [corpusFile()], { batchSize: 50 });
    expect(first.map((o) => o.result?.outcome)).toEqual(seedTexts.map(() => 'created'));
    expect(await snapshot()).toEqual(oneByOne);
    const again = await ingestFiles(driver, [corpusFile()], { batchSize: 50 });
    expect(again.map((o) => o.result?.outcome)).toEqual(seedTexts.map(() => 'unchanged'));
    expect(await snapshot()).toEqual(oneByOne);
  });

  it('replaces only the changed document of a batch', async () => {
    const before = await snapshot();
    const changed = [...seedTexts];
    changed[1] = changed[1]!.replace(/\.\s/, '. Ofsted criticised Lambeth council over its failures. ');
    writeCorpus(changed);
    const outcomes = await ingestFiles(driver, [corpusFile()], { batchSize: 50 });
    expect(outcomes.map((o) => o.result?.outcome)).toEqual(
      seedTexts.map((_, i) => (i === 1 ? 'replaced' : 'unchanged')),
    );
    const after = await snapshot();
    const others = (s: typeof before) => s.byDoc.filter((r) => r.d !== documentId('batched-1'));
    expect(others(after)).toEqual(others(before));
    writeCorpus(seedTexts);
    await ingestFiles(driver, [corpusFile()], { batchSize: 50 });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the later of two lines with the same id, as two ingests in a row would', async () => {
    writeFileSync(
      path.join(dir, 'dupes.jsonl'),
      [
        line({ id: 'twice', title: 'Old', text: seedTexts[0] }),
        line({ id: 'twice', title: 'New', text: seedTexts[0] }),
      ].join('\n'),
    );
    const outcomes = await ingestFiles(driver, [path.join(dir, 'dupes.jsonl')], { batchSize: 50 });
    expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined]);
    expect((await titleOf(documentId('twice')))?.get('t')).toBe('New');
  });
});

describe('npm run ingest', () => {
  const env = () => ({ NEO4J_URI: process.env.NEO4J_URI });

  it('loads a folder holding only JSON Lines files, every line a document', async () => {
    const only = path.join(dir, 'only-jsonl');
    mkdirSync(only);
    writeFileSync(
      path.join(only, 'a.jsonl'),
      [0, 1].map((i) => line({ id: `only-${i}`, text: seedTexts[i] })).join('\n'),
    );
    writeFileSync(path.join(only, 'b.ndjson'), line({ id: 'only-2', text: seedTexts[2] }) + '\n');
    const r = await runCli('ingest', [only, '--quiet'], { env: env() });
    expect(r.stderr).not.toMatch(/✗/);
    expect(r.stdout).toMatch(/3 of 3 document\(s\) loaded/);
    expect(r.code).toBe(0);
    expect(await count(driver, "MATCH (d:Document) WHERE d.id STARTS WITH 'doc:only-' RETURN count(d)")).toBe(3);
  });

  it('reads JSON Lines from standard input', async () => {
    const r = await runCli('ingest', ['-'], {
      stdin: line({ id: 'from-stdin', text: seedTexts[3] }) + '\n',
      env: env(),
    });
    expect(r.stdout).toMatch(/1 of 1 document\(s\) loaded/);
    expect(r.code).toBe(0);
    expect(await count(driver, 'MATCH (d:Document {id: $id}) RETURN count(d)', { id: documentId('from-stdin') })).toBe(
      1,
    );
  });

  it('fails with a non-zero exit when there is nothing to ingest, naming files it does not read', async () => {
    const empty = path.join(dir, 'nothing');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'scan.pdf'), '%PDF');
    writeFileSync(path.join(empty, 'empty.jsonl'), '\n');
    const r = await runCli('ingest', [empty], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/skipped .*scan\.pdf/);
    expect(r.stderr).toMatch(/nothing to ingest/);
    const none = await runCli('ingest', [path.join(empty, 'scan.pdf')], { env: env() });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/nothing to ingest/);
  });

  it('exits with a clear message when the database accepts connections but never answers', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      writeFileSync(path.join(dir, 'one.txt'), seedTexts[0]!);
      const r = await runCli('ingest', [path.join(dir, 'one.txt')], { env: { NEO4J_URI: `bolt://127.0.0.1:${port}` } });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Neo4j is not reachable|ingest failed/);
      expect(r.stderr).not.toMatch(/\n\s+at .*\(/);
      expect(r.ms).toBeLessThan(60_000);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  }, 90_000);
});

describe('npm run extract', () => {
  it('reads the same inputs as ingest and says when there is nothing to read', async () => {
    const r = await runCli('extract', [path.join(dir, 'only-jsonl'), '--json', '--threads', '1']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id).sort()).toEqual([
      'doc:only-0',
      'doc:only-1',
      'doc:only-2',
    ]);
    const none = await runCli('extract', [path.join(dir, 'nothing')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/nothing to extract/);
  });
});
