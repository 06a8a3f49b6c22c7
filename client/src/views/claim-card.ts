// A claim as the reader and the entity panel show it: its words, then who says it about what, coloured by
// its stance.
import { speakerName } from '../api/client.js';
import { el } from './dom.js';

export interface CardClaim {
  stance: string;
  speaker: { name: string; displayName?: string };
  about: { name: string }[];
  evidence: { quote: string };
}

/** The claim's card; `source` (a document's title) ends the line under the quote when given. */
export function claimCard(c: CardClaim, source?: string): HTMLElement {
  const who = `${c.stance} · said by ${speakerName(c.speaker)} · about ${c.about.map((a) => a.name).join(', ')}`;
  return el(
    'div',
    { class: `claim ${c.stance}` },
    el('blockquote', { class: 'evidence' }, c.evidence.quote),
    el('p', { class: 'muted' }, source === undefined ? who : `${who} · ${source}`),
  );
}
