import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../extractor.js';
import { listInputs, readInputs } from '../sources/index.js';
import { createExtractorPool } from './pool.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const INPUTS = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/bad')];

/** Every readable document's graph (or its error) as JSON text, in input order. */
async function run(extractor: Extractor): Promise<string[]> {
  const pending: Promise<string>[] = [];
  for await (const item of readInputs(listInputs(INPUTS).inputs)) {
    if (!item.input) continue;
    pending.push(
      extractor.process(item.input).then(
        (g) => JSON.stringify(g),
        (e: unknown) => `error: ${(e as Error).message}`,
      ),
    );
  }
  const out = await Promise.all(pending);
  await extractor.close();
  return out;
}

describe('extraction worker pool', () => {
  it('gives the same output as one thread, byte for byte', async () => {
    const single = await run(await createExtractor());
    const pooled = await run(await createExtractorPool({ threads: 2 }));
    expect(single.length).toBeGreaterThan(5);
    expect(single.filter((s) => s.startsWith('{')).length).toBeGreaterThan(5);
    expect(pooled).toEqual(single);
  }, 120_000);

  it('refuses work once closed', async () => {
    const pool = await createExtractorPool({ threads: 1 });
    await pool.close();
    await expect(pool.process({ source: 'a.txt', text: 'Some text.' })).rejects.toThrow(/closed/);
  });
});
