import { describe, expect, it } from 'vitest';
import { segments, type DocClaim, type DocMention } from './document.js';

const mention = (id: string, start: number, end: number): DocMention => ({
  entity: { id, name: id, type: 'Person' },
  start,
  end,
});
const claim = (id: string, start: number, end: number): DocClaim => ({
  id,
  stance: 'critical',
  speaker: { id: 's', name: 'S' },
  about: [],
  evidence: { start, end, quote: '' },
});

describe('document segments', () => {
  it('cuts at every mention and claim boundary and keeps the text whole', () => {
    const text = 'Zahawi said Ofsted failed badly.';
    const segs = segments(text, [mention('z', 0, 6), mention('o', 12, 18)], [claim('c', 12, 32)]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.text === 'Ofsted')).toMatchObject({
      mention: { entity: { id: 'o' } },
      claim: { id: 'c' },
    });
    expect(segs.find((s) => s.text === ' failed badly.')?.claim?.id).toBe('c');
    expect(segs.find((s) => s.text === 'Zahawi')?.claim).toBeUndefined();
  });

  it('keeps the first of overlapping mentions', () => {
    const segs = segments('Arthur murder', [mention('case', 0, 13), mention('arthur', 0, 6)]);
    expect(segs.map((s) => s.mention?.entity.id)).toEqual(['case']);
  });

  it('marks the words of a quote opened in the document, cutting mentions and claims where it starts and ends', () => {
    const text = 'Zahawi said Ofsted failed badly.';
    const segs = segments(text, [mention('o', 12, 18)], [claim('c', 0, 32)], { start: 7, end: 25 });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(
      segs
        .filter((s) => s.focus)
        .map((s) => s.text)
        .join(''),
    ).toBe('said Ofsted failed');
    expect(segs.find((s) => s.mention)?.focus).toBe(true);
    expect(segs.every((s) => s.claim?.id === 'c')).toBe(true);
  });
});
