// Whatever people copy from the web: every bad file gets a clear error or a correct parse, nothing
// crashes, and the good files of the same run still load.
import { mkdtempSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { documentId } from '@claimgraph/schema';
import { ingestFiles, type FileOutcome } from '../../ingest/src/pipeline/ingest.js';
import { listSources } from '../../ingest/src/pipeline/index.js';
import { ROOT, count, testDriver, wipe } from '../helpers/db.js';

const BAD = path.join(ROOT, 'test/fixtures/bad');
let driver: Driver;
let outcomes: Map<string, FileOutcome>;
let dir: string;

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bad-'));
  for (const f of readdirSync(BAD)) if (f !== 'README.md') copyFileSync(path.join(BAD, f), path.join(dir, f));
  // A 20 MB file on one line: generated, not committed.
  const lead =
    'Ofsted said Lambeth council had failed children in care, according to the British Association of Social Workers. ';
  const filler =
    'the figures in the annual return were broadly unchanged from the year before and nobody commented on them; ';
  writeFileSync(
    path.join(dir, 'huge-single-line.txt'),
    lead + filler.repeat(Math.ceil((20 * 2 ** 20) / filler.length)),
  );
  copyFileSync(path.join(ROOT, 'seeds/002_576cbf178d336da8.txt'), path.join(dir, 'zz-good.txt'));
  const files = listSources([dir]);
  outcomes = new Map((await ingestFiles(driver, files)).map((o) => [path.basename(o.file), o]));
}, 300_000);
afterAll(async () => driver?.close());

const stored = (source: string) =>
  count(driver, 'MATCH (d:Document {id: $id}) RETURN count(d)', { id: documentId(source) });
const storedText = async (source: string) =>
  (
    await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN d.text AS t', { id: documentId(source) })
  ).records[0]?.get('t') as string | undefined;

describe('bad input', () => {
  it.each([
    ['empty.txt', /empty/i],
    ['whitespace-only.txt', /empty/i],
    ['binary.txt', /binary/i],
    ['invalid-utf8.txt', /utf-?8/i],
  ])('%s is refused with a clear error and nothing is stored', async (file, message) => {
    expect(outcomes.get(file)?.error).toMatch(message);
    expect(await stored(file)).toBe(0);
  });

  it('reads UTF-16 with a BOM, a UTF-8 BOM and CRLF line ends as the same text', async () => {
    const texts = await Promise.all(['utf16-bom.txt', 'utf8-bom.txt', 'crlf.txt'].map(storedText));
    for (const f of ['utf16-bom.txt', 'utf8-bom.txt', 'crlf.txt']) expect(outcomes.get(f)?.error).toBeUndefined();
    expect(texts[0]).toBeDefined();
    expect(texts[0]).not.toMatch(/[\r\ufeff\u0000]/);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });

  it('ingests an HTML page as its visible text, without markup, scripts, styles or comments', async () => {
    const text = (await storedText('page.html'))!;
    expect(text).toContain('Josh MacAlister said the review would report in May & that Ofsted’s role would change.');
    expect(text).not.toMatch(/<|do-not-ingest|color: red/);
  });

  it('keeps zero-width and right-to-left characters without breaking offsets', async () => {
    expect(outcomes.get('zero-width-rtl.txt')?.error).toBeUndefined();
    const res = await driver.executeQuery(
      `MATCH (d:Document {id: $id})<-[m:MENTIONED_IN]-() RETURN d.text AS t, m.start AS s, m.end AS e, m.text AS x`,
      { id: documentId('zero-width-rtl.txt') },
    );
    for (const r of res.records) expect((r.get('t') as string).slice(r.get('s'), r.get('e'))).toBe(r.get('x'));
  });

  it('keeps the comments of a thread with malformed timestamps, with null times', async () => {
    const res = await driver.executeQuery(
      'MATCH (c:Comment {doc: $id}) RETURN c.author AS a, c.postedAt AS t ORDER BY c.ordinal',
      { id: documentId('malformed-timestamps.txt') },
    );
    const rows = res.records.map((r) => r.toObject());
    expect(rows.map((r) => r.a)).toContain('Pat Smith');
    expect(rows.find((r) => r.a === 'Pat Smith')!.t).toBe('2021-12-07T14:43:00');
    expect(rows.find((r) => r.a === 'Alex Doe')?.t ?? null).toBeNull();
  });

  it('parses a document that is only a comment thread', async () => {
    const res = await driver.executeQuery(
      `MATCH (c:Comment {doc: ` +
        `$id}) OPTIONAL MATCH (c)-[:REPLY_TO]->(p) RETURN c.author AS a, p.author AS parent ORDER BY c.ordinal`,
      { id: documentId('only-comments.txt') },
    );
    expect(res.records.map((r) => [r.get('a'), r.get('parent')])).toEqual([
      ['Mark', null],
      ['Jo', 'Mark'],
      ['Kim', null],
    ]);
  });

  it('loads a 20 MB single-line file', async () => {
    expect(outcomes.get('huge-single-line.txt')?.error).toBeUndefined();
    expect((await storedText('huge-single-line.txt'))!.length).toBeGreaterThan(20 * 2 ** 20 - 200);
  });

  it('still loads the good file that came after the bad ones', async () => {
    expect(outcomes.get('zz-good.txt')?.result?.outcome).toBe('created');
    expect(await stored('zz-good.txt')).toBe(1);
  });
});
