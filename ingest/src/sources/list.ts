// Expands the inputs people give (files, folders searched recursively, `-` for standard input) into the
// files to read. Files of a type nobody reads are named as skipped rather than read as text.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFormat } from './types.js';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'text',
  '.htm': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const STDIN = '-';

export interface ListedInput {
  /** A file path, or `-` for standard input. */
  path: string;
  format: SourceFormat | 'detect';
  bytes: number;
}

export interface Listing {
  inputs: ListedInput[];
  /** Files left out because their type is not one we read. */
  skipped: string[];
}

export function formatOf(file: string): SourceFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

/** Files in name order; READMEs and hidden files of a folder are documentation, not documents. */
export function listInputs(inputs: string[]): Listing {
  const listing: Listing = { inputs: [], skipped: [] };
  const add = (file: string, bytes: number) => {
    const format = formatOf(file);
    if (format) listing.inputs.push({ path: file, format, bytes });
    else listing.skipped.push(file);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || /^readme/i.test(name)) continue;
      const full = path.join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) add(full, st.size);
    }
  };
  for (const input of inputs) {
    if (input === STDIN) {
      listing.inputs.push({ path: STDIN, format: 'detect', bytes: 0 });
      continue;
    }
    const st = statSync(input); // throws ENOENT with the path: a clear error for a mistyped argument
    if (st.isDirectory()) walk(input);
    else add(input, st.size);
  }
  return listing;
}
