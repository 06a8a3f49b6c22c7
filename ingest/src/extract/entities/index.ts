// Entity mention finder. (First cut: none; the extraction engine replaces this.)
import type { ParsedDocument, RawMention, Sentence } from '../../pipeline/types.js';

export function findMentions(_doc: ParsedDocument, _sentences: Sentence[]): RawMention[] {
  return [];
}
