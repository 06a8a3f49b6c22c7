// Each extraction stage on the tricky cases writing about children's social care contains.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../parse/index.js';
import { resolveDocument } from '../resolve/index.js';
import { extract } from './index.js';
import { stanceOf } from './claims/stance.js';
import { findQuotes } from './claims/quotes.js';
import { splitSentences } from './sentences.js';

const run = (text: string) => {
  const parsed = parseSourceText('t.txt', text);
  const ex = extract(parsed);
  return { parsed, ex, g: resolveDocument(parsed, ex) };
};
const entity = (g: ReturnType<typeof run>['g'], name: string) => g.entities.find((e) => e.name === name);

describe('entities', () => {
  it('finds councils, regulators and acronyms from the curated data, with possessives and curly apostrophes', () => {
    const { g } = run(
      'Report\n\nThe council’s plans were criticised. Ofsted’s inspectors visited Solihull Metropolitan Borough ' +
        'Council and the CQC.\n',
    );
    expect(entity(g, 'Ofsted')?.mentions.map((m) => m.text)).toEqual(['Ofsted']);
    expect(entity(g, 'Solihull Metropolitan Borough Council')?.kind).toBe('local_authority');
    expect(entity(g, 'Care Quality Commission')?.aliases).toContain('CQC');
  });

  it('turns "X council" into the council and a bare place name into a place', () => {
    const { g } = run('News\n\nShe worked at Lambeth council for years. Later she moved to Lambeth with her family.\n');
    expect(entity(g, 'London Borough of Lambeth')?.type).toBe('Organisation');
    expect(entity(g, 'Lambeth')?.type).toBe('Place');
  });

  it('resolves surnames and first names used alone to the full name, across non-breaking spaces', () => {
    const { g } = run(
      'News\n\nEducation secretary Nadhim\u00a0Zahawi spoke. Later Zahawi said more, and Nadhim agreed with himself.\n',
    );
    const z = g.entities.find((e) => e.id === 'person:nadhim-zahawi')!;
    expect(z.kind).toBe('politician');
    expect(z.mentions).toHaveLength(3);
    expect(z.aliases).toEqual(expect.arrayContaining(['Zahawi', 'Nadhim']));
  });

  it('links an acronym defined in the text, hashtags and handles to what they name', () => {
    const { g } = run(
      'Thread\n\nThe Care Review Watch Alliance warned us. CRWA said more. The #carereview is late, says ' +
        '@CommunityCare today.\n',
    );
    expect(entity(g, 'Care Review Watch Alliance')?.aliases).toContain('CRWA');
    expect(entity(g, "Independent Review of Children's Social Care")?.aliases).toContain('#carereview');
    expect(entity(g, 'Community Care')?.aliases).toContain('@CommunityCare');
  });

  it('knows pseudonyms of famous cases and names a child’s case after the child', () => {
    const { g } = run(
      'Opinion\n\nShe cited Peter Connelly (also known as ‘Baby P’). The murder of Star Hobson shocked Bradford.\n',
    );
    expect(entity(g, 'Peter Connelly case')?.aliases).toContain('Baby P');
    expect(entity(g, 'Star Hobson case')).toBeDefined();
    expect(entity(g, 'Star Hobson')?.kind).toBe('child');
  });

  it('reads acts and sections, resolving "the Act" sections to the act the text names', () => {
    const { g } = run('Blog\n\nSection 17 of the 1989 Children Act matters. Under s17 and section 47 councils act.\n');
    const s17 = entity(g, 'section 17 of the Children Act 1989')!;
    expect(s17.aliases).toEqual(expect.arrayContaining(['s17']));
    expect(entity(g, 'section 47 of the Children Act 1989')).toBeDefined();
    expect(
      g.relations.some(
        (r) => r.subject === s17.id && r.predicate === 'PART_OF' && r.object === 'legislation:children-act-1989',
      ),
    ).toBe(true);
  });

  it('reads numbered parts of an act, in words or figures, and what sits in them', () => {
    const { g } = run(
      'Blog\n\nThe Children Act 1989 matters. Section 17 sits in part three of the Act; see Part 5 of the Act.\n',
    );
    const p3 = entity(g, 'Part 3 of the Children Act 1989')!;
    expect(entity(g, 'Part 5 of the Children Act 1989')?.type).toBe('Legislation');
    const rel = (s: string, o: string) =>
      g.relations.some((r) => r.subject === s && r.predicate === 'PART_OF' && r.object === o);
    expect(rel('legislation:section-17-of-the-children-act-1989', p3.id)).toBe(true);
    expect(rel(p3.id, 'legislation:children-act-1989')).toBe(true);
    expect(run('Blog\n\nThat is part of the Children Act 1989.\n').g.entities.map((e) => e.name)).toEqual([
      'Children Act 1989',
    ]);
  });

  it('takes the year after a piece of guidance into its name, as for an act', () => {
    const { g } = run('Blog\n\nThe rules are in Working Together to Safeguard Children 2018 and nowhere else.\n');
    expect(entity(g, 'Working Together to Safeguard Children 2018')?.type).toBe('Legislation');
  });

  it('takes a sentence-initial name with a role in apposition for a person', () => {
    const { g } = run('News\n\nIt rained. Temi Mwale, director of a youth project, spoke to reporters.\n');
    expect(entity(g, 'Temi Mwale')?.type).toBe('Person');
  });

  it('does not take sentence-initial capitals, generic roles or shouting for names', () => {
    const { g } = run(
      'Comments\n\nStrange how this works. Social Workers and Children’s Services are NOT the problem. Local ' +
        'Authority budgets fell.\n',
    );
    expect(g.entities.filter((e) => e.type !== 'Place')).toEqual([]);
  });
});

describe('sentences and quotes', () => {
  it('does not split after Mr or initials', () => {
    const p = parseSourceText('t.txt', 'Title\n\nMr Speaker, I agree. J. Smith left. Done!\n');
    expect(splitSentences(p).map((s) => p.text.slice(s.start, s.end))).toEqual([
      'Title',
      'Mr Speaker, I agree.',
      'J. Smith left.',
      'Done!',
    ]);
  });

  it('reads a line wrapped at a fixed width as one sentence, but keeps lines that end or start one apart', () => {
    const p = parseSourceText(
      't.txt',
      'Heading of the report\n\nThe council said that the\nInspectorate had visited twice, and\nfound the ' +
        'service wanting. Staff\nleft in numbers.\nA list\n- first item\nNew line, new sentence\nHere.\n',
    );
    expect(splitSentences(p).map((s) => p.text.slice(s.start, s.end))).toEqual([
      'Heading of the report',
      'The council said that the\nInspectorate had visited twice, and\nfound the service wanting.',
      'Staff\nleft in numbers.',
      'A list',
      '- first item',
      'New line, new sentence',
      'Here.',
    ]);
  });

  it('follows a quote over paragraphs that reopen with a quote mark, with nested single quotes', () => {
    const text = 'X said: “First part with ‘inner’ words.\n\n“Second part ends here.” Then more.';
    const q = findQuotes(text, { start: 0, end: text.length });
    expect(text.slice(q[0]!.span.start, q[0]!.span.end)).toBe(
      '“First part with ‘inner’ words.\n\n“Second part ends here.”',
    );
  });
});

describe('claims', () => {
  const article =
    'News\n\nThe review was announced by Ofsted.\n\n“Ofsted has failed children in Solihull for years,” said ' +
    'Annie Hudson.\n\nNadhim Zahawi said: “I have every faith in Ofsted and the review panel.”\n\nHe added: ' +
    '“Ofsted will be robust and thorough in this work.”\n';

  it('gives a quote to the person quoted, before or after it, or through a pronoun', () => {
    const { g } = run(article);
    const byText = (t: string) => g.claims.find((c) => c.text.includes(t))!;
    expect(byText('failed children').speaker).toBe('person:annie-hudson');
    expect(byText('every faith').speaker).toBe('person:nadhim-zahawi');
    expect(byText('robust and thorough').speaker).toBe('person:nadhim-zahawi');
    expect(byText('failed children').about).toContain('organisation:ofsted');
    expect(byText('failed children').stance).toBe('critical');
    expect(byText('every faith').stance).toBe('supportive');
  });

  it('takes a comment statement naming no one as about the comment it answers', () => {
    const thread =
      'Story\n\nBody text.\n\n2 Responses to Story\n\n  1. Mark December 7, 2021 at 2:43 pm #\n\n    Ofsted got ' +
      'this badly wrong.\n\n' +
      '    • kim simpson December 7, 2021 at 2:44 pm #\n\n      I have worked in this field for twenty years now.\n';
    const { g } = run(thread);
    const c = g.claims.find((x) => x.text.startsWith('I have worked'));
    expect(c).toMatchObject({ speaker: 'kim simpson', stance: 'neutral' });
    expect(c?.about.map((id) => g.entities.find((e) => e.id === id)?.name)).toEqual(['Mark']);
  });

  it('attributes commentators’ sentences to the commentator as written', () => {
    const thread =
      'Story\n\nBody text.\n\n2 Responses to Story\n\n  1. Mark December 7, 2021 at 2:43 pm #\n\n    Ofsted got ' +
      'this badly wrong.\n\n  2. kim simpson December 7, 2021 at 2:44 pm #\n\n    Ofsted were right.\n';
    const { g } = run(thread);
    expect(g.claims.map((c) => [c.speaker, c.stance])).toEqual([
      ['Mark', 'critical'],
      ['kim simpson', 'supportive'],
    ]);
  });
});

describe('stance', () => {
  it.each([
    ['That is not a good look for a social worker.', 'critical'],
    ['No professional should experience abuse.', 'neutral'],
    ['The report was damning.', 'critical'],
    ['We welcome and praise the plan.', 'supportive'],
    ['The plan is not only robust but thorough.', 'supportive'],
    ['The meeting is on Monday.', 'neutral'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });
});

describe('relations', () => {
  it('reads appositions, ownership, leadership and employment with their evidence', () => {
    const { g } = run(
      'Thread\n\nA home owned by Radical Services Ltd, a subsidiary of Ardenton Capital, closed. Social Work News ' +
        'is owned by Sanctuary Personnel. The panel is led by its chair, Annie Hudson. Annie Hudson, former ' +
        'director of children’s services at Lambeth council, spoke.\n',
    );
    const rel = (p: string) =>
      g.relations
        .filter((r) => r.predicate === p)
        .map((r) => `${r.subject} ${r.object}${r.qualifier ? ` (${r.qualifier})` : ''}`);
    expect(rel('SUBSIDIARY_OF')).toEqual(['organisation:radical-services-ltd organisation:ardenton-capital']);
    expect(rel('OWNS')).toEqual(['organisation:sanctuary-personnel organisation:social-work-news']);
    expect(rel('WORKS_FOR')).toEqual([
      'person:annie-hudson organisation:london-borough-of-lambeth (former director of children’s services)',
    ]);
    for (const r of g.relations) for (const e of r.evidence) expect(g.text.slice(e.start, e.end)).toBe(e.quote);
  });
});

describe('relation patterns from data', () => {
  const rels = (text: string) => {
    const { g } = run(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
  };

  it('reads an object relative the right way round: "X which Y inspects" is Y inspecting X', () => {
    const r = rels('The report criticised the Home Office which Ofsted inspects.');
    expect(r).not.toContain('Ofsted PARTNERED_WITH Home Office');
    expect(r).not.toContain('Home Office PARTNERED_WITH Ofsted');
    expect(r).toContain('Ofsted INSPECTED Home Office');
  });

  it('matches a trigger verb in any inflection, active or passive', () => {
    expect(rels('Ofsted criticises Barnardo’s.')).toContain("Ofsted CRITICISES Barnardo's");
    expect(rels('Barnardo’s was criticised by Ofsted.')).toContain("Ofsted CRITICISES Barnardo's");
  });

  it('reads hitting back at a body as criticising it, and hitting back alongside it as nothing', () => {
    expect(rels('Ofsted hit back at Barnardo’s over the figures.')).toContain("Ofsted CRITICISES Barnardo's");
    expect(rels('Ofsted hit back, and Barnardo’s agreed.')).not.toContain("Ofsted CRITICISES Barnardo's");
  });

  it('reads roles before and after a name, leading roles as LEADS', () => {
    expect(rels('Jane Smith, deputy chief executive of the NSPCC, spoke.')).toContain('Jane Smith WORKS_FOR NSPCC');
    expect(rels('NSPCC chief executive Jane Smith spoke.')).toContain('Jane Smith LEADS NSPCC');
  });

  it('takes a place named for its council as the council when the text names it, else keeps the place', () => {
    const r = rels('Doncaster council has failed. Doncaster’s elected mayor Ros Jones disagreed.');
    expect(r).toContain('Ros Jones LEADS City of Doncaster Council');
    expect(rels('Doncaster’s elected mayor Ros Jones disagreed.')).toEqual(['Ros Jones LEADS Doncaster']);
  });

  it('applies a pattern again to the next name after "and"', () => {
    const r = rels('Daniel Brown died in 2012. His mother Jane Smith and stepfather John Green were jailed.');
    expect(r).toEqual(
      expect.arrayContaining(['Jane Smith FAMILY_OF Daniel Brown', 'John Green FAMILY_OF Daniel Brown']),
    );
  });

  it('reads through a description to the entity it refers to', () => {
    const r = rels('Kent County Council has been told to improve. Ofsted inspected the council in May.');
    expect(r).toContain('Ofsted INSPECTED Kent County Council');
  });
});

describe('reported speech', () => {
  const claims = (text: string) => {
    const { g } = run(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
    return g.claims.map((c) => [name(c.speaker), c.text]);
  };

  it('gives a sentence to the subject of its reporting verb, past an apposition', () => {
    expect(
      claims('Jane Smith, chief executive of the NSPCC, warned that Kent County Council was failing children.'),
    ).toEqual([['Jane Smith', expect.stringContaining('warned that')]]);
  });

  it('reads "according to X" and a pronoun or description as the speaker', () => {
    const c = claims(
      'Spending on care rose by a third in Kent, according to the NSPCC. Kent County Council spoke first. ' +
        'The council said Ofsted had misread its figures. Jane Smith met Ofsted. She argues that Ofsted was wrong.',
    );
    expect(c).toEqual(
      expect.arrayContaining([
        ['NSPCC', expect.stringContaining('according to')],
        ['Kent County Council', expect.stringContaining('misread')],
        ['Jane Smith', expect.stringContaining('She argues')],
      ]),
    );
  });
});

describe('pronouns that agree', () => {
  const claims = (text: string) => {
    const { g } = run(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
    return g.claims.map((c) => [name(c.speaker), c.text]);
  };

  it('gives "He said:" to the man named before, not to the woman named last', () => {
    const c = claims(
      'Mr Tom Baker visited the home with police. Mr Baker said his client’s mother Jane Smith seemed upset.\n\n' +
        'He said: "The family looked settled and Kent County Council had no concerns about them."',
    );
    expect(c).toContainEqual(['Tom Baker', expect.stringContaining('looked settled')]);
  });

  it('gives a verb joined by "and" to the subject that opens the sentence', () => {
    const c = claims(
      'Mr Tom Baker visited the home. He had never met Jane Smith and said Kent County Council had missed the signs.',
    );
    expect(c).toContainEqual(['Tom Baker', expect.stringContaining('and said')]);
  });

  it('does not carry a subject past a clause boundary', () => {
    const c = claims('Tom Baker visited the home, where Jane Smith lived and said Kent County Council had erred.');
    expect(c.filter(([speaker]) => speaker === 'Tom Baker')).toEqual([]);
  });
});

describe('stance relations', () => {
  const rels = (text: string) => {
    const { g } = run(`News\n\n${text}\n`);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
  };

  it('a reported speaker who takes a side about one body criticises or supports it', () => {
    expect(rels('Jane Smith said Ofsted had failed children badly.')).toContain('Jane Smith CRITICISES Ofsted');
  });

  it('does not make a speaker criticise the body the same sentence says they work for', () => {
    const r = rels('Jane Smith, deputy director of the Northern Care Confederation, said the plan had failed badly.');
    expect(r).toEqual(['Jane Smith WORKS_FOR Northern Care Confederation']);
  });

  it('takes the target from the claim itself, not from the sentence before', () => {
    const r = rels('Jane Smith met Ofsted on Monday. She said the plan had failed children badly.');
    expect(r.filter((x) => x.startsWith('Jane Smith'))).toEqual([]);
  });

  it('spreads no stance over several targets, and never makes a child its target', () => {
    expect(rels('Jane Smith said Ofsted and the NSPCC had failed children badly.')).toEqual([]);
    const child = 'The murder of Star Hobson shocked Bradford. Jane Smith said the toddler had been failed terribly.';
    expect(rels(child)).toContain('Star Hobson VICTIM_IN Star Hobson case');
    expect(rels(child).filter((r) => r.startsWith('Jane Smith'))).toEqual([]);
  });

  it('never makes the child a case is named after the target, however the child is named', () => {
    const text = 'The Tom Baker case shocked Kent. Jane Smith said Tom Baker had suffered brutal abuse.';
    expect(rels(text).filter((r) => r.startsWith('Jane Smith'))).toEqual([]);
  });
});

describe('reported speech, limits', () => {
  const speakers = (text: string) => {
    const { g } = run(text);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
    return g.claims.map((c) => name(c.speaker));
  };

  it('reads a progressive "is calling for" but not a gerund "her writing is"', () => {
    expect(speakers('News\n\nJane Smith is calling for an inquiry into the NSPCC.\n')).toEqual(['Jane Smith']);
    const { g } = run('Blog\n\nJane Smith wrote it. Her writing is the best thing the NSPCC published.\n');
    // The unknown author is named after the title ("Blog"), not the file.
    expect(g.claims.find((c) => c.text.startsWith('Her writing'))?.speaker).toBe('Author of Blog');
  });

  it('a quote opening the paragraph after a reported statement continues that speaker', () => {
    const { g } = run(
      'News\n\nJane Smith said the NSPCC had been warned twice.\n\n“Nobody listened to the families at all, not ' +
        'once.”\n',
    );
    expect(g.claims.find((c) => c.text.startsWith('“Nobody'))?.speaker).toBe('person:jane-smith');
  });

  it('a judgement naming no one concerns the name just before it, and goes on reporting a speaker', () => {
    const { g } = run(
      'News\n\nJane Smith warned that the NSPCC had ignored the families. The failures were shocking and ' +
        'unacceptable.\n\n' +
        'Ofsted visited Kent County Council in May. I think this was a terrible and shameful mistake.\n',
    );
    const of = (t: string) => g.claims.find((c) => c.text.startsWith(t));
    expect(of('The failures')?.speaker).toBe('person:jane-smith');
    expect(of('I think')?.speaker).toBe('Author of News');
    expect(of('I think')?.about).toEqual(['organisation:kent-county-council']);
  });

  it('reads the agent of a passive reporting verb as the speaker: "a plan announced by X"', () => {
    const { g } = run('News\n\nFamilies will get more help under a national plan announced by the NSPCC.\n');
    expect(g.claims.map((c) => c.speaker)).toEqual(['organisation:nspcc']);
  });

  it('reads a possessive opinion noun as the speaker: "the NSPCC’s view is that …"', () => {
    const { g } = run('News\n\nThe NSPCC’s view is that the policy will cut costs for every family.\n');
    expect(g.claims.map((c) => c.speaker)).toEqual(['organisation:nspcc']);
  });

  it('a statement naming nothing else is still the reported speaker’s', () => {
    expect(speakers('News\n\nThe Local Government Association (LGA) said costs had risen by a third.\n')).toEqual([
      'Local Government Association',
    ]);
  });
});
