// Relation finder. (First cut: none; the extraction engine replaces this.)
import type { ParsedDocument, RawMention, RawRelation, Sentence } from '../../pipeline/types.js';

export function findRelations(_doc: ParsedDocument, _sentences: Sentence[], _mentions: RawMention[]): RawRelation[] {
  return [];
}
