import { describe, expect, it } from 'vitest';
import { roleAfter, roleBefore } from './classify.js';

describe('roleBefore', () => {
  it('takes the longest role phrase that ends the text before a name', () => {
    expect(roleBefore('Speaking last week, the chief social worker ')).toBe('official');
    expect(roleBefore('She met a social worker, ')).toBe('social_worker');
    expect(roleBefore('(chief executive')).toBe('official');
    expect(roleBefore('the former MP ')).toBe('politician');
    expect(roleBefore('Director of Children’s Services ')).toBe('official');
  });

  it('needs the phrase to start at a word', () => {
    expect(roleBefore('from an armchair ')).toBeNull();
    expect(roleBefore('according to ')).toBeNull();
  });
});

describe('roleAfter', () => {
  it('takes the longest role phrase right after a name, behind an apposition or a copula', () => {
    expect(roleAfter(', chief social worker for adults, said')).toBe('official');
    expect(roleAfter(' is a social worker in a northern town')).toBe('social_worker');
    expect(roleAfter(', the former director of children’s  services at the council')).toBe('official');
  });

  it('needs the phrase to end at a word boundary and a lead before it', () => {
    expect(roleAfter(', the chairmanship of the board')).toBeNull();
    expect(roleAfter(' chief executive')).toBeNull();
    expect(roleAfter(' said on Monday')).toBeNull();
  });
});
