// Sources: what people bring (text, HTML, Markdown, JSON Lines; files, folders, standard input) as documents.
export { listInputs, formatOf, STDIN, type Listing, type ListedInput } from './list.js';
export { readInputs, type ReadOptions } from './read.js';
export { parseJsonLine, readJsonLines } from './jsonl.js';
export type { SourceItem, SourceFormat } from './types.js';
