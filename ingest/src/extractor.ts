// The one front door to extraction: parse → extract → resolve for a document, behind an engine choice.
// The CLI, the server's upload, the eval and the benchmarks all call createExtractor, so they cannot drift.
import type { DocumentRecord } from '@claimgraph/schema';
import { parseDocument } from './parse/index.js';
import { extract } from './extract/index.js';
import { resolveDocument } from './resolve/index.js';
import type { DocumentGraph, ParsedDocument, SourceText } from './pipeline/types.js';
import { deepen } from './extract/deep/engine.js';
import { createParser, type ParserOptions } from './extract/deep/parse.js';

/** `rules`: curated data and surface rules, in-process. `deep`: rules over a dependency parse. */
export type EngineName = 'rules' | 'deep';
export const ENGINES: readonly EngineName[] = ['rules', 'deep'];

/** Metadata a caller knows better than the text (e.g. given with an upload); it wins over what parse finds. */
export type DocumentMeta = Partial<Pick<DocumentRecord, 'title' | 'author' | 'publisher' | 'date' | 'kind'>>;

export interface DocumentInput extends SourceText {
  meta?: DocumentMeta;
}

export interface Extractor {
  readonly engine: EngineName;
  /** parse → extract → resolve one document; throws ParseError for text that cannot be read. */
  process(input: DocumentInput): Promise<DocumentGraph>;
  /** Releases what the engine holds (connections, workers). */
  close(): Promise<void>;
}

export interface ExtractorOptions {
  engine?: EngineName;
  /** Deep engine: where the parser server is and where parses are cached. */
  parser?: ParserOptions;
  /** Deep engine: pattern groups left out (to measure what each adds). */
  without?: string[];
}

export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const engine = options.engine ?? 'rules';
  if (engine === 'deep') {
    const parser = createParser(options.parser);
    let warned = false;
    return {
      engine,
      process: async (input) => {
        const parsed = parseWithMeta(input);
        const rules = extract(parsed);
        try {
          return resolveDocument(parsed, await deepen(parsed, rules, parser, { without: options.without }));
        } catch (e) {
          // A parser server that dies mid-run costs the syntax, not the document: the rules engine's result stands.
          if (!warned) console.error(`deep engine: parsing failed (${(e as Error).message}); using the rules engine`);
          warned = true;
          return resolveDocument(parsed, rules);
        }
      },
      close: async () => {},
    };
  }
  return {
    engine,
    process: async (input) => processRules(input),
    close: async () => {},
  };
}

/**
 * The rules engine, synchronous: parse, apply caller metadata (extraction uses the author), extract, resolve.
 * The input's text is as `readSource` or `sourceFromText` made it (normalised, HTML already text).
 */
export function processRules(input: DocumentInput): DocumentGraph {
  const parsed = parseWithMeta(input);
  return resolveDocument(parsed, extract(parsed));
}

function parseWithMeta(input: DocumentInput): ParsedDocument {
  const parsed = parseDocument(input);
  if (input.meta) {
    // Callers in plain JavaScript (the upload's worker) may pass undefined for a field they leave out.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    const given = Object.entries(input.meta).filter(([, v]) => v !== undefined);
    Object.assign(parsed.record, Object.fromEntries(given));
  }
  return parsed;
}
