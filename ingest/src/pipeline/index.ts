// The pipeline: parse → extract → resolve for one source; files and folders listed by sources.
import type { DocumentGraph, SourceText } from './types.js';
import { processRules } from '../extractor.js';
import { listInputs } from '../sources/index.js';

/** The rules engine on one source, synchronously (tests and benches that need no engine choice). */
export function processSource(src: SourceText): DocumentGraph {
  return processRules(src);
}

/** Expands files and folders (recursively) into the document files they hold, in name order. */
export function listSources(inputs: string[]): string[] {
  return listInputs(inputs).inputs.map((i) => i.path);
}
