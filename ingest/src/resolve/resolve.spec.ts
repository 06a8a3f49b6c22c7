import { describe, expect, it } from 'vitest';
import { entityId } from '@claimgraph/schema';
import { extract } from '../extract/index.js';
import { plainDoc } from '../extract/entities/testdoc.js';
import type { DocumentGraph, ParsedComment, ParsedDocument } from '../pipeline/types.js';
import { mergeGraphs, resolveDocument } from './index.js';

const graph = (doc: ParsedDocument) => resolveDocument(doc, extract(doc));
const byName = (g: { entities: DocumentGraph['entities'] }, name: string) => g.entities.find((e) => e.name === name);

describe('resolveDocument', () => {
  it('gives every mention of one name one entity, with the other surface forms as aliases', () => {
    const g = graph(
      plainDoc('The care review was led by Josh Kettering. Kettering’s review, the #carereview, is due.'),
    );
    const person = byName(g, 'Josh Kettering')!;
    expect(person.id).toBe(entityId('Person', 'Josh Kettering'));
    expect(person.aliases).toContain('Kettering');
    expect(person.mentions).toHaveLength(2);
    const review = byName(g, "Independent Review of Children's Social Care")!;
    expect(review.aliases).toEqual(expect.arrayContaining(['care review', '#carereview']));
    for (const e of g.entities) for (const m of e.mentions) expect(g.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('links an acronym defined in the text to its expansion', () => {
    const g = graph(plainDoc('The Family Courts Watch Alliance (FCWA) wrote to us. Later the FCWA wrote again.'));
    const e = byName(g, 'Family Courts Watch Alliance')!;
    expect(e.aliases).toContain('FCWA');
    expect(e.mentions).toHaveLength(3);
  });

  it('makes a nickname or pseudonym named in the text an alias of the person', () => {
    const g = graph(
      plainDoc('The blog is by Daniel Ormsby, who writes under the pseudonym ‘The Quiet Worker’. Readers trust him.'),
    );
    const e = byName(g, 'Daniel Ormsby')!;
    expect(e.aliases).toContain('The Quiet Worker');
    expect(g.entities.filter((x) => x.type === 'Person')).toHaveLength(1);
  });

  it('resolves a handle that spells a person named in the document', () => {
    const g = graph(plainDoc('Social worker Daniel Ormsby spoke. Follow @DanielOrmsby for more.'));
    expect(byName(g, 'Daniel Ormsby')!.aliases).toContain('@DanielOrmsby');
  });

  it('makes a commentator who is discussed in the text the same Person', () => {
    const text = 'Article\n\nSocial worker Kim Halloran said the plan was late.\n\nkim halloran\nI stand by it.\n';
    const header = text.indexOf('kim halloran');
    const comment: ParsedComment = {
      id: 'doc:test#c1',
      doc: 'doc:test',
      author: 'kim halloran',
      postedAt: null,
      parent: null,
      start: header,
      end: text.length,
      authorSpan: { start: header, end: header + 12 },
      bodySpan: { start: header + 13, end: text.length },
    };
    const doc = { ...plainDoc(text), article: { start: 0, end: header }, comments: [comment] };
    const g = graph(doc);
    const people = g.entities.filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]!.id).toBe(entityId('Person', 'Kim Halloran'));
    expect(people[0]!.name).toBe('Kim Halloran');
    expect(people[0]!.kind).toBe('social_worker');
    expect(people[0]!.mentions).toHaveLength(2);
  });

  it('gives one relation for raw relations whose sides name the same entities, each span of evidence once', () => {
    const doc = plainDoc('Josh Kettering praised Ofsted. Kettering praised Ofsted again in May.');
    const ex = extract(doc);
    const at = (name: string, from = 0) => {
      const start = doc.text.indexOf(name, from);
      const m = ex.mentions.find((x) => x.start === start);
      if (!m) throw new Error(`no mention of ${name} at ${start}`);
      return { start: m.start, end: m.end };
    };
    const second = doc.text.indexOf('. Kettering') + 2;
    const first = { start: 0, end: doc.text.indexOf('.') + 1 };
    const again = { start: second, end: doc.text.length };
    const praise = (subject: { start: number; end: number }, object: { start: number; end: number }, s = first) => ({
      subject,
      predicate: 'PRAISES' as const,
      object,
      qualifier: null,
      evidence: s,
    });
    const ofsted = at('Ofsted');
    ex.relations = [
      praise(at('Josh Kettering'), ofsted),
      praise(at('Kettering', second), ofsted),
      praise(at('Kettering', second), at('Ofsted', second), again),
      praise(at('Josh Kettering'), ofsted, again),
    ];
    const g = resolveDocument(doc, ex);
    expect(g.relations).toHaveLength(1);
    expect(g.relations[0]!.evidence.map((e) => e.quote)).toEqual([
      'Josh Kettering praised Ofsted.',
      'Kettering praised Ofsted again in May.',
    ]);
  });
});

describe('mergeGraphs', () => {
  it('merges entities by id across documents: aliases united, mentions joined, most specific kind kept', () => {
    const a = graph(plainDoc('Mr Ormsby met Daniel Ormsby at Ofsted.', 'doc:a'));
    const b = graph(plainDoc('The chief executive Daniel Ormsby criticised the CQC and Ofsted’s chief.', 'doc:b'));
    const out = mergeGraphs([a, b]);
    expect(out.documents.map((d) => d.id)).toEqual(['doc:a', 'doc:b']);
    const ofsted = out.entities.filter((e) => e.name === 'Ofsted');
    expect(ofsted).toHaveLength(1);
    expect(ofsted[0]!.mentions.map((m) => m.doc)).toEqual(['doc:a', 'doc:b']);
    const person = out.entities.find((e) => e.id === entityId('Person', 'Daniel Ormsby'))!;
    expect(person.kind).toBe('official');
    expect(person.aliases).toContain('Mr Ormsby');
    expect(new Set(out.entities.map((e) => e.id)).size).toBe(out.entities.length);
  });

  it('keeps the better-spelt name of two that share an id', () => {
    const a = graph(plainDoc('The case of Victoria Climbie was reviewed.', 'doc:a'));
    const b = graph(plainDoc('The case of Victoria Climbié was reviewed.', 'doc:b'));
    const e = mergeGraphs([a, b]).entities.find((x) => x.id === entityId('Person', 'Victoria Climbie'))!;
    expect(e.name).toBe('Victoria Climbié');
    expect(e.aliases).toContain('Victoria Climbie');
  });
});
