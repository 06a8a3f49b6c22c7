// POST /api/documents: one text through the same pipeline as the CLI (parse → extract → resolve → load).
// Parsing and extraction run in a worker thread, so the event loop keeps serving while a document is read;
// only the load, which waits on Neo4j, runs here.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { documentId, type DocumentKind } from '@claimgraph/schema';
import type { DocumentGraph } from '../../ingest/src/pipeline/types.js';
import type { AppContext } from './context.js';
import { ApiError } from './errors.js';
import { read } from './queries/run.js';
import type { ExtractJob } from './extract-worker.js';

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

// The worker runs TypeScript sources like the server does, through tsx: a small ES module boots it and
// imports the worker's source (a loader given in execArgv does not reach a worker's entry on Node 20).
// require.resolve would give tsx's CommonJS build; the ES module build sits beside it.
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs'),
).href;
const WORKER_SOURCE = new URL('./extract-worker.ts', import.meta.url).href;
const BOOT = new URL(
  'data:text/javascript,' +
    encodeURIComponent(
      `import { tsImport } from ${JSON.stringify(TSX_API)};\n` +
        `await tsImport(${JSON.stringify(WORKER_SOURCE)}, ${JSON.stringify(WORKER_SOURCE)});`,
    ),
);

type WorkerAnswer = { graph: DocumentGraph } | { parseError: string } | { error: string };

function extractOffThread(job: ExtractJob): Promise<DocumentGraph> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: job });
    let answered = false;
    worker.once('message', (m: WorkerAnswer) => {
      answered = true;
      if ('graph' in m) resolve(m.graph);
      else if ('parseError' in m)
        reject(new ApiError(422, 'unparseable', `The document could not be read: ${m.parseError}`));
      else reject(new Error(`extraction failed: ${m.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`extraction worker exited with code ${code}`));
    });
  });
}

export async function ingestText(ctx: AppContext, input: IngestInput) {
  // Fail fast (503) when Neo4j is down, before extracting and before the loader's write retries.
  const [stored] = await read<{ source: string | null }>(
    ctx,
    'OPTIONAL MATCH (d:Document {id: $id}) RETURN d.source AS source',
    { id: documentId(input.source) },
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
  const graph = await extractOffThread({
    source: input.source,
    text: input.text,
    meta: { title, author, publisher, date, kind },
  });
  const { loadDocument } = await import('../../ingest/src/load/writer.js');
  return loadDocument(ctx.driver, graph, { database: ctx.database });
}

export const validSourceId = (source: string) => documentId(source) !== 'doc:';
