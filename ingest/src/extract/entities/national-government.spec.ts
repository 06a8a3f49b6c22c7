import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';
import type { RawMention } from '../../pipeline/types.js';
import { addNationalGovernment, IMPLIED_GOVERNMENT } from './national-government.js';

const implied = (text: string, mentions: RawMention[] = []) => {
  const all = [...mentions];
  addNationalGovernment(text, all);
  return all.filter((m) => m.source === IMPLIED_GOVERNMENT).map((m) => [m.text, m.canonical]);
};

const graph = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  return resolveDocument(parsed, extract(parsed));
};

describe('the national government as a party', () => {
  it('reads "the government", "our Government", "central government" as the UK Government', () => {
    expect(implied('Nurses say the government has ignored them. Our Government must listen.')).toEqual([
      ['the government', 'UK Government'],
      ['Our Government', 'UK Government'],
    ]);
    expect(implied('Funding from central government fell. Government knows this.')).toEqual([
      ['central government', 'UK Government'],
      ['Government', 'UK Government'],
    ]);
  });

  it('leaves generic, local and foreign uses alone', () => {
    const text =
      'A government should care. Local government is stretched. Successive governments failed. ' +
      'The Irish government agreed. The government of Norway paid. ' +
      'They studied local government finance. The new Government in\nNorway met. My government thanks you.';
    expect(implied(text)).toEqual([]);
  });

  it('reads a compound whose participle says what the government did, as the word alone', () => {
    expect(implied('The government-commissioned study was late. A government-funded charity spoke.')).toEqual([
      ['government', 'UK Government'],
      ['government', 'UK Government'],
    ]);
    expect(
      implied('A government-wide freeze. The local government-funded scheme. A Welsh government-led plan.'),
    ).toEqual([]);
  });

  it('makes a compound the doer of its participle, never the object of what comes before it', () => {
    const g = graph('The Rowan Trust welcomed the government-commissioned review of adoption support on Monday.');
    const links = g.relations.map((r) => [r.subject, r.predicate, r.object]);
    expect(links).not.toContainEqual(['organisation:rowan-trust', 'SUPPORTS', 'organisation:uk-government']);
  });

  it('is the ministerial department a document names', () => {
    const dfe: RawMention = {
      start: 4,
      end: 28,
      text: 'Department for Education',
      type: 'Organisation',
      kind: 'government',
      canonical: 'Department for Education',
      source: 'gazetteer',
    };
    expect(implied('The Department for Education spoke. Then the government acted.', [dfe])).toEqual([
      ['the government', 'Department for Education'],
    ]);
  });

  it('becomes an entity only where a relation links it', () => {
    const passing = graph('Maria Lopez, a nurse, said the government had published its plans on Monday morning.');
    expect(passing.entities.map((e) => e.name)).not.toContain('UK Government');
    const linked = graph('The Rowan Trust criticised the government over its plans for children in care.');
    expect(linked.relations.map((r) => [r.subject, r.predicate, r.object])).toContainEqual([
      'organisation:rowan-trust',
      'CRITICISES',
      'organisation:uk-government',
    ]);
  });
});
