import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stanceOf, stanceScore, stanceScoreIn } from './stance.js';

describe('stance of a statement', () => {
  it.each([
    // the vocabulary of taking a side
    ['The minister condemned the decision.', 'critical'],
    ['The union welcomed the new guidance.', 'supportive'],
    ['There are far too many agency workers in the region.', 'critical'],
    ['The council let the family down.', 'critical'],
    ['The new rules insult every foster carer in the country.', 'critical'],
    ['The home was placed in special measures last year.', 'critical'],
    ['Staff tried to cover up the injuries.', 'critical'],
    ['It is a tick-box exercise.', 'critical'],
    // words rated for valence (AFINN-165)
    ['The inspectors found the service chaotic.', 'critical'],
    ['Her evidence to the committee was excellent.', 'supportive'],
    // the field's subject matter is no judgement
    ['The boy died after months of neglect and abuse.', 'neutral'],
    ['The charity offers help and support to young carers.', 'neutral'],
    ['Her colleagues wrote letters to support her.', 'supportive'],
    ['Parents have a right to give or withhold consent.', 'neutral'],
    // … but the absence of what social care gives is one
    ['Families were given no support for months.', 'critical'],
    // a doubted belief turns what follows around; a belief not followed by what is believed does not
    ['I am not convinced that the council is to blame for the delays.', 'supportive'],
    ['I don’t think the minister failed anyone.', 'supportive'],
    ['I don’t think the review was excellent.', 'critical'],
    ['I don’t agree with the council’s decision.', 'critical'],
    ['I am not sure about the plan; it is a disaster.', 'critical'],
    ['The children were not safe in the home.', 'critical'],
    // negation
    ['That is not a good look for a social worker.', 'critical'],
    ['No professional should experience abuse.', 'neutral'],
    ['The ratings do not make sense to parents.', 'critical'],
    ['Complaints were never taken seriously.', 'critical'],
    ['You cannot blame the teachers for this.', 'supportive'],
    ['The plan is not only robust but effective.', 'supportive'],
    // a negator reaches only within its clause
    ['Nobody argued, and the result was good.', 'supportive'],
    // contrast: the clause after "but" is where the writer lands
    ['The plan has some strengths, but it is deeply flawed and unfair.', 'critical'],
    // praise in scare quotes is irony
    ['Years of so-called “progress” have left the service where it started.', 'critical'],
    ['The scheme’s ‘brilliant’ recruits left within two years.', 'critical'],
    ['The chief inspector called the report brilliant.', 'supportive'],
    // a grade in quote marks is the grade
    ['The home was rated “good” at its last inspection.', 'supportive'],
    // agreement is not criticism
    ['I could not agree more with the chief social worker.', 'supportive'],
    // a remedy for a wrong is good; failing to remedy it is not
    ['The new rules will help tackle unfair and abusive practices.', 'supportive'],
    ['The plan fails to stop unfair practices.', 'critical'],
    // praise after a word of criticism describes what is attacked
    ['The plan insults hard-working, dedicated and caring staff.', 'critical'],
    // the speaker's own act of taking a side weighs double
    ['Parts of the pilot failed, and I applaud the team for saying so.', 'supportive'],
    ['Parts of the pilot failed, and the report applauds the team for saying so.', 'neutral'],
    // a question put to someone challenges them
    ['Why did nobody at the agency read the file?', 'critical'],
    ['The meeting is on Monday.', 'neutral'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it('leaves out the words of names', () => {
    const text = 'The Great Ormond Street Hospital published its figures.';
    const name = { start: 4, end: text.indexOf(' published') };
    expect(stanceOf(text)).toBe('supportive');
    expect(stanceOf(text, [name])).toBe('neutral');
  });

  it('counts the words of taking a side apart from those that only colour a statement', () => {
    const text = 'She was in tears and appeared inconsolable.';
    expect(stanceScore(text)).toBeLessThan(0);
    expect(stanceScore(text, [], { cuesOnly: true })).toBe(0);
    expect(stanceScore('He criticised the council.', [], { cuesOnly: true })).toBeLessThan(0);
  });

  it('reads a stretch in place as it reads the same stretch cut out, names and scare quotes included', () => {
    const pieces = [
      'not', 'good', 'failed', 'welcome', 'welcomed', 'but', 'criticised', 'let', 'down', 'the', 'council',
      'don’t', "can't", 'well-run', 'insults', 'dedicated', 'I', 'applaud', 'tackle', 'unfair', 'so-called',
      '“progress”', '‘brilliant’', 'rated', '"good"', 'é', 'Ofsted', ' ', ' ', ', ', '. ', '; ', ' – ', '—', '’',
      "'", '-', '\n',
    ]; // prettier-ignore
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
    const case_ = text.chain((t) =>
      fc.record({
        text: fc.constant(t),
        span: fc
          .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }))
          .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
        names: fc.array(fc.tuple(fc.nat({ max: t.length }), fc.nat({ max: 12 })), { maxLength: 3 }),
        cuesOnly: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(case_, ({ text, span, names, cuesOnly }) => {
        const inside = names
          .map(([start, n]) => ({ start, end: Math.min(start + n, text.length) }))
          .filter((m) => m.start >= span.start && m.end <= span.end);
        const cut = text.slice(span.start, span.end);
        const relative = inside.map((m) => ({ start: m.start - span.start, end: m.end - span.start }));
        expect(stanceScoreIn(text, span, inside, { cuesOnly })).toBe(stanceScore(cut, relative, { cuesOnly }));
      }),
      { numRuns: 2000 },
    );
  });
});
