// POST /api/documents: one text through the same pipeline as the CLI (parse → extract → resolve → load).
// Parsing and extraction run on the extraction thread (extract-thread.ts), so the event loop keeps serving
// while a document is read; only the load, which waits on Neo4j, runs here.
import { documentId, type DocumentKind } from '@claimgraph/schema';
import type { AppContext } from './context.js';
import { ApiError } from './errors.js';
import { read } from './queries/run.js';
import { extractOffThread } from './extract-thread.js';

export interface IngestInput {
  source: string;
  text: string;
  title?: string;
  author?: string | null;
  publisher?: string | null;
  date?: string | null;
  kind?: DocumentKind;
  replace?: boolean;
}

// Uploads of one document id run one after another, so the conflict check and the load see the same graph:
// two colliding names sent at once cannot both pass the check.
const uploadsById = new Map<string, Promise<unknown>>();

function oneAtATime<T>(id: string, fn: () => Promise<T>): Promise<T> {
  const run = (uploadsById.get(id) ?? Promise.resolve()).then(fn, fn);
  const settled = run.catch(() => undefined);
  uploadsById.set(id, settled);
  void settled.then(() => {
    if (uploadsById.get(id) === settled) uploadsById.delete(id);
  });
  return run;
}

export function ingestText(ctx: AppContext, input: IngestInput, opts: { extractTimeoutMs?: number } = {}) {
  const id = documentId(input.source);
  return oneAtATime(id, async () => {
    // Fail fast (503) when Neo4j is down, before extracting and before the loader's write retries.
    const [stored] = await read<{ source: string | null }>(
      ctx,
      'OPTIONAL MATCH (d:Document {id: $id}) RETURN d.source AS source',
      { id },
    );
    // Two file names can slug to one id: refuse to overwrite another file's document unless asked to.
    if (stored?.source && stored.source !== input.source && !input.replace)
      throw new ApiError(
        409,
        'conflict',
        `"${input.source}" has the same document id as the stored "${stored.source}"; ` +
          'send replace: true to replace it.',
      );
    const { title, author, publisher, date, kind } = input;
    // Metadata given with the request wins over what the parser finds in the text.
    const graph = await extractOffThread(
      { source: input.source, text: input.text, meta: { title, author, publisher, date, kind } },
      opts.extractTimeoutMs,
    );
    const { loadDocument } = await import('../../ingest/src/load/writer.js');
    try {
      return await loadDocument(ctx.driver, graph, { database: ctx.database });
    } finally {
      // Also after a failure: a commit whose acknowledgement was lost still changed the graph.
      await ctx.graphChanged?.();
    }
  });
}
