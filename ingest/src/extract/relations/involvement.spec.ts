// Bodies involved in the cases a text has just named, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const involved = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  const g = resolveDocument(parsed, extract(parsed));
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.predicate === 'INVOLVED_IN' && name(r.object)?.endsWith(' case'))
    .map((r) => `${name(r.subject)} > ${name(r.object)}`)
    .sort();
};

describe('bodies involved in named cases', () => {
  it('reads "involvement from" after cases named in the sentence before', () => {
    expect(
      involved(
        'Critics recalled the deaths of Lily Hartwell and Tom Reddish. Both cases saw heavy involvement from ' +
          'the NSPCC and Ofsted.',
      ),
    ).toEqual([
      'NSPCC > Lily Hartwell case',
      'NSPCC > Tom Reddish case',
      'Ofsted > Lily Hartwell case',
      'Ofsted > Tom Reddish case',
    ]);
  });

  it('reads a body "involved in both cases"', () => {
    expect(
      involved('The death of Lily Hartwell shocked the town. Ofsted was also involved in both cases, it emerged.'),
    ).toEqual(['Ofsted > Lily Hartwell case']);
  });

  it('links nothing when no case is named in the sentence or the one before', () => {
    expect(
      involved(
        'The death of Lily Hartwell shocked the town. Nobody spoke for weeks. ' +
          'Both cases saw involvement from Ofsted.',
      ),
    ).toEqual([]);
    expect(involved('The death of Lily Hartwell shocked the town. Ofsted welcomed involvement from parents.')).toEqual(
      [],
    );
  });
});
