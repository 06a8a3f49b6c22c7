// CSV in the dialect `neo4j-admin database import` reads: every string quoted (so an empty string stays
// an empty string and a missing value stays missing), quotes doubled, fields may span lines, and array
// elements joined by a delimiter that the export refuses to find inside the data.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** ASCII unit separator: never in prose; a value that holds it is refused rather than split wrongly. */
export const ARRAY_DELIMITER = '\u001f';

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

export function encodeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  for (const item of value)
    if (typeof item === 'string' && item.includes(ARRAY_DELIMITER))
      throw new Error(`a list value holds the array delimiter U+001F: ${JSON.stringify(item.slice(0, 80))}`);
  return quote(value.join(ARRAY_DELIMITER));
}

export function encodeRow(values: readonly Cell[]): string {
  return `${values.map(encodeCell).join(',')}\n`;
}

/** One CSV file whose first line is its header; rows are written with back-pressure. */
export class CsvFile {
  rows = 0;
  private readonly out: WriteStream;

  constructor(
    readonly path: string,
    readonly header: readonly string[],
  ) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.out.write(`${header.join(',')}\n`);
  }

  async write(values: readonly Cell[]): Promise<void> {
    if (values.length !== this.header.length) throw new Error(`${this.path}: row has ${values.length} cells`);
    this.rows++;
    if (!this.out.write(encodeRow(values))) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
