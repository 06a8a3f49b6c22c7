import { describe, expect, it } from 'vitest';
import { Gazetteer, gazetteer, type GazetteerEntry } from './gazetteer.js';
import { tokenize } from './tokens.js';
import { findMentions } from './index.js';
import { plainDoc } from './testdoc.js';
import { splitSentences } from '../sentences.js';

const entry = (name: string, aliases: string[] = [], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  name,
  type: 'Organisation',
  kind: 'other',
  aliases,
  source: 'test',
  ...extra,
});

function first(gz: Gazetteer, text: string) {
  const tokens = tokenize(text, 0, text.length);
  for (let i = 0; i < tokens.length; i++) {
    const hit = gz.match(tokens, i, text);
    if (hit)
      return {
        name: hit.form.entry.name,
        words: tokens
          .slice(i, i + hit.length)
          .map((t) => t.text)
          .join(' '),
        possessive: hit.possessive,
        weak: hit.form.weak,
      };
  }
  return null;
}

describe('gazetteer trie', () => {
  const gz = new Gazetteer([
    entry('Care Quality Commission', ['CQC']),
    entry('Care Quality', []),
    entry("Barnardo's", ['Barnardos']),
    entry('Housing Ombudsman', [], { weak: ['HOS'] }),
    entry('Community Care', ['@CommunityCare']),
    entry('Solihull Metropolitan Borough Council', ['Solihull council'], { kind: 'local_authority' }),
  ]);

  it('takes the longest name and strips a possessive that is not part of it', () => {
    expect(first(gz, 'The Care Quality Commission’s report')).toEqual({
      name: 'Care Quality Commission',
      words: 'Care Quality Commission’s',
      possessive: true,
      weak: false,
    });
  });

  it('treats curly and straight apostrophes alike inside a name', () => {
    expect(first(gz, 'money for Barnardo’s this year')?.name).toBe("Barnardo's");
    expect(first(gz, 'money for Barnardo’s this year')?.possessive).toBe(false);
  });

  it('matches across a non-breaking space but not across a full stop', () => {
    expect(first(gz, 'the Care\u00a0Quality Commission')?.name).toBe('Care Quality Commission');
    expect(first(gz, 'Care. Quality Commission')).toBeNull();
  });

  it('matches acronyms and one-word names only in their own case', () => {
    expect(first(gz, 'the CQC said')?.name).toBe('Care Quality Commission');
    expect(first(gz, 'the cqc said')).toBeNull();
  });

  it('lets a lower-case word of a form match either case, but not a capital word lower-cased', () => {
    expect(first(gz, 'Solihull Council said')?.name).toBe('Solihull Metropolitan Borough Council');
    expect(first(gz, 'solihull council said')).toBeNull();
  });

  it('marks weak acronyms so the finder can require the full name', () => {
    expect(first(gz, 'several HOS left')?.weak).toBe(true);
  });

  it('finds the body a hashtag or handle spells', () => {
    expect(gz.byTag('#CommunityCare')?.name).toBe('Community Care');
    expect(gz.byTag('@careQualityCommission')?.name).toBe('Care Quality Commission');
    expect(gz.byTag('#nothingknown')).toBeUndefined();
  });

  it('knows the council of a place', () => {
    expect(gz.councilFor('Solihull')?.name).toBe('Solihull Metropolitan Borough Council');
  });
});

describe('the generated gazetteer', () => {
  const gz = gazetteer();
  it('holds councils with their usual forms, current and former', () => {
    expect(first(gz, 'Lambeth council')?.name).toBe('London Borough of Lambeth');
    expect(first(gz, 'Hull City Council')?.name).toBe('Hull City Council');
    expect(first(gz, 'Northamptonshire County Council')?.name).toBe('Northamptonshire County Council');
  });

  it('types regulators, courts, police and curated bodies', () => {
    const kind = (n: string) => gz.entries.find((e) => e.name === n)?.kind;
    expect(kind('Ofsted')).toBe('regulator');
    expect(kind('Social Work England')).toBe('regulator');
    expect(kind('Court of Appeal')).toBe('court');
    expect(kind('West Midlands Police')).toBe('police');
    expect(kind('NSPCC')).toBe('charity');
    expect(kind('British Association of Social Workers')).toBe('professional_body');
    expect(kind('Unison')).toBe('union');
  });

  it('keeps GOV.UK inquiries as reviews', () => {
    expect(gz.entries.find((e) => e.name === 'Victoria Climbié Inquiry')?.type).toBe('Review');
  });
});

describe('names written in capitals', () => {
  it('takes a one-word mixed-case name written in capitals', () => {
    const doc = plainDoc('Comments\n\nWe all know OFSTED drives the figures here.\n');
    const found = findMentions(doc, splitSentences(doc)).map((m) => m.canonical);
    expect(found).toContain('Ofsted');
  });
});
