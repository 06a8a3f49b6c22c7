// Reads, extracts and loads files one at a time (streaming: one document in memory at once).
// A file that fails is reported and leaves nothing behind; the others still load.
import type { Driver } from 'neo4j-driver';
import { readSource } from '../parse/index.js';
import { loadDocument, type LoadResult } from '../load/writer.js';
import { createExtractor, type Extractor } from '../extractor.js';

export interface FileOutcome {
  file: string;
  result?: LoadResult;
  error?: string;
}

export interface IngestOptions {
  database?: string;
  force?: boolean;
  /** The extractor to use; the rules engine when not given. */
  extractor?: Extractor;
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

export async function ingestFiles(driver: Driver, files: string[], opts: IngestOptions = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const extractor = opts.extractor ?? (await createExtractor());
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    let outcome: FileOutcome;
    try {
      const graph = await extractor.process(readSource(file));
      outcome = { file, result: await loadDocument(driver, graph, { database: opts.database, force: opts.force }) };
    } catch (e) {
      outcome = { file, error: describe(e) };
      if (isConnectionError(e)) {
        // Without the database nothing else can load either: stop and say so.
        outcomes.push(outcome);
        opts.onFile?.(outcome, i, files.length);
        throw new DatabaseUnavailableError(outcome.error);
      }
    }
    outcomes.push(outcome);
    opts.onFile?.(outcome, i, files.length);
  }
  return outcomes;
}

export class DatabaseUnavailableError extends Error {}

export function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|Could not perform discovery|Connection was closed/i.test(String((e as Error)?.message))
  );
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
