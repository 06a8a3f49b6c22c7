// Writes the graph of a stream of documents as `neo4j-admin database import full` input: one CSV file per
// node label group and relationship shape, headers in their first line. Node files are named nodes-*.csv
// and relationship files relationships-*.csv, which is how the import command tells them apart.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DocumentGraph } from '../pipeline/types.js';
import { CsvFile, type Cell } from './csv.js';
import { GraphState } from './graph-state.js';

// The Bolt loader sends offsets as JavaScript numbers, which Neo4j stores as floats; the export matches it.
const OFFSET = 'double';
/** A span's two offsets into its document's text. */
const SPAN = [`start:${OFFSET}`, `end:${OFFSET}`] as const;

const FILES = {
  documents: [
    'id:ID(Document)',
    ':LABEL',
    'source',
    'title',
    'author',
    'publisher',
    'kind',
    'date',
    'text',
    'hash',
    'ingestedAt:datetime',
  ],
  comments: ['id:ID(Comment)', ':LABEL', 'doc', 'author', 'postedAt', ...SPAN, 'text', `ordinal:${OFFSET}`],
  claims: ['id:ID(Claim)', ':LABEL', 'doc', 'text', 'stance', 'speaker', ...SPAN, 'quote', 'named:string[]'],
  entities: ['id:ID(Entity)', ':LABEL', 'name', 'type', 'kind', 'aliases:string[]', 'aliasText'],
  mentionedIn: [':START_ID(Entity)', ':END_ID(Document)', ':TYPE', 'doc', ...SPAN, 'text'],
  partOf: [':START_ID(Comment)', ':END_ID(Document)', ':TYPE'],
  replyTo: [':START_ID(Comment)', ':END_ID(Comment)', ':TYPE'],
  wrote: [':START_ID(Entity)', ':END_ID(Comment)', ':TYPE', 'doc'],
  madeBy: [':START_ID(Claim)', ':END_ID(Entity)', ':TYPE'],
  statedInComment: [':START_ID(Claim)', ':END_ID(Comment)', ':TYPE'],
  statedInDocument: [':START_ID(Claim)', ':END_ID(Document)', ':TYPE'],
  about: [':START_ID(Claim)', ':END_ID(Entity)', ':TYPE'],
  relations: [
    ':START_ID(Entity)',
    ':END_ID(Entity)',
    ':TYPE',
    'doc',
    'qualifier',
    `starts:${OFFSET}[]`,
    `ends:${OFFSET}[]`,
    'quotes:string[]',
  ],
  derived: [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'derived:boolean', 'count:long', 'claims:string[]'],
} as const satisfies Record<string, readonly string[]>;

type FileKey = keyof typeof FILES;

const fileName = (key: FileKey) => `${FILES[key][0].startsWith(':START_ID') ? 'relationships' : 'nodes'}-${key}.csv`;

export interface ExportSummary {
  documents: number;
  /** Nodes per label and relationships per type, as the import will create them. */
  labels: Record<string, number>;
  types: Record<string, number>;
  files: string[];
}

export interface ExportOptions {
  /** Time stamped on every Document as ingestedAt (the loader stamps the time of its write). */
  ingestedAt?: Date;
  onError?: (source: string, error: Error) => void;
}

/** Streams documents into CSV files under `dir`; only what the whole corpus decides is held to the end. */
export async function exportCsv(
  dir: string,
  graphs: AsyncIterable<DocumentGraph> | Iterable<DocumentGraph>,
  opts: ExportOptions = {},
): Promise<ExportSummary> {
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(
    (Object.keys(FILES) as FileKey[]).map((k) => [k, new CsvFile(path.join(dir, fileName(k)), FILES[k])]),
  ) as Record<FileKey, CsvFile>;
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const tally = (bag: Record<string, number>, key: string) => (bag[key] = (bag[key] ?? 0) + 1);
  const node = async (key: FileKey, nodeLabels: readonly string[], cells: Cell[]) => {
    for (const l of nodeLabels) tally(labels, l);
    await files[key].write([cells[0]!, nodeLabels, ...cells.slice(1)]);
  };
  const rel = async (key: FileKey, from: string, to: string, type: string, props: Cell[] = []) => {
    tally(types, type);
    await files[key].write([from, to, type, ...props]);
  };
  const ingestedAt = (opts.ingestedAt ?? new Date()).toISOString();
  const state = new GraphState();
  let documents = 0;
  try {
    for await (const g of graphs) {
      const part = state.add(g);
      documents++;
      const d = part.document;
      await node(
        'documents',
        ['Document'],
        [d.id, d.source, d.title, d.author, d.publisher, d.kind, d.date, d.text, d.hash, ingestedAt],
      );
      for (const m of part.mentions)
        await rel('mentionedIn', m.id, m.doc, 'MENTIONED_IN', [m.doc, m.start, m.end, m.text]);
      for (const c of part.comments) {
        await node('comments', ['Comment'], [c.id, c.doc, c.author, c.postedAt, c.start, c.end, c.text, c.ordinal]);
        await rel('partOf', c.id, c.doc, 'PART_OF');
      }
      for (const r of part.replies) await rel('replyTo', r.from, r.to, 'REPLY_TO');
      for (const w of part.wrote) await rel('wrote', w.from, w.to, 'WROTE', [w.doc]);
      for (const c of part.claims) {
        await node('claims', ['Claim'], [c.id, c.doc, c.text, c.stance, c.speaker, c.start, c.end, c.quote, c.named]);
        await rel('madeBy', c.id, c.speaker, 'MADE_BY');
      }
      for (const s of part.statedInComment) await rel('statedInComment', s.from, s.to, 'STATED_IN');
      for (const s of part.statedInDocument) await rel('statedInDocument', s.from, s.to, 'STATED_IN');
    }
    const final = state.finish();
    for (const e of final.entities)
      await node('entities', e.labels, [e.id, e.name, e.type, e.kind, e.aliases, e.aliasText]);
    for (const r of final.relations)
      await rel('relations', r.subject, r.object, r.predicate, [r.doc, r.qualifier, r.starts, r.ends, r.quotes]);
    for (const a of final.about) await rel('about', a.from, a.to, 'ABOUT');
    for (const d of final.derived) await rel('derived', d.from, d.to, d.type, [true, d.count, d.claims]);
  } finally {
    for (const f of Object.values(files)) await f.close();
  }
  return { documents, labels, types, files: Object.values(files).map((f) => f.path) };
}
