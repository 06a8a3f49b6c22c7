// Worker-thread entry for uploads: parse → extract → resolve one text off the request thread, so a large or
// hostile document cannot stall the server's other requests. Answers {graph} or {parseError} or {error}.
import { parentPort, workerData } from 'node:worker_threads';
import { ParseError, sourceFromText } from '../../ingest/src/parse/index.js';
import { processRules, type DocumentMeta } from '../../ingest/src/extractor.js';

export interface ExtractJob {
  source: string;
  text: string;
  meta: DocumentMeta;
}

const job = workerData as ExtractJob;
try {
  const graph = processRules({ ...sourceFromText(job.source, job.text), meta: job.meta });
  parentPort?.postMessage({ graph });
} catch (e) {
  if (e instanceof ParseError) parentPort?.postMessage({ parseError: e.message });
  else parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
