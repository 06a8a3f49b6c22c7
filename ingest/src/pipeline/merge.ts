// Across documents: see resolve/merge.ts (kept here for the modules that import it from the pipeline).
export { mergeGraphs } from '../resolve/merge.js';
