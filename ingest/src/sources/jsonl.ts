// JSON Lines / NDJSON: one document per line. `text` is required; id, title, author, date, publisher and
// url/source are used when present. A bad line is reported with its number and the rest still load.
import type { DocumentMeta } from '../extractor.js';
import { sourceFromText } from '../parse/index.js';
import type { SourceItem } from './types.js';

const META_FIELDS = ['title', 'author', 'date', 'publisher'] as const;

/** A document's name: its id (or url/source) made safe as a file-like name, else the file and line. */
function sourceName(rec: Record<string, unknown>, label: string, line: number): string {
  const given = [rec.id, rec.url, rec.source].find(
    (v) => (typeof v === 'string' && v.trim()) || typeof v === 'number',
  ) as string | number | undefined;
  // Ids name documents by file name elsewhere: dots and slashes would be read as extension and folder.
  if (given !== undefined)
    return String(given)
      .trim()
      .replace(/[\\/.:?#\s]+/g, '-');
  const stem = label.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return `${stem}-line-${line}`;
}

export function parseJsonLine(raw: string, label: string, line: number): SourceItem | undefined {
  const origin = `${label}:${line}`;
  const bytes = Buffer.byteLength(raw) + 1;
  if (raw.trim() === '') return undefined;
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (e) {
    return { origin, bytes, error: `line ${line} is not valid JSON (${(e as Error).message})` };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec))
    return { origin, bytes, error: `line ${line} is not a JSON object` };
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text.trim() === '') return { origin, bytes, error: `line ${line} has no "text"` };
  const meta: DocumentMeta = {};
  for (const f of META_FIELDS) if (typeof r[f] === 'string' && r[f].trim()) meta[f] = r[f].trim();
  try {
    return { origin, bytes, input: { ...sourceFromText(sourceName(r, label, line), r.text), meta } };
  } catch (e) {
    return { origin, bytes, error: `line ${line}: ${(e as Error).message}` };
  }
}

/** Documents from lines as they stream in: memory holds one line at a time. */
export async function* readJsonLines(lines: AsyncIterable<string>, label: string): AsyncGenerator<SourceItem> {
  let n = 0;
  for await (const raw of lines) {
    const item = parseJsonLine(raw, label, ++n);
    if (item) yield item;
  }
}
