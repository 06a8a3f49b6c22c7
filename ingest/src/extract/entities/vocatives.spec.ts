import { describe, expect, it } from 'vitest';
import type { RawMention } from '../../pipeline/types.js';
import { addVocatives } from './vocatives.js';

const addressed = (text: string, commentators: string[] = [], mentions: RawMention[] = []) => {
  addVocatives(text, mentions, commentators);
  return mentions.filter((m) => m.source === 'vocative').map((m) => m.text);
};

describe('people addressed by first name', () => {
  it.each([
    ['Rachel, you have clearly never worked on a duty team.', 'Rachel'],
    ['I think so too.\nGraham – that is not what the guidance says.', 'Graham'],
    ['Well said Priya.', 'Priya'],
    ['Thanks, Owen\nI will ask the council again.', 'Owen'],
    ['Is that really what happened, or are you guessing Duncan?', 'Duncan'],
    ['You may be right Fiona; my own experience was different.', 'Fiona'],
    ['So forgive me Marcus, maybe it is not that simple.', 'Marcus'],
  ])('%s → %s', (text, name) => {
    expect(addressed(text)).toEqual([name]);
  });

  it.each([
    ['The report was sent to Rachel.'],
    ['She spoke with Graham; nothing changed.'],
    ['Rachel Jones, the director, resigned.'],
    ['Thanks to the Children Act, councils must assess need.'],
  ])('takes no one from "%s"', (text) => {
    expect(addressed(text)).toEqual([]);
  });

  it('leaves a name that opens a commentator’s name to that commentator', () => {
    expect(addressed('Fiona, you are right about that.', ['Fiona Grant'])).toEqual([]);
  });

  it('leaves a name already found', () => {
    const known: RawMention = {
      start: 10,
      end: 15,
      text: 'Priya',
      type: 'Person',
      kind: null,
      canonical: 'Priya Shah',
      source: 'partial-name',
    };
    expect(addressed('Well said Priya.', [], [known])).toEqual([]);
  });
});
