// A document full of place names costs in proportion to its length: each pair of mentions involving a place
// once looked up its council across every mention of the document (8× the text took ~64× the time). The finder
// now picks the councils out once and keeps one answer per place name; the figures are in `npm run bench --
// --only large`, and this test checks the two properties that make the cost linear.
import { describe, expect, it } from 'vitest';
import type { RawMention } from '../../pipeline/types.js';
import { councilFinder } from './index.js';

const mention = (canonical: string, type: RawMention['type'], kind: string | null, start: number): RawMention => ({
  start,
  end: start + canonical.length,
  text: canonical,
  type,
  kind,
  canonical,
  source: 'test',
});

describe('the council of a place', () => {
  const kent = mention('Kent County Council', 'Organisation', 'local_authority', 0);
  const place = mention('Kent', 'Place', 'region', 40);

  it('is the council whose name contains the place, never another kind of body', () => {
    const find = councilFinder([mention('Kent Police', 'Organisation', 'police', 20), kent, place]);
    expect(find(place)).toBe(kent);
    expect(councilFinder([place])(place)).toBeUndefined();
  });

  it('is looked up once per place name, from the councils picked out when the finder was made', () => {
    const mentions = [kent, place];
    const find = councilFinder(mentions);
    expect(find(place)).toBe(kent);
    // A finder reads its own copy of the councils: what the array holds later is not scanned again.
    mentions.length = 0;
    expect(find(mention('Kent', 'Place', 'region', 90))).toBe(kent);
    const find2 = councilFinder([]);
    expect(find2(place)).toBeUndefined();
  });
});
