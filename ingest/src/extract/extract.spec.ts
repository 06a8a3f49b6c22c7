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
      'Report\n\nThe council’s plans were criticised. Ofsted’s inspectors visited Solihull Metropolitan Borough Council and the CQC.\n',
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
      'Thread\n\nThe Care Review Watch Alliance warned us. CRWA said more. The #carereview is late, says @CommunityCare today.\n',
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

  it('does not take sentence-initial capitals, generic roles or shouting for names', () => {
    const { g } = run(
      'Comments\n\nStrange how this works. Social Workers and Children’s Services are NOT the problem. Local Authority budgets fell.\n',
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
    'News\n\nThe review was announced by Ofsted.\n\n“Ofsted has failed children in Solihull for years,” said Annie Hudson.\n\nNadhim Zahawi said: “I have every faith in Ofsted and the review panel.”\n\nHe added: “Ofsted will be robust and thorough in this work.”\n';

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

  it('attributes commentators’ sentences to the commentator as written', () => {
    const thread =
      'Story\n\nBody text.\n\n2 Responses to Story\n\n  1. Mark December 7, 2021 at 2:43 pm #\n\n    Ofsted got this badly wrong.\n\n  2. kim simpson December 7, 2021 at 2:44 pm #\n\n    Ofsted were right.\n';
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
      'Thread\n\nA home owned by Radical Services Ltd, a subsidiary of Ardenton Capital, closed. Social Work News is owned by Sanctuary Personnel. The panel is led by its chair, Annie Hudson. Annie Hudson, former director of children’s services at Lambeth council, spoke.\n',
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
