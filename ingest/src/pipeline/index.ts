// The pipeline: parse → extract → resolve for one source; files and folders streamed one at a time.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocumentGraph, SourceText } from './types.js';
import { processRules } from '../extractor.js';

/** The rules engine on one source, synchronously (tests and benches that need no engine choice). */
export function processSource(src: SourceText): DocumentGraph {
  return processRules(src);
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm']);

/** Expands files and folders into the document files they hold, sorted, skipping READMEs and hidden files. */
export function listSources(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const st = statSync(input); // throws ENOENT with the path: a clear error for a mistyped argument
    if (st.isDirectory()) {
      for (const name of readdirSync(input).sort()) {
        if (name.startsWith('.') || /^readme/i.test(name)) continue;
        const full = path.join(input, name);
        if (statSync(full).isFile() && TEXT_EXTENSIONS.has(path.extname(name).toLowerCase())) out.push(full);
      }
    } else {
      out.push(input);
    }
  }
  return out;
}
