// Structural relations (place, employment, money, ownership) on sentences written for these tests, with the
// near misses that must not become relations.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';
import type { RawMention } from '../../pipeline/types.js';
import { caseFinder } from './index.js';

const rels = (text: string) => {
  const parsed = parseSourceText('t.txt', text);
  const g = resolveDocument(parsed, extract(parsed));
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
};
const news = (body: string) => rels(`News\n\n${body}\n`);
const thread = (first: string, second: string) =>
  rels(
    'Story\n\nBody text.\n\n2 Responses to Story\n\n  1. Mark December 7, 2021 at 2:43 pm #\n\n    ' +
      `${first}\n\n  2. kim simpson December 7, 2021 at 2:44 pm #\n\n    ${second}\n`,
  );

describe('places', () => {
  it('places an organisation described by its kind of establishment in a town', () => {
    expect(news('Ofsted closed Oakwood House residential special school in Rotherham last year.')).toContain(
      'Oakwood House LOCATED_IN Rotherham',
    );
    expect(news('Kidsafe Ltd is based in Manchester.')).toContain('Kidsafe Ltd LOCATED_IN Manchester');
  });

  it('does not place a body in a place that only owns what follows ("in London’s care system")', () => {
    expect(news('Kidsafe Ltd in London’s care system failed.')).toEqual([]);
    expect(news('Jane Smith worked in Leeds’s children’s services.')).toEqual([]);
  });

  it('places a town or region written with its country ("Cardiff, Wales", "Texas/US"), not one place of a list', () => {
    expect(news('She trained in Cardiff, Wales before moving.')).toContain('Cardiff LOCATED_IN Wales');
    expect(news('He worked in Texas/US for a decade.')).toContain('Texas LOCATED_IN United States');
    expect(news('Offices in Leeds, Bradford and Wakefield closed.')).toEqual([]);
    expect(news('Rates rose in France, Germany and Spain.')).toEqual([]);
  });

  it('places a person who lives, works or holds a role in a place', () => {
    expect(news('Jane Smith lives and works in Scotland.')).toContain('Jane Smith LOCATED_IN Scotland');
    expect(news('Jane Smith was a social worker in Leeds for years.')).toContain('Jane Smith LOCATED_IN Leeds');
    expect(news('Jane Smith was a victim of abuse in Leeds.')).toEqual([]);
    // A place before a role in the plural: "one of two UK social workers".
    expect(news('Jane Smith, one of two UK social workers behind the plan, spoke.')).toEqual([
      'Jane Smith LOCATED_IN United Kingdom',
    ]);
    expect(news('Jane Smith told a Leeds court she was innocent.')).toEqual([]);
  });
});

describe('first person in comments', () => {
  it('takes "I" in a comment for the comment’s author', () => {
    const r = thread('I live in Wales and I work for the NSPCC.', 'Ofsted were right.');
    expect(r).toContain('Mark LOCATED_IN Wales');
    expect(r).toContain('Mark WORKS_FOR NSPCC');
  });

  it('reads a commenter’s own role: "I am a social worker and supervisor in Wales", "I was an Ofsted inspector"', () => {
    const r = thread('I am a social worker and supervisor in Wales.', 'I was an Ofsted inspector for ten years.');
    expect(r).toContain('Mark LOCATED_IN Wales');
    expect(r).toContain('kim simpson WORKS_FOR Ofsted');
    expect(thread('I am a Barnardo’s supporter.', 'Fine.').filter((x) => x.includes('WORKS_FOR'))).toEqual([]);
  });

  it('leaves "I" inside a quotation to whoever is quoted', () => {
    expect(thread('She told me: “I work for the NSPCC.”', 'Ofsted were right.')).toEqual([]);
  });
});

describe('a person’s review', () => {
  it('takes the review a person is said to have ("her review") for one they lead', () => {
    expect(news('Jane Smith spoke. Her independent review of children’s social care reports in May.')).toContain(
      "Jane Smith LEADS Independent Review of Children's Social Care",
    );
    expect(news('Jane Smith said the review of children’s social care was late.')).toEqual([]);
  });
});

describe('money and ownership', () => {
  it('reads "working for and being paid by" and a contracted "’s working for"', () => {
    expect(news('Jane Smith is now working for and being paid by Acorn Care Ltd.')).toContain(
      'Jane Smith PAID_BY Acorn Care Ltd',
    );
    expect(news('Jane Smith’s working for Acorn Care Ltd.')).toContain('Jane Smith WORKS_FOR Acorn Care Ltd');
    // The pronoun of a contraction refers back like the pronoun alone.
    expect(news('Jane Smith left the NSPCC. Now she’s working for Acorn Care Ltd.')).toContain(
      'Jane Smith WORKS_FOR Acorn Care Ltd',
    );
  });

  it('reads an owner described before its name: "owned by a private company, X"', () => {
    expect(news('Kidsafe Ltd is owned by a large private company, Acorn Care Ltd.')).toContain(
      'Acorn Care Ltd OWNS Kidsafe Ltd',
    );
  });
});

describe('descriptions standing for a name', () => {
  it('reads "this school" back to the school named before', () => {
    const r = news('Ofsted closed Oakwood House school. This school is owned by a private company, Acorn Care Ltd.');
    expect(r).toContain('Acorn Care Ltd OWNS Oakwood House');
  });

  it('reads "the national review" back to the review of that kind, not to the latest review', () => {
    const r = news(
      'The minister ordered a national review into the Star Hobson case and an inspection of Bradford. ' +
        'He said the national review, by the Child Safeguarding Practice Review Panel, starts soon.',
    );
    expect(r.filter((x) => x.includes('CONDUCTS'))).toEqual([
      'Child Safeguarding Practice Review Panel CONDUCTS national review into the Star Hobson case',
    ]);
  });
});

describe('cases: who harmed the child', () => {
  const harm = (body: string) => news(`The Daniel Harper case shocked the town. ${body}`);

  it('reads "at the hands of his mother X and stepfather Y" as family and perpetration in the child’s case', () => {
    const r = harm('Daniel Harper suffered abuse at the hands of his mother Jane Smith and stepfather John Smith.');
    expect(r).toEqual(
      expect.arrayContaining([
        'Jane Smith FAMILY_OF Daniel Harper',
        'John Smith FAMILY_OF Daniel Harper',
        'Jane Smith PERPETRATOR_IN Daniel Harper case',
        'John Smith PERPETRATOR_IN Daniel Harper case',
      ]),
    );
  });

  it('reads a passive killing and a conviction for the child’s murder', () => {
    expect(harm('Daniel Harper was killed by his stepfather John Smith.')).toContain(
      'John Smith PERPETRATOR_IN Daniel Harper case',
    );
    expect(harm('John Smith was jailed for life for the murder of Daniel Harper.')).toContain(
      'John Smith PERPETRATOR_IN Daniel Harper case',
    );
  });

  it('makes no one a perpetrator of a child the text names no case for, nor family a perpetrator', () => {
    const perpetrators = (r: string[]) => r.filter((x) => x.includes('PERPETRATOR_IN'));
    expect(perpetrators(news('Daniel Harper was killed by his stepfather John Smith.'))).toEqual([]);
    expect(perpetrators(harm('Daniel Harper was helped by his stepfather John Smith.'))).toEqual([]);
    expect(perpetrators(harm('Jane Smith, the mother of Daniel Harper, spoke.'))).toEqual([]);
  });

  it('takes a case named after a child for the child where a person is wanted, and the child for the case', () => {
    const child: RawMention = {
      start: 0,
      end: 5,
      text: 'Keanu',
      type: 'Person',
      kind: 'child',
      canonical: 'Keanu Williams',
      source: 'chunk',
    };
    const named: RawMention = {
      start: 9,
      end: 15,
      text: 'Baby K',
      type: 'Case',
      kind: 'case',
      canonical: 'Keanu Williams case',
      source: 'gazetteer',
    };
    const cases = caseFinder([child, named]);
    expect(cases.standIn(named, ['Person'])).toBe(child);
    expect(cases.standIn(child, ['Case'])).toBe(named);
    expect(cases.standIn(child, ['Person', 'Case'])).toBeUndefined();
    expect(caseFinder([child]).standIn(child, ['Case'])).toBeUndefined();
  });
});

describe('membership, appointments and parts of organisations', () => {
  it('reads membership and trusteeship, and sitting on a body', () => {
    expect(news('Jane Smith is a member of the British Association of Social Workers.')).toEqual([
      'Jane Smith MEMBER_OF British Association of Social Workers',
    ]);
    expect(news('Jane Smith, a trustee of the NSPCC, spoke.')).toEqual(['Jane Smith MEMBER_OF NSPCC']);
    expect(news('Jane Smith sits on the Local Government Association board.')).toEqual([
      'Jane Smith MEMBER_OF Local Government Association',
    ]);
    expect(news('Jane Smith said members of the NSPCC agreed.')).toEqual([]);
  });

  it('reads appointments and departures with their role', () => {
    expect(news('Jane Smith has been appointed chief executive of the NSPCC.')).toEqual(['Jane Smith LEADS NSPCC']);
    expect(news('Jane Smith stepped down as director of children’s services at Leeds council.')).toEqual([
      'Jane Smith WORKS_FOR Leeds City Council',
    ]);
  });

  it('reads an organisation founding or relaunching another', () => {
    expect(news('The NSPCC launched Childline in 1986.')).toEqual(['NSPCC FOUNDED Childline']);
    expect(news('The NSPCC relaunched Childline in 2000.')).toEqual(['NSPCC OWNS Childline']);
    expect(news('Ofsted launched a consultation on inspections.')).toEqual([]);
  });

  it('reads a division of a company as part of it', () => {
    expect(news('Kidsafe Ltd is a division of Acorn Care Ltd.')).toEqual(['Kidsafe Ltd PART_OF Acorn Care Ltd']);
  });
});

describe('paraphrases keep their relation, the right way round', () => {
  const cases: [string, string][] = [
    ['Acorn Care Ltd owns Kidsafe Ltd.', 'Acorn Care Ltd OWNS Kidsafe Ltd'],
    ['Kidsafe Ltd, owned by Acorn Care Ltd, closed.', 'Acorn Care Ltd OWNS Kidsafe Ltd'],
    ['Acorn Care Ltd, which owns Kidsafe Ltd, closed.', 'Acorn Care Ltd OWNS Kidsafe Ltd'],
    ['Jane Smith works for the NSPCC.', 'Jane Smith WORKS_FOR NSPCC'],
    ['Jane Smith, who works for the NSPCC, spoke.', 'Jane Smith WORKS_FOR NSPCC'],
    ['The NSPCC employs Jane Smith.', 'Jane Smith WORKS_FOR NSPCC'],
    ['Jane Smith is employed by the NSPCC.', 'Jane Smith WORKS_FOR NSPCC'],
    ['Jane Smith, the NSPCC’s chief executive, spoke.', 'Jane Smith LEADS NSPCC'],
    ['Kidsafe Ltd, which is based in Leeds, closed.', 'Kidsafe Ltd LOCATED_IN Leeds'],
    ['Ofsted inspected Leeds council last year.', 'Ofsted INSPECTED Leeds City Council'],
    ['Leeds council was inspected by Ofsted.', 'Ofsted INSPECTED Leeds City Council'],
    ['Leeds council pays Kidsafe Ltd £2m a year.', 'Leeds City Council FUNDS Kidsafe Ltd'],
    ['Kidsafe Ltd was paid £2m by Leeds council.', 'Kidsafe Ltd PAID_BY Leeds City Council'],
    ['Jane Smith is the mother of Tom Smith.', 'Jane Smith FAMILY_OF Tom Smith'],
    ['Tom Smith’s mother, Jane Smith, spoke.', 'Jane Smith FAMILY_OF Tom Smith'],
    ['Jane Smith, now at the NSPCC, said so.', 'Jane Smith WORKS_FOR NSPCC'],
    ['Jane Smith took over as chief executive of the NSPCC in May.', 'Jane Smith LEADS NSPCC'],
    ['Jane Smith became director of children’s services at Leeds council.', 'Jane Smith WORKS_FOR Leeds City Council'],
    [
      'Jane Smith, Leeds council’s former director of children’s services, spoke.',
      'Jane Smith WORKS_FOR Leeds City Council',
    ],
  ];
  it.each(cases)('%s', (sentence, relation) => {
    expect(news(sentence)).toEqual([relation]);
  });

  it('reads "X of Y said" and "Y’s X" as working for Y, but not any "of" or "from" between two names', () => {
    expect(news('Jane Smith of the NSPCC said the plan was wrong.')).toContain('Jane Smith WORKS_FOR NSPCC');
    expect(news('Ofsted’s Jane Smith said the plan was wrong.')).toContain('Jane Smith WORKS_FOR Ofsted');
    expect(news('A letter from Jane Smith to the NSPCC arrived.')).toEqual([]);
  });

  it('does not take the child at the end of "the death of X" for the subject of what follows', () => {
    const r = news('The review into the death of Star Hobson criticised Bradford council.');
    expect(r.filter((x) => x.includes('CRITICISES'))).toEqual([]);
  });

  it('does not read a passive agent as the object ("was backed by X" is X backing)', () => {
    expect(news('Jane Smith was backed by the NSPCC.')).toEqual(['NSPCC SUPPORTS Jane Smith']);
  });
});

describe('heads of a function and heads of a body', () => {
  it('makes the head of a function at a body someone who works for it, not its leader', () => {
    expect(news('Priya Nair, head of research at the NSPCC, said the figures were alarming.')).toEqual([
      'Priya Nair WORKS_FOR NSPCC',
    ]);
    expect(news('Priya Nair, the NSPCC’s head of communications, said so.')).toEqual(['Priya Nair WORKS_FOR NSPCC']);
  });

  it('keeps the head or chief executive of the body itself as its leader', () => {
    expect(news('Priya Nair, head of the NSPCC, said the figures were alarming.')).toEqual(['Priya Nair LEADS NSPCC']);
    expect(news('Priya Nair, chief executive of Barnardo’s, said so.')).toEqual(["Priya Nair LEADS Barnardo's"]);
  });
});

describe('bodies a commentator calls theirs', () => {
  it('makes the author a member of the union or professional body they call "my" or "our"', () => {
    expect(thread('Our trade union (Unison) has said nothing.', 'Fine.')).toContain('Mark MEMBER_OF Unison');
    expect(thread('Fine.', 'I wrote to my union, Unison, twice.')).toContain('kim simpson MEMBER_OF Unison');
  });

  it('does not make a member of a body that is only named near "our" or "my"', () => {
    expect(thread('Our team wrote to Unison twice.', 'My view is that Unison failed.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/MEMBER_OF/)]),
    );
  });
});
