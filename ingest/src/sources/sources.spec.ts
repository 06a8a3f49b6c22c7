import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { listInputs, readInputs, readJsonLines, type SourceItem } from './index.js';

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  yield* text.split('\n');
}

const speech = 'Ofsted said Lambeth council had failed children in care.';

describe('JSON Lines reader', () => {
  it('reads each good line as a document with its metadata', async () => {
    const text = [
      JSON.stringify({ id: 'a-1', title: 'First', author: 'Ann Lee', date: '2024-01-02', text: speech }),
      JSON.stringify({ url: 'https://example.org/news/b.html', publisher: 'Example News', text: 'Second text.' }),
      JSON.stringify({ text: 'No id at all.' }),
    ].join('\n');
    const items = await collect(readJsonLines(linesOf(text), 'dump.jsonl'));
    expect(items.map((i) => i.error)).toEqual([undefined, undefined, undefined]);
    expect(items.map((i) => i.input!.source)).toEqual(['a-1', 'https-example-org-news-b-html', 'dump-line-3']);
    expect(items[0]!.input!.text).toBe(speech);
    expect(items[0]!.input!.meta).toEqual({ title: 'First', author: 'Ann Lee', date: '2024-01-02' });
    expect(items[1]!.input!.meta).toEqual({ publisher: 'Example News' });
    expect(items.map((i) => i.origin)).toEqual(['dump.jsonl:1', 'dump.jsonl:2', 'dump.jsonl:3']);
  });

  it('reports a bad line by its number and still reads the lines after it', async () => {
    const text = [
      JSON.stringify({ id: 'ok-1', text: speech }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'x' }),
      JSON.stringify({ id: 'blank', text: '   ' }),
      '[1, 2]',
      '',
      JSON.stringify({ id: 'ok-2', text: 'Still read.' }),
    ].join('\n');
    const items = await collect(readJsonLines(linesOf(text), 'd.jsonl'));
    expect(items.filter((i) => i.input).map((i) => i.input!.source)).toEqual(['ok-1', 'ok-2']);
    const errors = items.filter((i) => i.error);
    expect(errors.map((i) => i.origin)).toEqual(['d.jsonl:2', 'd.jsonl:3', 'd.jsonl:4', 'd.jsonl:5']);
    expect(errors[0]!.error).toMatch(/line 2 is not valid JSON/);
    expect(errors[1]!.error).toMatch(/line 3 has no "text"/);
    expect(errors[2]!.error).toMatch(/line 4 has no "text"/);
    expect(errors[3]!.error).toMatch(/line 5 is not a JSON object/);
  });

  it('yields nothing for empty input', async () => {
    expect(await collect(readJsonLines(linesOf(''), 'e.jsonl'))).toEqual([]);
    expect(await collect(readJsonLines(linesOf('\n\n  \n'), 'e.jsonl'))).toEqual([]);
  });
});

describe('listing inputs', () => {
  it('searches folders recursively, names unknown types as skipped, and leaves READMEs and hidden files out', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-sources-'));
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    mkdirSync(path.join(dir, '.hidden'));
    for (const f of ['top.txt', 'a/page.HTML', 'a/b/deep.md', 'a/b/dump.ndjson', 'a/c.jsonl', 'a/report.pdf']) {
      writeFileSync(path.join(dir, f), 'x');
    }
    writeFileSync(path.join(dir, 'README.md'), 'about');
    writeFileSync(path.join(dir, '.hidden/secret.txt'), 'x');
    const listing = listInputs([dir]);
    expect(listing.inputs.map((i) => [path.relative(dir, i.path), i.format])).toEqual([
      ['a/b/deep.md', 'text'],
      ['a/b/dump.ndjson', 'jsonl'],
      ['a/c.jsonl', 'jsonl'],
      ['a/page.HTML', 'text'],
      ['top.txt', 'text'],
    ]);
    expect(listing.skipped.map((f) => path.relative(dir, f))).toEqual(['a/report.pdf']);
    expect(listInputs([path.join(dir, 'a/report.pdf')]).inputs).toEqual([]);
  });

  it('reads a JSON Lines file line by line and a text file whole', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-sources-'));
    writeFileSync(path.join(dir, 'one.txt'), speech);
    writeFileSync(
      path.join(dir, 'many.jsonl'),
      `${JSON.stringify({ id: 'm1', text: 'One.' })}\n\nnot json\n${JSON.stringify({ id: 'm2', text: 'Two.' })}\n`,
    );
    const items = await collect(readInputs(listInputs([dir]).inputs));
    expect(items.map((i) => i.input?.source ?? i.origin)).toEqual(['m1', `${dir}/many.jsonl:3`, 'm2', 'one.txt']);
    expect(items[1]!.error).toMatch(/^line 3 is not valid JSON/);
    expect(items[3]!.input!.text).toBe(speech);
  });
});

describe('standard input', () => {
  it('reads JSON Lines when the first line is a JSON object', async () => {
    const stdin = Readable.from([
      `\n${JSON.stringify({ id: 's1', text: 'One.' })}\n{bad\n`,
      JSON.stringify({ id: 's2', text: 'Two.' }),
    ]);
    const items = await collect(readInputs(listInputs(['-']).inputs, { stdin }));
    expect(items.map((i) => i.input?.source ?? i.origin)).toEqual(['s1', 'stdin:3', 's2']);
    expect(items[1]!.error).toMatch(/line 3 is not valid JSON/);
  });

  it('reads plain text as one document', async () => {
    const stdin = Readable.from(['First paragraph.\r\n', '\nSecond ', 'paragraph.\n']);
    const [item, ...rest] = await collect(readInputs(listInputs(['-']).inputs, { stdin }));
    expect(rest).toEqual([]);
    expect(item!.input).toMatchObject({ source: 'stdin.txt', text: 'First paragraph.\n\nSecond paragraph.' });
  });

  it('reports empty standard input', async () => {
    const items = await collect(readInputs(listInputs(['-']).inputs, { stdin: Readable.from(['\n \n']) }));
    expect(items).toEqual([{ origin: 'stdin', bytes: 0, error: 'standard input is empty (no text)' }]);
  });
});
