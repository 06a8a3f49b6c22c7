import { describe, expect, it } from 'vitest';
import { UNTITLED, authorPlaceholder } from './authors.js';

describe('authorPlaceholder', () => {
  it('names an unknown author after the title, not the file', () => {
    expect(authorPlaceholder({ title: 'Why foster carers are leaving', source: 'post-17.txt' })).toBe(
      'Author of Why foster carers are leaving',
    );
  });

  it('falls back to the file only when the document has no title', () => {
    expect(authorPlaceholder({ title: UNTITLED, source: 'post-17.txt' })).toBe('Author of post-17.txt');
    expect(authorPlaceholder({ title: ' ', source: 'post-17.txt' })).toBe('Author of post-17.txt');
    expect(authorPlaceholder({ title: null, source: 'post-17.txt' })).toBe('Author of post-17.txt');
  });
});
