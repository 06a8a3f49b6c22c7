// The structure computations off the main thread: the canvas keeps its frame rate while they run.
import { computeStructure, type StructureInput } from './structure.js';

self.onmessage = (e: MessageEvent<StructureInput>) => {
  self.postMessage(computeStructure(e.data));
};
