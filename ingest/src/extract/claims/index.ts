// Claim finder. (First cut: none; the extraction engine replaces this.)
import type { ParsedDocument, RawClaim, RawMention, Sentence } from '../../pipeline/types.js';

export function findClaims(_doc: ParsedDocument, _sentences: Sentence[], _mentions: RawMention[]): RawClaim[] {
  return [];
}
