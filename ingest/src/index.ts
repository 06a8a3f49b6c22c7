// The ingest package's public surface: the extraction front door, the file pipeline and the loader.
export { createExtractor, ENGINES, type EngineName, type Extractor, type DocumentInput } from './extractor.js';
export { ingestFiles, type FileOutcome, type IngestOptions } from './pipeline/ingest.js';
export { listSources } from './pipeline/index.js';
export type { CommentRow } from './export/rows.js';
