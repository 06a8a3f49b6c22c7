import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapitalised, possessiveCut, tokenize } from './tokens.js';

describe('tokens', () => {
  it('keeps apostrophes, hyphens, hashtags and handles inside one token, with offsets into the text', () => {
    const text = 'Ofsted’s view of Labinjo-Hughes, #carereview and @CommunityCare';
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => t.text)).toEqual([
      'Ofsted’s',
      'view',
      'of',
      'Labinjo-Hughes',
      '#carereview',
      'and',
      '@CommunityCare',
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[0]!.key).toBe("ofsted's");
  });

  it('cuts singular and plural possessives', () => {
    expect(possessiveCut('Ofsted’s')).toBe(6);
    expect(possessiveCut("Councils'")).toBe(8);
    expect(possessiveCut('Ofsted')).toBe(0);
  });

  it('tells capitals and acronyms', () => {
    expect(isCapitalised('#CareReview')).toBe(true);
    expect(isCapitalised('care')).toBe(false);
    expect(isAllCaps('CQC')).toBe(true);
    expect(isAllCaps('Cqc')).toBe(false);
  });
});
