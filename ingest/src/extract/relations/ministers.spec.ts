import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const relations = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  const g = resolveDocument(parsed, extract(parsed));
  return g.relations
    .filter((r) => r.object === 'organisation:department-for-education' || r.object === 'organisation:home-office')
    .map((r) => [r.subject, r.predicate, r.object, r.qualifier]);
};

describe('ministers and their departments', () => {
  it('reads a portfolio before the name as leading the department the document names', () => {
    expect(
      relations(
        'The Department for Education published figures. Education secretary Gillian Keegan said they were good.',
      ),
    ).toEqual([['person:gillian-keegan', 'LEADS', 'organisation:department-for-education', 'education secretary']]);
  });

  it('reads a portfolio after the name, and a junior minister as working in the department', () => {
    expect(
      relations('The Home Office issued guidance. Sarah Dines, the safeguarding minister, said it was overdue.'),
    ).toEqual([['person:sarah-dines', 'WORKS_FOR', 'organisation:home-office', 'safeguarding minister']]);
  });

  it('records a former portfolio as employment, and a shadow one as nothing', () => {
    expect(
      relations(
        'The Department for Education replied. Former education secretary Justine Greening agreed, but shadow ' +
          'education secretary Bridget Phillipson did not.',
      ),
    ).toEqual([
      ['person:justine-greening', 'WORKS_FOR', 'organisation:department-for-education', 'former education secretary'],
    ]);
  });

  it('links nobody when the document does not name the department', () => {
    expect(relations('Education secretary Gillian Keegan said the figures were good.')).toEqual([]);
  });
});
