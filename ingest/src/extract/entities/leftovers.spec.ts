import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from './leftovers.js';

describe('lowerCaseWords', () => {
  const pattern = /(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*/gu;
  const asPattern = (text: string) => new Set(text.match(pattern) ?? []);

  it('finds the words written in lower case, not those inside or after a word', () => {
    expect([...lowerCaseWords("Social work's ‘duty’ in Lambeth-upon … o’clock, Ärzte ärzte 𝑥y")]).toEqual([
      "work's",
      'duty’',
      'in',
      'o’clock',
      'ärzte',
      '𝑥y',
    ]);
  });

  it('finds what the pattern finds, in any text', () => {
    const piece = fc.constantFrom('a', 'B', 'é', 'É', '’', "'", '-', ' ', '.', '𝑥', '𝐀', 'ß', '\ud800', '\udc00', 'ǅ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')),
        (text) => {
          expect(lowerCaseWords(text)).toEqual(asPattern(text));
        },
      ),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(lowerCaseWords(text)).toEqual(asPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});
