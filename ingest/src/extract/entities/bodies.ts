// Bodies written together: "the Leeds or York Health Authorities" names two authorities, and "X NHS Trust and
// Y NHS Foundation Trust" two trusts, not one body whose name holds "and".
import type { RawMention } from '../../pipeline/types.js';
import { orgSuffixKind } from './classify.js';

// A name of one to four capitalised words, not the tail of a longer run of them.
const NAME = `(?<!\\p{Lu}[\\p{L}’'-]* )\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,3}?`;
// A plural kind of body after two names: "Health Authorities", "Councils", "NHS Trusts".
const PLURAL: Record<string, string> = {
  Authorities: 'authority',
  Councils: 'council',
  Trusts: 'trust',
  Boards: 'board',
  Constabularies: 'constabulary',
};
const COORDINATED = new RegExp(
  `\\b(${NAME}) (?:or|and) (${NAME}) ((?:(?:Health|NHS|Foundation|Hospital|Borough|County|City|District) ){0,2})` +
    `(${Object.keys(PLURAL).join('|')})\\b`,
  'gu',
);

export function addCoordinatedBodies(text: string, mentions: RawMention[]): void {
  const out: RawMention[] = [];
  COORDINATED.lastIndex = 0;
  for (let m = COORDINATED.exec(text); m; m = COORDINATED.exec(text)) {
    const singular = PLURAL[m[4]!]!;
    // "Health Authorities", "NHS Trusts": bodies of the health service whatever their last word.
    const kind = /Health|NHS|Hospital/.test(m[3]!) ? 'health' : orgSuffixKind(singular);
    if (!kind) continue;
    const suffix = `${m[3]!}${singular[0]!.toUpperCase()}${singular.slice(1)}`;
    const second = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    for (const [name, start] of [
      [m[1]!, m.index],
      [m[2]!, second],
    ] as const)
      out.push({
        start,
        end: start + name.length,
        text: name,
        type: 'Organisation',
        kind,
        canonical: `${name} ${suffix}`,
        source: 'pattern:coordinated',
      });
  }
  replaceOverlapping(mentions, out);
}

/** "X NHS Trust and Y NHS Foundation Trust" read as one name: the two bodies it joins. */
export function splitJoinedBodies(text: string, mentions: RawMention[]): void {
  const out: RawMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'Organisation' || m.source !== 'chunk') continue;
    const joined = / and (?=\p{Lu})/u.exec(m.text);
    if (!joined) continue;
    const first = m.text.slice(0, joined.index);
    const second = m.text.slice(joined.index + joined[0].length);
    const kinds = [first, second].map((n) => orgSuffixKind(/(\S+)$/.exec(n)![1]!));
    if (!kinds[0] || !kinds[1] || !/\s/.test(first) || !/\s/.test(second)) continue;
    const secondStart = m.start + joined.index + joined[0].length;
    for (const [name, start, kind] of [
      [first, m.start, kinds[0]],
      [second, secondStart, kinds[1]],
    ] as const)
      out.push({
        start,
        end: start + name.length,
        text: text.slice(start, start + name.length),
        type: 'Organisation',
        kind,
        canonical: name,
        source: 'pattern:joined',
      });
  }
  replaceOverlapping(mentions, out);
}

/** Puts new mentions in, taking out the chunks and places they overlap; other mentions keep their place. */
function replaceOverlapping(mentions: RawMention[], found: RawMention[]): void {
  for (const f of found) {
    const clash = mentions.filter((m) => m.start < f.end && f.start < m.end);
    // A place's name before a kind of body names the body ("the Wyre or Fylde Health Authorities").
    if (clash.some((m) => m.source !== 'chunk' && m.type !== 'Place')) continue;
    for (const c of clash) mentions.splice(mentions.indexOf(c), 1);
    mentions.push(f);
  }
}
