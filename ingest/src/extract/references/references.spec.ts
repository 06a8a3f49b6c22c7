// What pronouns and descriptions refer to, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { extract } from '../index.js';
import { findReferences } from './index.js';

/** Each reference as "surface -> canonical name". */
const refs = (body: string) => {
  const doc = parseSourceText('t.txt', `News\n\n${body}\n`);
  const ex = extract(doc);
  return findReferences(doc.text, ex.sentences, ex.mentions).map((r) => `${r.text} -> ${r.canonical}`);
};

describe('references', () => {
  it('reads a possessive in an opening phrase ahead, to the person named after its comma', () => {
    expect(refs('Tom Price met Jane Smith. In his speech to MPs, John Lewis said more.')).toEqual([
      'his -> John Lewis',
    ]);
    // Not ahead when no name follows the comma.
    expect(refs('Tom Price spoke. In his speech to MPs, the minister said more.')[0]).toBe('his -> Tom Price');
  });

  it('goes on with the last sentence’s subject rather than a child named in passing', () => {
    const r = refs('John Lewis spoke about the death of Daniel Harper, aged four. He said lessons must be learned.');
    expect(r).toContain('He -> John Lewis');
  });

  it('reads the pronoun of a contraction', () => {
    expect(refs('John Lewis left Ofsted. Now he’s at the NSPCC.')).toEqual(['he -> John Lewis']);
  });

  it('reads "it" with a verb as the body its own or the previous sentence opens with', () => {
    expect(refs('The Rowan Trust says it will appeal. Last week, it hired two barristers.')).toEqual([
      'it -> Rowan Trust',
      'it -> Rowan Trust',
    ]);
    expect(refs('In a short reply, the Rowan Trust said it would appeal.')).toEqual(['it -> Rowan Trust']);
  });

  it('leaves the "it" of extraposition, and an "it" with no body as subject, alone', () => {
    expect(refs('The Rowan Trust met on Monday. It is clear that money is short. It seems late.')).toEqual([]);
    expect(refs('The Rowan Trust met. It has been reported that staff left.')).toEqual([]);
    expect(refs('The Rowan Trust met. It has to be said that staff left.')).toEqual([]);
    expect(refs('Staff told the Rowan Trust about the plan. It wants more money.')).toEqual([]);
  });
});
