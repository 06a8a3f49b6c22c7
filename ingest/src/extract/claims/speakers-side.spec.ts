// A speaker's own organisation, introduced with them, is their side: not what their words are about, never the
// object of the side they take, and never the one who speaks. Invented sentences.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const SIDES = new Set(['SUPPORTS', 'PRAISES', 'OPPOSES', 'CRITICISES']);

function graphOf(sentence: string) {
  const parsed = parseSourceText('t.txt', `Charity warns over plan\n\n${sentence}\n`);
  const g = resolveDocument(parsed, extract(parsed));
  const name = new Map(g.entities.map((e) => [e.id, e.name]));
  const claim = g.claims.find((c) => c.text.startsWith(sentence.slice(0, 12)) || sentence.includes(c.text));
  return {
    sides: g.relations
      .filter((r) => SIDES.has(r.predicate))
      .map((r) => `${name.get(r.subject) ?? '?'} ${r.predicate} ${name.get(r.object) ?? '?'}`),
    speaker: claim ? name.get(claim.speaker) : undefined,
    about: claim?.about.map((a) => name.get(a)) ?? [],
    stance: claim?.stance,
  };
}

const CONTENT = 'said the plan was wrong and dangerous for children.';

describe("a speaker's own organisation", () => {
  it.each([
    `Jane Smith, from the NSPCC, ${CONTENT}`,
    `Jane Smith of the NSPCC ${CONTENT}`,
    `The NSPCC's head of policy, Jane Smith, ${CONTENT}`,
    `Jane Smith, who works for the NSPCC, ${CONTENT}`,
    `Jane Smith, a spokesperson for the NSPCC, ${CONTENT}`,
    `Jane Smith at the NSPCC ${CONTENT}`,
  ])('is neither the target nor the object of a side in "%s"', (sentence) => {
    const g = graphOf(sentence);
    expect(g.speaker).toBe('Jane Smith');
    expect(g.stance).toBe('critical');
    expect(g.about).not.toContain('NSPCC');
    expect(g.sides).toEqual([]);
  });

  it('is not what a quote introduced with it is about', () => {
    const g = graphOf('Jane Smith, from the NSPCC, said: "The plan is wrong and dangerous for children."');
    expect(g.speaker).toBe('Jane Smith');
    expect(g.about).not.toContain('NSPCC');
    expect(g.sides).toEqual([]);
  });

  it('stays the target of a claim whose words name it again, but not the object of a side', () => {
    const g = graphOf('Jane Smith, from the NSPCC, said the NSPCC had been wrong and had failed children.');
    expect(g.about).toEqual(['NSPCC']);
    expect(g.sides).not.toContain('Jane Smith CRITICISES NSPCC');
  });

  it('leaves another body the speaker criticises as the target', () => {
    const g = graphOf('Jane Smith, from the NSPCC, said Kent County Council had failed children and was wrong.');
    expect(g.about).toEqual(['Kent County Council']);
    expect(g.sides).toEqual(['Jane Smith CRITICISES Kent County Council']);
  });

  it('is criticised by a speaker not introduced with it', () => {
    const g = graphOf('Jane Smith said the NSPCC was wrong and had failed children.');
    expect(g.about).toEqual(['NSPCC']);
    expect(g.sides).toEqual(['Jane Smith CRITICISES NSPCC']);
  });

  it('does not speak for a person named with it, nor take their side against them', () => {
    const g = graphOf(`Jane Smith of the NSPCC ${CONTENT}`);
    expect(g.sides.filter((s) => s.startsWith('NSPCC'))).toEqual([]);
  });

  it('needs a role to be introduced by a possessive: "the NSPCC\'s plans, Jane Smith said" is not one', () => {
    const g = graphOf("Criticising the NSPCC's proposed changes, Jane Smith said they were wrong and dangerous.");
    expect(g.speaker).toBe('Jane Smith');
    expect(g.about).toEqual(['NSPCC']);
  });
});
