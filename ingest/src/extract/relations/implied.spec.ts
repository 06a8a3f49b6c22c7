import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const graph = (text: string) => {
  const parsed = parseSourceText('t.txt', text);
  return resolveDocument(parsed, extract(parsed));
};

describe('relations implied by names', () => {
  it('links a child to their case when the case is first named by the child’s name ("Daniel’s murder")', () => {
    const g = graph('News\n\nThe trial heard about Daniel’s murder in 2012. Daniel Harper was four years old.\n');
    const victim = g.relations.find((r) => r.predicate === 'VICTIM_IN');
    expect(victim).toMatchObject({ subject: 'person:daniel-harper', object: 'case:daniel-harper-case' });
  });
});

describe('what a review’s name says it reviews', () => {
  const rels = (text: string) => {
    const g = graph(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.predicate === 'REVIEWS').map((r) => `${name(r.subject)} ${name(r.object)}`);
  };

  it('links an inspection of a place to the place’s council where the text names it, else to the place', () => {
    expect(rels('Ofsted began an inspection of Bradford. Bradford council said it would help.')).toEqual([
      'inspection of Bradford City of Bradford Metropolitan District Council',
    ]);
    expect(rels('Ofsted began an inspection of Bradford. Children in Bradford were at risk.')).toEqual([
      'inspection of Bradford Bradford',
    ]);
  });

  it('links nothing when the reviewed thing is not named on its own', () => {
    expect(rels('The inquiry into children’s social care reported in May.')).toEqual([]);
  });
});

describe('inspection by the bodies that carry it out', () => {
  const rels = (text: string) => {
    const g = graph(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.predicate === 'INSPECTED').map((r) => `${name(r.subject)} ${name(r.object)}`);
  };

  it('makes each body carrying out an inspection of a council an inspector of that council', () => {
    expect(
      rels(
        'On the inspection of Bradford, involving Ofsted and the Care Quality Commission, the minister spoke. ' +
          'Bradford council agreed.',
      ),
    ).toEqual([
      'Ofsted City of Bradford Metropolitan District Council',
      'Care Quality Commission City of Bradford Metropolitan District Council',
    ]);
  });

  it('does not make a body that carries out a review of a case an inspector', () => {
    expect(rels('Ofsted led the national review into the Star Hobson case.')).toEqual([]);
  });
});
