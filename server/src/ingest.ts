// POST /api/documents: one text through the same pipeline as the CLI (parse → extract → resolve → load).
// The ingest modules are imported on first use, so serving reads does not pay for loading the extractors.
import { documentId, type DocumentKind } from '@claimgraph/schema';
import type { AppContext } from './context.js';
import { ApiError } from './errors.js';
import { read } from './queries/run.js';

export interface IngestInput {
  source: string;
  text: string;
  title?: string;
  author?: string | null;
  publisher?: string | null;
  date?: string | null;
  kind?: DocumentKind;
}

export async function ingestText(ctx: AppContext, input: IngestInput) {
  // Fail fast (503) when Neo4j is down, before extracting and before the loader's write retries.
  await read(ctx, 'RETURN 1');
  const [parse, { createExtractor }, { loadDocument }] = await Promise.all([
    import('../../ingest/src/parse/index.js'),
    import('../../ingest/src/extractor.js'),
    import('../../ingest/src/load/writer.js'),
  ]);
  const { title, author, publisher, date, kind } = input;
  const extractor = await createExtractor();
  let graph;
  try {
    // Metadata given with the request wins over what the parser finds in the text.
    graph = await extractor.process({
      ...parse.sourceFromText(input.source, input.text),
      meta: { title, author, publisher, date, kind },
    });
  } catch (e) {
    if (e instanceof parse.ParseError)
      throw new ApiError(422, 'unparseable', `The document could not be read: ${e.message}`);
    throw e;
  } finally {
    await extractor.close();
  }
  return loadDocument(ctx.driver, graph, { database: ctx.database });
}

export const validSourceId = (source: string) => documentId(source) !== 'doc:';
