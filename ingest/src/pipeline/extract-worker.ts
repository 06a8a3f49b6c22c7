// One extraction worker thread: documents in, graphs out, through the same front door as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type DocumentInput, type EngineName } from '../extractor.js';

const extractor = await createExtractor({ engine: (workerData as { engine: EngineName }).engine });
parentPort!.on('message', (m: { id: number; input: DocumentInput }) => {
  extractor.process(m.input).then(
    (graph) => {
      parentPort!.postMessage({ id: m.id, graph });
    },
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      parentPort!.postMessage({ id: m.id, error: { message: err.message, name: err.name } });
    },
  );
});
