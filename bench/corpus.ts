// Streams documents from a JSON Lines corpus ({id, title, text} per line) without holding it in memory.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export interface CorpusDoc {
  id: string;
  title?: string;
  text: string;
}

export function corpusFiles(p: string): string[] {
  if (statSync(p).isDirectory()) {
    return readdirSync(p)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => path.join(p, f));
  }
  return [p];
}

export async function* streamCorpus(p: string, limit = Infinity): AsyncGenerator<CorpusDoc> {
  let n = 0;
  for (const file of corpusFiles(p)) {
    const rl = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as CorpusDoc;
      yield doc;
      if (++n >= limit) {
        rl.close();
        return;
      }
    }
  }
}
