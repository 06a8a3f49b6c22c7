// Worker-thread entry for uploads: parse → extract → resolve texts off the request thread, so a large or
// hostile document cannot stall the server's other requests. The thread lives on between uploads; each
// message is one job and is answered {id, graph} or {id, parseError} or {id, error}.
import { parentPort } from 'node:worker_threads';
import { ParseError, sourceFromText } from '../../ingest/src/parse/index.js';
import { processRules, type DocumentMeta } from '../../ingest/src/extractor.js';

export interface ExtractJob {
  source: string;
  text: string;
  meta: DocumentMeta;
}

parentPort?.on('message', ({ id, job }: { id: number; job: ExtractJob }) => {
  try {
    const graph = processRules({ ...sourceFromText(job.source, job.text), meta: job.meta });
    parentPort?.postMessage({ id, graph });
  } catch (e) {
    if (e instanceof ParseError) parentPort?.postMessage({ id, parseError: e.message });
    else parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});

// Booted and ready for work: the parent starts a job's clock only now, so a slow start is not the job's fault.
parentPort?.postMessage({ ready: true });
