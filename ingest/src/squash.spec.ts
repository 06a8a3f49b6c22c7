import { describe, expect, it } from 'vitest';
import { squash } from './squash.js';

describe('squash', () => {
  it('spells a name as a hashtag or handle would', () => {
    expect(squash('Community Care')).toBe('communitycare');
    expect(squash('Children’s Commissioner')).toBe('childrenscommissioner');
    // The gazetteer and the pseudonym linker once disagreed on "&": both now read it as "and".
    expect(squash('Barnardo & Sons')).toBe('barnardoandsons');
  });
});
