// One very large document: the corpus's speeches joined into a single text of 1, 2, 4 and 8 MB, extracted
// (parse → extract → resolve, one core) as one document. Cost should grow in proportion to size.
import { processRules } from '../ingest/src/extractor.js';
import { sourceFromText } from '../ingest/src/parse/index.js';
import { streamCorpus } from './corpus.js';

export interface LargeDocRow {
  mb: number;
  seconds: number;
  mbPerSec: number;
  /** Seconds per MB against the smallest size's: 1.0 is proportional. */
  perMbRatio: number;
}

const MB = 1024 * 1024;

async function corpusText(corpus: string, bytes: number): Promise<string> {
  const parts: string[] = [];
  let n = 0;
  for await (const d of streamCorpus(corpus)) {
    parts.push(d.text);
    n += d.text.length + 2;
    if (n >= bytes) break;
  }
  return parts.join('\n\n');
}

export async function benchLargeDocument(corpus: string, sizesMb: number[]): Promise<LargeDocRow[]> {
  const all = await corpusText(corpus, Math.max(...sizesMb) * MB);
  // Warm-up: curated data loaded and code compiled before the first timed size.
  processRules(sourceFromText('warm-up.txt', all.slice(0, MB / 8)));
  const rows: LargeDocRow[] = [];
  for (const mb of sizesMb) {
    const text = all.slice(0, mb * MB);
    const t0 = process.hrtime.bigint();
    processRules(sourceFromText('large.txt', text));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const size = Buffer.byteLength(text) / MB;
    const first = rows[0];
    rows.push({
      mb: size,
      seconds,
      mbPerSec: size / seconds,
      perMbRatio: first ? seconds / size / (first.seconds / first.mb) : 1,
    });
  }
  return rows;
}
