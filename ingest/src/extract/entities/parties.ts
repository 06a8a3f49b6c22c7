// A party label in brackets after a politician's name ("Ros Smith (Lab)", "Tom Hunt (Con)") names the party
// (ingest/data/party-tags.json): the label is a mention of it, and the politician is a member of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawMention } from '../../pipeline/types.js';

let tags: Map<string, string> | undefined;
function partyTags(): Map<string, string> {
  tags ??= new Map(
    Object.entries(
      (
        JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data/party-tags.json'), 'utf8')) as {
          tags: Record<string, string>;
        }
      ).tags,
    ),
  );
  return tags;
}

export const PARTY_TAG = 'party-tag';

export function addPartyTags(text: string, mentions: RawMention[]): void {
  const found: RawMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const tag = /^[ \u00a0]*\(([A-Za-z ]{2,12})\)/.exec(text.slice(m.end, m.end + 16));
    const party = tag && partyTags().get(tag[1]!);
    if (!party) continue;
    const start = m.end + tag[0].indexOf('(') + 1;
    const end = start + tag[1]!.length;
    if (mentions.some((o) => o.start < end && start < o.end)) continue;
    found.push({
      start,
      end,
      text: tag[1]!,
      type: 'Organisation',
      kind: 'political_party',
      canonical: party,
      source: PARTY_TAG,
    });
  }
  mentions.push(...found);
}
