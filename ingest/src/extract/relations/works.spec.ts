// Works cited by title, with their authors and publishers, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';
import { isTitle } from '../entities/works.js';

const graph = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  return resolveDocument(parsed, extract(parsed));
};
const rels = (body: string) => {
  const g = graph(body);
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.predicate === 'AUTHORED' || r.predicate === 'PUBLISHED_BY')
    .map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
};
const works = (body: string) =>
  graph(body)
    .entities.filter((e) => e.type === 'Review' || e.type === 'Event')
    .map((e) => `${e.type} ${e.name}`);

describe('titles', () => {
  it('reads title case with short words in lower case as a title, and a sentence as none', () => {
    expect(isTitle('The Long Road to Care')).toBe(true);
    expect(isTitle('Caring for Children: A Practical Guide')).toBe(true);
    expect(isTitle('We want to reiterate this message')).toBe(false);
    expect(isTitle('Rubbish')).toBe(false);
  });
});

describe('works cited by title', () => {
  it('reads a quoted title with a byline and a publisher in brackets', () => {
    expect(rels('Read “The Long Road to Care”, by Margaret Osei (Harbour Books), before you judge.')).toEqual([
      'Margaret Osei AUTHORED The Long Road to Care',
      'The Long Road to Care PUBLISHED_BY Harbour Books',
    ]);
  });

  it('reads editors and a joint imprint with its edition', () => {
    const body =
      'A reader recommended this.\n‘Caring for Children: A Practical Guide’ ed Margaret Osei and Peter Lindqvist. ' +
      'Harbour/Linden 2nd ed 2001';
    expect(rels(body)).toEqual([
      'Margaret Osei AUTHORED Caring for Children: A Practical Guide',
      'Peter Lindqvist AUTHORED Caring for Children: A Practical Guide',
      'Caring for Children: A Practical Guide PUBLISHED_BY Harbour',
      'Caring for Children: A Practical Guide PUBLISHED_BY Linden',
    ]);
  });

  it('reads a title after a noun for a work, and a podcast as an event', () => {
    expect(works('The charity published a report called “Lost in the System” last week.')).toContain(
      'Review Lost in the System',
    );
    expect(works('Listen to the podcast “Growing Up Unseen” on any app.')).toContain('Event Growing Up Unseen');
  });

  it('reads a person’s own work named after "’s book"', () => {
    expect(rels('Margaret Osei’s book “The Long Road to Care” came out in May.')).toEqual([
      'Margaret Osei AUTHORED The Long Road to Care',
    ]);
  });

  it('never takes quoted speech for a title', () => {
    expect(works('Margaret Osei said “We Will Not Stop” and left the stage.')).toEqual([]);
    expect(works('She called the plan “a disgrace”, by all accounts.')).toEqual([]);
    expect(works('The minister wrote “this must change”, by hand.')).toEqual([]);
  });
});

describe('reports named after their author or publisher', () => {
  it('reads "the X report" after a person the text names as a report that person wrote', () => {
    const body = 'The inquiry was led by Professor Helen Marsh. The Marsh report blamed the council.';
    expect(works(body)).toContain('Review Marsh report');
    expect(rels(body)).toEqual(['Helen Marsh AUTHORED Marsh report']);
  });

  it('reads "the X review" after a person as a review that person leads', () => {
    const g = graph('Judge Alan Pryce was appointed. The Pryce review will report in May.');
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`)).toContain(
      'Alan Pryce LEADS Pryce review',
    );
  });

  it('reads a body’s annual report as a report the body publishes', () => {
    expect(rels('Ofsted’s annual report was published on Tuesday.')).toEqual([
      'Ofsted annual report PUBLISHED_BY Ofsted',
    ]);
  });

  it('makes no report of "the X report" when no person of that name is in the text', () => {
    expect(works('The Guardian report said the figures were wrong.')).toEqual([]);
    expect(works('The Morning report was short.')).toEqual([]);
  });
});

describe('episodes named by "the title is"', () => {
  it('makes a quoted title after "the title is" an episode of the podcast just named', () => {
    const g = graph(
      'Harbour Radio is his new show, with two podcasts so far. The title is “Should we trust foster carers?”.',
    );
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`)).toContain(
      'Should we trust foster carers? PART_OF Harbour Radio',
    );
  });

  it('takes no comment on a title for a title', () => {
    expect(works('He thought the title was “unfair” and said so.')).toEqual([]);
    expect(works('He thought the title was “deeply unfair” and said so.')).toEqual([]);
  });
});
