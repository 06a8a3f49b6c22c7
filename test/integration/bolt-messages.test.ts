// Answers far larger than one Bolt chunk (64 KiB) come back whole and exact now that the driver reads each
// message from one buffer (schema/src/bolt-messages.ts): strings of every UTF-8 width, numbers and maps.
import { afterAll, describe, expect, it } from 'vitest';
import { testDriver } from '../helpers/db.js';

const driver = testDriver();
afterAll(() => driver.close());

const WORDS = ['plain', 'Zoë', '“quoted”', 'emoji 😀', '漢字', ''];

describe('large answers over Bolt', () => {
  it('one record of half a megabyte holds exactly the values the query built', async () => {
    const n = 20_000;
    const res = await driver.executeQuery(
      `RETURN [i IN range(0, $n - 1) | {s: $words[i % size($words)] + toString(i), i: i}] AS xs`,
      { n, words: WORDS },
    );
    const xs = res.records[0]!.get('xs') as { s: string; i: number }[];
    const expected = Array.from({ length: n }, (_, i) => ({ s: `${WORDS[i % WORDS.length]}${i}`, i }));
    expect(JSON.stringify(xs).length).toBeGreaterThan(400_000);
    expect(xs).toEqual(expected);
  });

  it('one long string spanning many chunks', async () => {
    const res = await driver.executeQuery('RETURN reduce(s = "", w IN $words | s + w) AS s', {
      words: Array.from({ length: 30_000 }, (_, i) => WORDS[i % WORDS.length]!),
    });
    const s = res.records[0]!.get('s') as string;
    expect(s).toBe(Array.from({ length: 30_000 }, (_, i) => WORDS[i % WORDS.length]).join(''));
  });
});
