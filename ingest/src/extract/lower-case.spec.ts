import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from './lower-case.js';

describe('lowerCase', () => {
  it('reads as toLowerCase for ASCII, accented, curly-quoted and non-Latin words', () => {
    for (const w of ['council', 'Ofsted', 'NSPCC', "o'brien", 'Barnardo’s', 'Łódź', 'ÉCOLE', 'İstanbul', 'ΣΟΦΙΑ', ''])
      expect(lowerCase(w)).toBe(w.toLowerCase());
  });

  it('agrees with toLowerCase on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => lowerCase(s) === s.toLowerCase()));
  });

  it('returns a word already in lower case as it is', () => {
    const w = 'safeguarding';
    expect(lowerCase(w)).toBe(w);
  });
});
