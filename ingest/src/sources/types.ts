// What the readers hand to extraction: one document to process, or one that could not be read.
import type { DocumentInput } from '../extractor.js';

export interface SourceItem {
  /** Where it came from, for messages: a file path, or `file:line` for a JSON Lines record. */
  origin: string;
  /** Bytes of input this item stands for (its file, or its line): drives progress and time left. */
  bytes: number;
  input?: DocumentInput;
  error?: string;
}

/** How a file's contents are read: as one document, or as one document per line. */
export type SourceFormat = 'text' | 'jsonl';
