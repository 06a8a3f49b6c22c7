// Sides taken in a comment thread and in a writer's own words, on invented text.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';
import { sidesTaken } from './taking-sides.js';

const SIDES = new Set(['SUPPORTS', 'PRAISES', 'OPPOSES', 'CRITICISES']);

/** "subject PREDICATE object" for every side-taking relation of a document. */
function sides(text: string): string[] {
  const parsed = parseSourceText('t.txt', text);
  const g = resolveDocument(parsed, extract(parsed));
  const name = new Map(g.entities.map((e) => [e.id, e.name]));
  return g.relations
    .filter((r) => SIDES.has(r.predicate))
    .map((r) => `${name.get(r.subject) ?? '?'} ${r.predicate} ${name.get(r.object) ?? '?'}`);
}

const ARTICLE =
  'Why foster carers walk away\nBy Priya Natarajan\n\nFoster carers tell me the same story in every county I ' +
  'visit. The allowances have not risen in years.\n\n';

/** A comment thread under the article: top-level comments, each with its replies indented under it. */
function thread(...comments: { by: string; says: string; replies?: { by: string; says: string }[] }[]): string {
  let out = `${ARTICLE}${comments.length} Responses to Why foster carers walk away\n\n`;
  comments.forEach((c, i) => {
    out += `  ${i + 1}. ${c.by} March ${i + 3}, 2022 at 9:15 am #\n\n    ${c.says}\n\n`;
    for (const r of c.replies ?? [])
      out += `      – ${r.by} March ${i + 3}, 2022 at 10:02 am #\n\n        ${r.says}\n\n`;
  });
  return out;
}

const TOMASZ = { by: 'Thomas Wrona', says: 'Managers are the real problem here, not ministers.' };

describe('sides taken with the person a comment addresses', () => {
  it('reads pushing back, agreement and praise from the words said to the person named', () => {
    const found = sides(
      thread(
        {
          ...TOMASZ,
          replies: [
            { by: 'Beatrix Holm', says: 'Come on Thomas, who do you think sets the budgets?' },
            { by: 'Olek Brandt', says: 'Totally agree Thomas. My own team lost three carers last year.' },
            { by: 'Signe Dahl', says: 'Thomas – with respect, the figures point the other way.' },
          ],
        },
        { by: 'Helen Frost', says: 'Well done Priya for saying what so many of us think.' },
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Beatrix Holm OPPOSES Thomas Wrona',
        'Olek Brandt SUPPORTS Thomas Wrona',
        'Signe Dahl OPPOSES Thomas Wrona',
        'Helen Frost PRAISES Priya Natarajan',
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('never reads agreement as opposition, and reads a refusal to agree as opposition', () => {
    const found = sides(
      thread({
        ...TOMASZ,
        replies: [
          { by: 'Beatrix Holm', says: 'Thomas, I could not agree with you more.' },
          { by: 'Olek Brandt', says: 'I don’t agree with Thomas at all.' },
        ],
      }),
    );
    expect(found.sort()).toEqual(['Beatrix Holm SUPPORTS Thomas Wrona', 'Olek Brandt OPPOSES Thomas Wrona']);
  });

  it('reads a denial said to someone as pushing back, unless the words are warm or praise them', () => {
    const found = sides(
      thread({
        ...TOMASZ,
        replies: [
          { by: 'Beatrix Holm', says: 'Thomas, I have managed teams for years. I have never treated my staff badly.' },
          { by: 'Olek Brandt', says: 'Thanks Thomas, I never knew that.' },
          { by: 'Signe Dahl', says: 'Well done Thomas, I have never read a clearer comment here.' },
        ],
      }),
    );
    expect(found.sort()).toEqual(['Beatrix Holm OPPOSES Thomas Wrona', 'Signe Dahl PRAISES Thomas Wrona']);
  });

  it('takes a side where a phrase governs the name, whoever is addressed', () => {
    const found = sides(
      thread(TOMASZ, { by: 'Olek Brandt', says: 'Having read the thread, I think it is exactly as Thomas says.' }),
    );
    expect(found).toEqual(['Olek Brandt SUPPORTS Thomas Wrona']);
  });

  it('takes a given name alone for a commentator, not a first word that is no given name', () => {
    const found = sides(
      thread(
        { by: 'Concerned Grandparent', says: 'Nobody visited the family for months.' },
        { by: 'Ruth Abara', says: 'Concerned, I agree. Nobody listens.' },
        { by: 'Owen Pryce', says: 'Ruth, I agree with every word.' },
      ),
    );
    expect(found).toEqual(['Owen Pryce SUPPORTS Ruth Abara']);
  });

  it('reads "@Name" as an address wherever it stands', () => {
    const found = sides(
      thread(
        TOMASZ,
        { by: 'Owen Pryce', says: '@Thomas Wrona spot on, the managers never listen.' },
        { by: 'Grace Obi', says: 'Sadly @Thomas with respect, managers have budgets too.' },
      ),
    );
    expect(found.sort()).toEqual(['Grace Obi OPPOSES Thomas Wrona', 'Owen Pryce SUPPORTS Thomas Wrona']);
  });

  it('reads an order right after the name of the person addressed as pushing back', () => {
    const found = sides(thread(TOMASZ, { by: 'Ines Laborde', says: 'Thomas: stop blaming the managers.' }));
    expect(found).toEqual(['Ines Laborde OPPOSES Thomas Wrona']);
  });

  it('takes no side for a reply that names no one, a name only mentioned, thanks, or praise of an article', () => {
    const found = sides(
      thread(
        {
          ...TOMASZ,
          replies: [
            { by: 'Olek Brandt', says: 'I agree with everything you said.' },
            { by: 'Beatrix Holm', says: 'I spoke to Thomas about it yesterday. Thanks Thomas, that is useful.' },
          ],
        },
        { by: 'Ines Laborde', says: 'Excellent article Priya. I agree with this article.' },
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('judgements whose target is the name', () => {
  it('praises the person a description judges and criticises the body said to be at fault', () => {
    const found = sides(
      thread({
        by: 'Helen Frost',
        says:
          'Having trained alongside Priya Natarajan, her care for families makes her an outstanding ' +
          'practitioner. Kent County Council let those carers down.',
      }),
    );
    expect(found.sort()).toEqual(['Helen Frost CRITICISES Kent County Council', 'Helen Frost PRAISES Priya Natarajan']);
  });

  it('reads "you" in a top-level comment as the article’s writer, and takes no side on a negated fault', () => {
    const found = sides(
      thread({ by: 'Hamid Qureshi', says: 'I applaud you for writing this. Kent County Council is not to blame.' }),
    );
    expect(found).toEqual(['Hamid Qureshi PRAISES Priya Natarajan']);
  });

  it('takes a conditional "you" for anyone, not the writer', () => {
    const found = sides(
      thread({ by: 'Hamid Qureshi', says: 'If you are a good social worker, nobody in management notices.' }),
    );
    expect(found).toEqual([]);
  });

  it('spreads no fault over several subjects found at fault together', () => {
    const found = sides(
      thread({ by: 'Hamid Qureshi', says: 'Kent County Council and the NSPCC have failed these children.' }),
    );
    expect(found).toEqual([]);
  });

  it('finds fault with a body that shares its subject only with people the text does not name', () => {
    const shared = sides(
      thread({ by: 'Hamid Qureshi', says: 'Sadly Kent County Council and the wider public fail to see the strain.' }),
    );
    expect(shared).toEqual(['Hamid Qureshi CRITICISES Kent County Council']);
    const named = sides(
      thread({ by: 'Hamid Qureshi', says: 'Sadly the public and Kent County Council and the NSPCC fail to see it.' }),
    );
    expect(named).toEqual([]);
  });

  it('finds fault with a body said to ignore, overlook or not acknowledge what it should see', () => {
    const found = sides(
      thread(
        { by: 'Hamid Qureshi', says: 'Surrey County Council is overlooking the carers it already has.' },
        { by: 'Lena Voss', says: 'Kent County Council does not acknowledge the waiting lists.' },
      ),
    );
    expect(found.sort()).toEqual([
      'Hamid Qureshi CRITICISES Surrey County Council',
      'Lena Voss CRITICISES Kent County Council',
    ]);
    const bracketed = sides(
      thread({ by: 'Lena Voss', says: 'Our local carers’ charity (Barnardo’s) does not acknowledge the problem.' }),
    );
    expect(bracketed).toEqual(["Lena Voss CRITICISES Barnardo's"]);
    const wronged = sides(thread({ by: 'Lena Voss', says: 'Kent County Council was ignored by everyone for years.' }));
    expect(wronged).toEqual([]);
  });

  it('finds fault with a body that means to shift the blame, scare quotes and all', () => {
    const found = sides(
      thread({ by: 'Lena Voss', says: 'Kent County Council continues to put the “blame” on foster carers.' }),
    );
    expect(found).toEqual(['Lena Voss CRITICISES Kent County Council']);
    const refused = sides(
      thread({ by: 'Lena Voss', says: 'Kent County Council does not want to shift the blame onto carers.' }),
    );
    expect(refused).toEqual([]);
  });

  it('praises the body a wish takes as its model, and not one merely compared', () => {
    const wished = sides(thread({ by: 'Lena Voss', says: 'Oh to have a champion like the NSPCC in every town.' }));
    expect(wished).toEqual(['Lena Voss PRAISES NSPCC']);
    const compared = sides(thread({ by: 'Lena Voss', says: 'We have waiting lists like the NSPCC does, sadly.' }));
    expect(compared).toEqual([]);
  });

  it('criticises a body whose telling the speaker waves away, and not one whose help they want', () => {
    const waved = sides(thread({ by: 'Lena Voss', says: 'We do not need the NSPCC to remind us of that.' }));
    expect(waved).toEqual(['Lena Voss CRITICISES NSPCC']);
    const wanted = sides(thread({ by: 'Lena Voss', says: 'We need the NSPCC to remind us of that every year.' }));
    expect(wanted).toEqual([]);
  });

  it('takes no side against a body said to have been failed or let down', () => {
    const found = sides(
      thread({
        by: 'Hamid Qureshi',
        says: 'Kent County Council was failed by years of cuts. Surrey County Council has been let down too.',
      }),
    );
    expect(found).toEqual([]);
  });

  it('never makes a child the target', () => {
    const found = sides(
      thread({
        by: 'Hamid Qureshi',
        says: 'The Daniel Okafor case still haunts me. Daniel Okafor was a wonderful boy.',
      }),
    );
    expect(found).toEqual([]);
  });

  it('gives the writer of an opinion piece the judgements of their own sentences, not a news report’s', () => {
    const opinion = 'Recruitment falls again\nBy Priya Natarajan\n\nKent County Council is to blame, in my view.\n';
    expect(sides(opinion)).toEqual(['Priya Natarajan CRITICISES Kent County Council']);
    const news =
      'Recruitment falls again\nBy Priya Natarajan\n\nKent County Council has failed to recruit enough carers, ' +
      'figures show. A spokesman said the council was working hard. The minister said more money would ' +
      'come. A charity said carers were leaving.\n';
    expect(sides(news)).toEqual([]);
  });
});

describe('sides taken by the people an article reports', () => {
  const news =
    'Council criticised over foster care\n\nSarah Kowalczyk said Kent County Council had failed to protect the ' +
    'children in its care. Ruth Abara described Surrey County Council as reckless. A statement from Essex ' +
    'County Council said the minister “agrees with Ruth Abara’s proposals”. Ruth Abara, chief executive of ' +
    "Barnardo's, said Barnardo's had failed to reach enough families. The minister said the review would report " +
    'in May.\n';

  it('gives a reported speaker the fault they find, and a describer the judgement of their description', () => {
    const found = sides(news);
    expect(found).toEqual(
      expect.arrayContaining([
        'Sarah Kowalczyk CRITICISES Kent County Council',
        'Ruth Abara CRITICISES Surrey County Council',
      ]),
    );
    // The claim's own stance finds the first one too: a side taken is recorded once.
    expect(found.filter((r) => r === 'Sarah Kowalczyk CRITICISES Kent County Council')).toHaveLength(1);
  });

  it('reads the common forms of finding fault in reported speech', () => {
    const found = sides(
      'Homes closed\n\nRuth Abara said Surrey County Council was wrong to close the home. Sarah Kowalczyk said ' +
        'Kent County Council had questions to answer. The minister said the rules would change. A charity ' +
        'said families were waiting.\n',
    );
    expect(found.sort()).toEqual([
      'Ruth Abara CRITICISES Surrey County Council',
      'Sarah Kowalczyk CRITICISES Kent County Council',
    ]);
  });

  it('gives agreement to its own subject, not to the body whose statement reports it, nor a speaker’s own body', () => {
    const found = sides(news);
    expect(found.filter((r) => r.startsWith('Essex County Council'))).toEqual([]);
    expect(found).not.toContain("Ruth Abara CRITICISES Barnardo's");
  });
});

describe('sides taken follow the claims’ speakers', () => {
  it('gives a claim’s judgement to whoever the claim is given to (the deep engine names more speakers)', () => {
    const text =
      'Care inquiry\n\nAfter months of hearings, and in the words of Ruth Abara, Kent County Council failed to ' +
      'protect the children. A spokesman said the council had improved. The minister said the rules would ' +
      'change. A charity said families were waiting.\n';
    const parsed = parseSourceText('t.txt', text);
    const ex = extract(parsed);
    const sentence = ex.claims.find((c) => text.slice(c.span.start, c.span.end).startsWith('After months'));
    const ruth = ex.mentions.find((m) => m.canonical === 'Ruth Abara');
    expect(sentence && ruth).toBeTruthy();
    const found = { doc: parsed, sentences: ex.sentences, mentions: ex.mentions, references: [] };
    const target = (rs: { object: { start: number } }[]) =>
      rs.map((r) => text.slice(r.object.start).split(' failed')[0]);
    const byRuth = ex.claims.map((c) => (c === sentence ? { ...c, speaker: { mention: ruth! } } : c));
    expect(target(sidesTaken(found, byRuth, []))).toEqual(['Kent County Council']);
    const byWriter = ex.claims.map((c) => (c === sentence ? { ...c, speaker: { name: 'Author of t.txt' } } : c));
    expect(sidesTaken(found, byWriter, [])).toEqual([]);
  });
});

describe('feelings about a party', () => {
  it('gives the speaker’s disappointment or gratitude, not someone else’s, as a side', () => {
    const found = sides(
      'Council criticised over foster care\n\nSarah Kowalczyk said she was deeply disappointed with Kent ' +
        'County Council. Ruth Abara said the families were unhappy with Surrey County Council. The minister ' +
        'said the rules would change. A charity said families were waiting.\n',
    );
    expect(found).toEqual(['Sarah Kowalczyk CRITICISES Kent County Council']);
  });

  it('reads a commentator’s own feeling, and not a negated one', () => {
    const found = sides(
      thread({
        by: 'Owen Pryce',
        says: 'I am grateful to Barnardo’s for the help. I am not disappointed with Kent County Council.',
      }),
    );
    expect(found).toEqual(["Owen Pryce PRAISES Barnardo's"]);
  });
});
