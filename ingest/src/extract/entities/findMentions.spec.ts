import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.js';
import { findMentions } from './index.js';
import { plainDoc } from './testdoc.js';

function mentions(text: string) {
  const doc = plainDoc(text);
  const found = findMentions(doc, splitSentences(doc));
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text); // evidence is exact
  return found;
}
const find = (text: string, surface: string) => mentions(text).find((m) => m.text === surface);
const typed = (text: string) => mentions(text).map((m) => `${m.type}:${m.canonical}`);

describe('findMentions: gazetteer', () => {
  it('reads possessives with curly apostrophes and names across non-breaking spaces', () => {
    const text = 'Critics said Ofsted’s report on Solihull\u00a0Council was late.';
    expect(find(text, 'Ofsted')).toMatchObject({ type: 'Organisation', kind: 'regulator' });
    expect(find(text, 'Solihull\u00a0Council')?.canonical).toBe('Solihull Metropolitan Borough Council');
  });

  it('lets a known name that starts inside another and reaches further win ("The Independent Review of …")', () => {
    const names = typed("The Independent Review of Children's Social Care said councils were failing.");
    expect(names).toContain("Review:Independent Review of Children's Social Care");
    expect(names).not.toContain('Organisation:The Independent');
    expect(typed('The Independent reported the figures.')).toContain('Organisation:The Independent');
  });

  it('turns places joined before "councils" into the councils', () => {
    const names = typed('Staff at Lambeth and Bristol councils agreed.');
    expect(names).toContain('Organisation:London Borough of Lambeth');
    expect(names).toContain('Organisation:Bristol City Council');
  });

  it('takes a GOV.UK acronym only where the body is named in full', () => {
    expect(typed('There have been several HOS and constant restructures.')).not.toContain(
      'Organisation:Housing Ombudsman',
    );
    expect(
      typed('The Housing Ombudsman ruled. Later the HOS said more.').filter(
        (t) => t === 'Organisation:Housing Ombudsman',
      ),
    ).toHaveLength(2);
  });

  it('does not take a name that is a common word when it opens a sentence', () => {
    expect(typed('Mind you, the plan failed.')).toEqual([]);
    expect(typed('She asked the charity Mind for help.')).toContain('Organisation:Mind');
  });

  it('finds hashtags and handles that spell a known body', () => {
    const names = typed('Read #CommunityCare and ask @NSPCC about the #carereview.');
    expect(names).toEqual(
      expect.arrayContaining([
        'Organisation:Community Care',
        'Organisation:NSPCC',
        "Review:Independent Review of Children's Social Care",
      ]),
    );
  });
});

describe('findMentions: names from rules', () => {
  it('finds people by given name, honorific and role, and their surnames used alone', () => {
    const text = 'The education secretary Priya Okafor spoke. Later Okafor said the panel erred. Mr Okafor left.';
    const ms = mentions(text).filter((m) => m.type === 'Person');
    expect(ms.map((m) => m.canonical)).toEqual(['Priya Okafor', 'Priya Okafor', 'Priya Okafor']);
    expect(ms[0]!.kind).toBe('politician');
  });

  it('takes a month as a surname after a given name', () => {
    expect(typed('Ministers under Teresa May agreed in May.')).toEqual(['Person:Teresa May']);
  });

  it('finds a lone given name after a word for a relation', () => {
    expect(typed('It was run by his colleague Tilly and others.')).toContain('Person:Tilly');
  });

  it('finds people joined to a named person', () => {
    expect(typed('A book by Anthony Quill and Vega Zagier Roberts appeared.')).toEqual([
      'Person:Anthony Quill',
      'Person:Vega Zagier Roberts',
    ]);
  });

  it('types a run from its context: a shared surname, speech, a head noun, an apposition', () => {
    const text =
      'The death of Asha Mbeki shocked many. Her mother, Verphy Mbeki, was charged. ' +
      'Inspectors closed the home at Larkspur Fold residential special school last week. ' +
      'A report into Over The Hill, the flagship foster care agency, followed. Over The Hill denied it. ' +
      'The claim was made, Quentin Zorbaz said.';
    const names = typed(text);
    expect(names).toEqual(
      expect.arrayContaining([
        'Person:Asha Mbeki',
        'Person:Verphy Mbeki',
        'Organisation:Larkspur Fold',
        'Organisation:Over The Hill',
        'Person:Quentin Zorbaz',
      ]),
    );
    expect(mentions(text).filter((m) => m.canonical === 'Over The Hill')).toHaveLength(2);
  });

  it('types organisations and events by their last word', () => {
    const names = typed(
      'He works for Brightside Fostering Ltd and hosts Social Work Radio with the Pride of Care Awards.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Organisation:Brightside Fostering Ltd',
        'Event:Social Work Radio',
        'Event:Pride of Care Awards',
      ]),
    );
  });
});

describe('findMentions: false positives', () => {
  it('skips sentence-initial capitals, days, months, generic roles and capitalised common phrases', () => {
    expect(
      typed(
        'Yesterday the Chief Executive met Social Workers on Monday. Children’s Services and the Local Authority ' +
          'agreed in June.',
      ),
    ).toEqual([]);
  });

  it('does not type a sentence opener glued to a surname as a person', () => {
    const names = typed('The minister Priya Okafor spoke. Later Okafor said more.');
    expect(names).not.toContain('Person:Later Okafor');
  });
});

describe('findMentions: legislation, reviews and cases', () => {
  it('reads acts, sections and "the Act", and gives a bare well-known section its act', () => {
    const names = typed(
      'Under section 20 of the Act, councils act. The 1989 Children Act says so. A s47 enquiry began.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Legislation:section 20 of the Children Act 1989',
        'Legislation:Children Act 1989',
        'Legislation:section 47 of the Children Act 1989',
      ]),
    );
  });

  it('names a review of a child’s case after the child', () => {
    const text =
      'The murder of Amos Fairweather-Kent shocked the country. The minister set out a national review into ' +
      'Amos’s case.';
    const names = typed(text);
    expect(names).toContain('Case:Amos Fairweather-Kent case');
    expect(names).toContain('Review:national review into the Amos Fairweather-Kent case');
  });

  it('reads pseudonyms that reports give children, and famous ones from the curated list', () => {
    expect(typed('The review of Child Q was published.')).toContain('Case:Child Q case');
    const text = 'The family of Peter Connelly (also known as ‘Baby P’) spoke.';
    expect(typed(text)).toContain('Case:Peter Connelly case');
  });
});
