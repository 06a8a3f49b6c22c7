import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const relations = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  const g = resolveDocument(parsed, extract(parsed));
  return g.relations
    .filter((r) =>
      ['organisation:department-for-education', 'organisation:home-office', 'organisation:uk-government'].includes(
        r.object,
      ),
    )
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

  it('reads a fronted portfolio ("As home secretary, X …") as the minister’s', () => {
    expect(
      relations('The Home Office was reorganised. As home secretary, Priya Landon said the change was needed.'),
    ).toEqual([['person:priya-landon', 'LEADS', 'organisation:home-office', 'home secretary']]);
  });

  it('makes a minister work for the government a document speaks of when it names no department', () => {
    expect(
      relations(
        'During his time as schools minister, Oliver Branning said that the government would fund more teachers.',
      ),
    ).toEqual([['person:oliver-branning', 'WORKS_FOR', 'organisation:uk-government', 'schools minister']]);
    // Words before a name that end in another role are no portfolio.
    expect(relations('As a parent, Oliver Branning said that the government would publish its plans.')).toEqual([]);
  });
});
