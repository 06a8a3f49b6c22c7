import { describe, expect, it } from 'vitest';
import { oneOf, re } from './regex.js';

describe('patterns from named parts', () => {
  it('joins regex sources and pattern text in order, with the flags given', () => {
    const day = /\d{1,2}/;
    const month = oneOf(['May', 'June']);
    const date = re(['^', day, ' ', month, /(?: (\d{4}))?$/], 'i');
    expect(date.source).toBe('^\\d{1,2} (?:May|June)(?: (\\d{4}))?$');
    expect(date.flags).toBe('i');
    expect(date.exec('7 june 2021')?.[1]).toBe('2021');
    expect(date.test('7 July')).toBe(false);
  });

  it('keeps alternatives whole inside the group', () => {
    expect(new RegExp(`^a${oneOf(['b', 'cd'])}$`).test('acd')).toBe(true);
    expect(new RegExp(`^a${oneOf(['b', 'cd'])}$`).test('ac')).toBe(false);
  });
});
