// Stable ids: the same input always yields the same id, so re-ingesting merges instead of duplicating.
import type { EntityType } from './types.js';

/** Lower-case ASCII slug: diacritics, apostrophes and punctuation folded away. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Document id from its source file name: the name without its extension, slugged. */
export function documentId(source: string): string {
  const base = source.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return `doc:${slug(base)}`;
}

/** Entity id: type + normalised canonical name, e.g. `person:nadhim-zahawi`. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type.toLowerCase()}:${slug(canonicalName)}`;
}

/** Comment id: its document and its 1-based position in the thread's reading order. */
export function commentId(docId: string, ordinal: number): string {
  return `${docId}#c${ordinal}`;
}

/** Commentator id: a commentator is a Person; named by the name as written. */
export function commentatorId(name: string): string {
  return entityId('Person', name);
}

/** Claim id: its document and span. */
export function claimId(docId: string, start: number, end: number): string {
  return `${docId}#claim:${start}-${end}`;
}
