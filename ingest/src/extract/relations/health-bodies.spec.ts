// Bodies written together, and health bodies as parts of the NHS, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const graph = (body: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${body}\n`);
  return resolveDocument(parsed, extract(parsed));
};
const orgs = (body: string) =>
  graph(body)
    .entities.filter((e) => e.type === 'Organisation')
    .map((e) => e.name)
    .sort();
const partOf = (body: string) => {
  const g = graph(body);
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations.filter((r) => r.predicate === 'PART_OF').map((r) => `${name(r.subject)} > ${name(r.object)}`);
};

describe('bodies written together', () => {
  it('reads two names before one plural kind of body as two bodies', () => {
    expect(orgs('Inspectors visited the Wyre or Fylde Health Authorities last spring.')).toEqual([
      'Fylde Health Authority',
      'Wyre Health Authority',
    ]);
  });

  it('splits two trusts joined by "and" into two bodies', () => {
    expect(orgs('Kendal Community Hospitals NHS Trust and Penrith Valley NHS Foundation Trust merged.')).toEqual([
      'Kendal Community Hospitals NHS Trust',
      'Penrith Valley NHS Foundation Trust',
    ]);
  });

  it('keeps one body whose name holds "and" when its first part names no kind of body', () => {
    expect(orgs('The Kendal Arts and Heritage Trust closed.')).toEqual(['Kendal Arts and Heritage Trust']);
  });
});

describe('health bodies in the NHS', () => {
  it('makes a health body named in a sentence about the NHS part of it', () => {
    expect(partOf('The NHS faced questions after failings at the Wyre or Fylde Health Authorities.')).toEqual([
      'Wyre Health Authority > NHS',
      'Fylde Health Authority > NHS',
    ]);
    expect(partOf('Penrith Valley NHS Foundation Trust apologised, and the NHS promised change.')).toEqual([
      'Penrith Valley NHS Foundation Trust > NHS',
    ]);
  });

  it('makes no body part of the NHS without the NHS in the sentence, nor a body that is not a health body', () => {
    expect(partOf('Penrith Valley NHS Foundation Trust apologised to the family.')).toEqual([]);
    expect(partOf('The NHS and Cumbria County Council agreed a plan.')).toEqual([]);
  });
});
