// The pattern matcher and speaker reading over stored parser output of made-up sentences (fixtures/), so
// these tests need no parser server; test/integration/deep-engine.test.ts runs the real one.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '@claimgraph/schema';
import type { RawMention } from '../../pipeline/types.js';
import { createExtractor } from '../../extractor.js';
import { chunks, fromCoreNlp, parseSpans, type CoreNlpJson, type DocumentParse } from './parse.js';
import { compilePatterns, depVocabulary, walk } from './patterns.js';
import { deepRelations, headWord } from './relations.js';
import { salientReferences } from './salience.js';
import { sentenceSpeaker } from './speakers.js';
import { nlpProfile } from './server.js';
import type { Reference } from '../references/index.js';

function fixture(name: string): { text: string; parse: DocumentParse } {
  const file = path.join(import.meta.dirname, 'fixtures', `${name}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as CoreNlpJson & { text: string };
  return { text: json.text, parse: fromCoreNlp(json) };
}

/** A mention for every occurrence of each name in the text. */
function mentionsOf(text: string, names: [string, EntityType][]): RawMention[] {
  const out: RawMention[] = [];
  for (const [name, type] of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      out.push({ start: at, end: at + name.length, text: name, type, kind: null, canonical: name, source: 'test' });
  return out.sort((a, b) => a.start - b.start);
}

function relationsIn(name: string, names: [string, EntityType][], without?: string[]): string[] {
  const { text, parse } = fixture(name);
  const sentences = parse.sentences.map((s) => ({
    start: s.tokens[0]!.start,
    end: s.tokens[s.tokens.length - 1]!.end,
    commentId: null,
  }));
  return deepRelations(parse, sentences, mentionsOf(text, names), [], { without }).map(
    (r) =>
      `${text.slice(r.subject.start, r.subject.end)} ${r.predicate} ${text.slice(r.object.start, r.object.end)}` +
      (r.qualifier ? ` (${r.qualifier})` : ''),
  );
}

describe('deep relations from dependency paths', () => {
  it('places people and establishments, reads who harmed a child in their case, and pay', () => {
    const rels = relationsIn('places-cases', [
      ['Daniel Harper case', 'Case'],
      ['Daniel Harper', 'Person'],
      ['Leeds', 'Place'],
      ['Jane Smith', 'Person'],
      ['Tom Ellis', 'Person'],
      ['Bradford', 'Place'],
      ['Oakwood House', 'Organisation'],
      ['Rotherham', 'Place'],
      ['Kidcare Ltd', 'Organisation'],
      ['London', 'Place'],
      ['John Smith', 'Person'],
      ['Mary Jones', 'Person'],
      ['Ann Smith', 'Person'],
    ]);
    expect(rels).toEqual([
      'Jane Smith LOCATED_IN Leeds',
      'Tom Ellis LOCATED_IN Bradford (social worker)',
      'Oakwood House LOCATED_IN Rotherham',
      'John Smith PERPETRATOR_IN Daniel Harper case',
      'Mary Jones PERPETRATOR_IN Daniel Harper case',
      'Ann Smith PAID_BY Kidcare Ltd',
    ]);
    // "Kidcare Ltd in London's care system": the place owns the system; Kidcare is not placed in London.
    expect(rels.some((r) => r.includes('London'))).toBe(false);
  });

  it('reads roles from appositions, possessives and copulas, leading roles as LEADS', () => {
    const rels = relationsIn('roles', [
      ['Jane Porter', 'Person'],
      ['Foxley Trust', 'Organisation'],
      ['Barnsley Council', 'Organisation'],
      ['Tom Ellis', 'Person'],
      ['Ann Smith', 'Person'],
      ['Kidcare Ltd', 'Organisation'],
      ['Paul Smith', 'Person'],
      ['Leeds', 'Place'],
    ]);
    expect(rels).toContain('Jane Porter LEADS Foxley Trust (chairman)');
    expect(rels).toContain('Tom Ellis LEADS Barnsley Council (director)');
    expect(rels).toContain('Ann Smith LEADS Kidcare Ltd (chief executive)');
    expect(rels).toContain('Paul Smith FAMILY_OF Ann Smith (brother)');
    // A place where someone works is not an employer, and no sentence links Jane Porter to Tom Ellis.
    expect(rels.some((r) => r.includes('Leeds'))).toBe(false);
    expect(rels.some((r) => r.startsWith('Jane Porter') && r.includes('Tom Ellis'))).toBe(false);
  });

  it('reads verbs with their subjects and objects, through relative clauses, passives and appositions', () => {
    const names: [string, EntityType][] = [
      ['Ann Smith', 'Person'],
      ['Kidcare Ltd', 'Organisation'],
      ['Home Office', 'Organisation'],
      ['Ofsted', 'Organisation'],
      ['Mary Lowe', 'Person'],
      ['Leeds City Council', 'Organisation'],
      ['Harbour Review', 'Review'],
      ['Foxley Trust', 'Organisation'],
    ];
    const rels = relationsIn('verbs', names);
    expect(rels).toEqual(
      expect.arrayContaining([
        'Ann Smith LEADS Kidcare Ltd',
        'Ann Smith CRITICISES Home Office',
        'Mary Lowe CRITICISES Ofsted',
        'Ofsted PRAISES Leeds City Council',
        'Leeds City Council COMMISSIONED Harbour Review',
        'Foxley Trust OWNS Kidcare Ltd',
      ]),
    );
    // The object of praise is not its subject, and Kidcare Ltd criticised nobody.
    expect(rels).not.toContain('Leeds City Council PRAISES Ofsted');
    expect(rels.some((r) => r.startsWith('Kidcare Ltd CRITICISES'))).toBe(false);
    // Leaving a group out removes what only it finds.
    expect(relationsIn('verbs', names, ['passive'])).not.toContain('Mary Lowe CRITICISES Ofsted');
  });

  it('takes the word the rest of the sentence attaches to as a mention head', () => {
    const { text, parse } = fixture('verbs');
    const s = parse.sentences[3]!;
    const at = text.indexOf('Leeds City Council', s.tokens[0]!.start);
    expect(s.tokens[headWord(s, { start: at, end: at + 'Leeds City Council'.length })! - 1]!.word).toBe('Council');
  });

  it('walks optional steps and both directions of an arc', () => {
    const { parse } = fixture('verbs');
    const [p] = compilePatterns(
      {
        lists: { own: ['own'] },
        patterns: [{ group: 't', predicate: 'OWNS', path: ['^appos?', '^obl:agent', '=own', 'nsubj:pass'] }],
      },
      depVocabulary(),
    );
    const s = parse.sentences[4]!; // Kidcare Ltd is owned by a charity, the Foxley Trust.
    const word = (w: string) => s.tokens.find((t) => t.word === w)!.index;
    expect(walk(s, p!, word('Trust')).map((m) => m.end)).toEqual([word('Ltd')]);
    expect(walk(s, p!, word('charity')).map((m) => m.end)).toEqual([word('Ltd')]);
    expect(walk(s, p!, word('Ltd'))).toEqual([]);
  });
});

describe('speakers from reporting verbs', () => {
  const { text, parse } = fixture('speech');
  const mentions = mentionsOf(text, [
    ['Mary Lowe', 'Person'],
    ['Home Office', 'Organisation'],
  ]);

  it('gives a reported clause to the subject of its reporting verb', () => {
    expect(sentenceSpeaker(parse.sentences[0]!, mentions)?.text).toBe('Mary Lowe');
  });

  it('leaves a sentence that reports an act, not words, to the writer', () => {
    expect(sentenceSpeaker(parse.sentences[1]!, mentions)).toBeNull();
  });
});

describe('subject pronouns', () => {
  const { text, parse } = fixture('salience');
  const mentions = mentionsOf(text, [
    ['Tom Ellis', 'Person'],
    ['Mary Lowe', 'Person'],
  ]);
  /** A pronoun referring, as the nearest-name rule would have it, to the last name before it. */
  const pronoun = (word: string): Reference => {
    const start = text.indexOf(`${word} said`);
    const ref = mentions.filter((m) => m.end <= start).at(-1)!;
    return {
      start,
      end: start + word.length,
      text: word,
      type: 'Person',
      kind: null,
      canonical: ref.canonical,
      source: 'reference',
      ref,
    };
  };

  it('continue the subject of the sentence before, not its last name', () => {
    const [he, she] = salientReferences(parse, mentions, [pronoun('He'), pronoun('She')]) as Reference[];
    expect(pronoun('He').ref.canonical).toBe('Mary Lowe');
    expect(he!.ref.canonical).toBe('Tom Ellis');
    expect(she!.ref.canonical).toBe('Mary Lowe');
    expect(sentenceSpeaker(parse.sentences[1]!, [...mentions, he!])?.canonical).toBe('Tom Ellis');
  });
});

describe('parse requests', () => {
  it('cuts long text at line ends into chunks that cover it exactly', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Line ${i} of the text.`).join('\n');
    const parts = chunks(text, 100);
    expect(parts.map((c) => c.text).join('')).toBe(text);
    for (const c of parts) {
      expect(c.text.length).toBeLessThanOrEqual(100);
      expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    }
    expect(parts.slice(0, -1).every((c) => c.text.endsWith('\n'))).toBe(true);
  });

  it('moves token offsets by the chunk start', () => {
    const json = JSON.parse(
      readFileSync(path.join(import.meta.dirname, 'fixtures', 'speech.json'), 'utf8'),
    ) as CoreNlpJson;
    const moved = fromCoreNlp(json, 1000);
    expect(moved.sentences[0]!.tokens[0]!.start).toBe(json.sentences[0]!.tokens[0]!.characterOffsetBegin + 1000);
  });

  it('parses chosen sentences as lines and puts their words back at their place in the whole text', async () => {
    const text =
      'Inquiry\n\nJane Porter, chief executive of the Foxley\nTrust, resigned. Nothing changed. ' +
      'Mary Lowe praised Ofsted.\n';
    const spans = ['Jane Porter, chief executive of the Foxley\nTrust, resigned.', 'Mary Lowe praised Ofsted.'].map(
      (s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }),
    );
    const recorded = fixture('spans');
    const asked: string[] = [];
    // The server's recorded answer for exactly the text parseSpans must send.
    const parser = {
      parse: (t: string) => {
        asked.push(t);
        return Promise.resolve(recorded.parse);
      },
    };
    const parsed = await parseSpans(parser, text, spans);
    expect(asked).toEqual([recorded.text]);
    for (const s of parsed.sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(parsed.sentences[1]!.tokens[0]!.start).toBe(text.indexOf('Mary'));
  });
});

describe('the deep engine without its server', () => {
  it('gives the rules engine result for a document it cannot parse', async () => {
    const input = {
      source: 'inquiry.txt',
      text: 'Inquiry\n\nJane Porter, chief executive of the Foxley Trust, criticised Ofsted.\n',
    };
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-deep-spec-'));
    // Port 1: nothing listens there, so every parse request fails.
    const deep = await createExtractor({ engine: 'deep', parser: { profile: { ...nlpProfile(), port: 1 }, cacheDir } });
    const rules = await createExtractor({ engine: 'rules' });
    const graph = await deep.process(input);
    expect(graph).toEqual(await rules.process(input));
    expect(graph.relations.length).toBeGreaterThan(0);
  });
});
