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

describe('children whose cases the text names', () => {
  const rels = (text: string, predicate: string) => {
    const g = graph(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.predicate === predicate).map((r) => `${name(r.subject)} > ${name(r.object)}`);
  };

  it('reads a child named after "the cases of" or "such stories as those of" as the victim in their case', () => {
    expect(rels('The inquiry looked again at the cases of Lily Hartwell and others.', 'VICTIM_IN')).toEqual([
      'Lily Hartwell > Lily Hartwell case',
    ]);
    expect(rels('Papers ran such grim stories as those of Tom Reddish for weeks.', 'VICTIM_IN')).toEqual([
      'Tom Reddish > Tom Reddish case',
    ]);
  });

  it('does not make a case of a person whose views are compared', () => {
    expect(rels('Views such as those of Mark Evans were heard by the panel.', 'VICTIM_IN')).toEqual([]);
  });

  it('takes the child named by a serious case review as the victim in the case the review reviews', () => {
    const text = 'Little was learned from the Serious Case Review on Amy Blakemore, published in 2014.';
    expect(rels(text, 'VICTIM_IN')).toEqual(['Amy Blakemore > Amy Blakemore case']);
    expect(rels(text, 'REVIEWS')).toEqual(['Serious Case Review on Amy Blakemore > Amy Blakemore case']);
  });

  it('does not take a body or a day after a review for a child', () => {
    expect(rels('The serious case review on Bradford Council was delayed.', 'VICTIM_IN')).toEqual([]);
    const g = graph('News\n\nThe inspection on Tuesday found little to praise.\n');
    expect(g.entities.filter((e) => e.type === 'Review').map((e) => e.name)).toEqual([]);
  });
});
