// People addressed by first name: in comment threads writers answer each other by name ("Helen, you are
// part of the system", "Well said Steve.", "is it Nicole?"). A common given name standing alone in such an
// address is a person even when the text never gives a surname. A name that opens a commentator's own name
// is that commentator, already known as such.
import type { RawMention } from '../../pipeline/types.js';
import { nameData } from './gazetteer.js';
import { covered } from './passes.js';

/** Words of greeting, thanks or agreement that an addressed name follows. */
const BEFORE = /(?:^|[^A-Za-z])(?:well said|thanks|thank you|dear|hi|hello|sorry|agree with you|i agree)[ ,]+$/i;
/** A name at the start of a paragraph or sentence, then a comma or dash, addresses that person. */
const OPENS = /(?:^|\n[ \t]*|[.!?][ \t]+)$/;
const AFTER_OPENING = /^[ \t]*[,–—-][ \t]/;
/**
 * A name after a lower-case word that closes a question or clause ("is it Nicole?", "an exception Nicole;"),
 * or that a turn to the second person follows ("so Nicole, maybe you …"), addresses that person.
 */
const CLOSES = /^[ \t]*[?;]|^,[ \t]+(?:you|your|maybe|perhaps|i|but|if|please)\b/i;
/** Words after which a name is the object of a phrase, not someone addressed. */
const GOVERNED = /\b(?:of|to|by|with|for|from|about|and|or|told|asked|met|called|named)[ \t]+$/i;

export function addVocatives(text: string, mentions: RawMention[], commentators: string[]): void {
  const { given } = nameData();
  const commentatorFirst = new Set(commentators.map((c) => c.split(/\s+/)[0]!.toLowerCase()));
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g)) {
    const name = m[0];
    const start = m.index;
    const end = start + name.length;
    if (!given.has(name) || commentatorFirst.has(name.toLowerCase())) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 12);
    const addressed =
      BEFORE.test(before) ||
      (OPENS.test(before) && AFTER_OPENING.test(after)) ||
      (/[a-z][ \t]+$/.test(before) && !GOVERNED.test(before) && CLOSES.test(after));
    if (!addressed || covered(mentions, start, end)) continue;
    mentions.push({ start, end, text: name, type: 'Person', kind: null, canonical: name, source: 'vocative' });
  }
}
