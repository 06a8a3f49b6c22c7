// Reads listed inputs as a stream of documents: a text file is one document, a JSON Lines file one per
// line, standard input either (JSON Lines when its first line is a JSON object).
import { createReadStream } from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { readSource, sourceFromText } from '../parse/index.js';
import { readJsonLines } from './jsonl.js';
import { STDIN, type ListedInput } from './list.js';
import type { SourceItem } from './types.js';

export interface ReadOptions {
  /** Standard input's stream (tests pass their own). */
  stdin?: Readable;
}

function lines(stream: Readable): AsyncIterable<string> {
  return readline.createInterface({ input: stream, crlfDelay: Infinity });
}

export async function* readInputs(inputs: ListedInput[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input.path === STDIN) yield* readStdin(opts.stdin ?? process.stdin);
    else if (input.format === 'jsonl') yield* readJsonLines(lines(createReadStream(input.path, 'utf8')), input.path);
    else yield readTextFile(input.path, input.bytes);
  }
}

function readTextFile(file: string, bytes: number): SourceItem {
  try {
    return { origin: file, bytes, input: readSource(file) };
  } catch (e) {
    return { origin: file, bytes, error: (e as Error).message };
  }
}

async function* readStdin(stream: Readable): AsyncGenerator<SourceItem> {
  const it = lines(stream)[Symbol.asyncIterator]();
  let first = await it.next();
  const head: string[] = [];
  while (!first.done && first.value.trim() === '') {
    head.push(first.value);
    first = await it.next();
  }
  if (first.done) {
    yield { origin: 'stdin', bytes: 0, error: 'standard input is empty (no text)' };
    return;
  }
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => it };
  if (first.value.trimStart().startsWith('{')) {
    yield* readJsonLines(prepend([...head, first.value], rest), 'stdin');
    return;
  }
  const all = [...head, first.value];
  for await (const l of rest) all.push(l);
  const text = all.join('\n');
  try {
    yield { origin: 'stdin', bytes: Buffer.byteLength(text), input: sourceFromText('stdin.txt', text) };
  } catch (e) {
    yield { origin: 'stdin', bytes: 0, error: (e as Error).message };
  }
}

async function* prepend(head: string[], rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield* head;
  yield* rest;
}
