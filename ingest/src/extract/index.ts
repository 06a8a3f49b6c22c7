// extract: finds entity mentions, relations and claims in a parsed document (no ids yet; see resolve).
import type { ParsedDocument, RawClaim, RawMention, RawRelation, Sentence } from '../pipeline/types.js';
import { splitSentences } from './sentences.js';
import { findMentions } from './entities/index.js';
import { findRelations } from './relations/index.js';
import { sidesTaken } from './relations/taking-sides.js';
import { findReferences } from './references/index.js';
import { findClaims } from './claims/index.js';
import { linkedOnly } from './entities/national-government.js';
import { named } from './references/index.js';

export interface Extraction {
  sentences: Sentence[];
  mentions: RawMention[];
  relations: RawRelation[];
  claims: RawClaim[];
  /** The relations (among `relations`) that say who takes a side, read from the claims and their words. */
  sides: RawRelation[];
}

export function extract(doc: ParsedDocument): Extraction {
  const sentences = splitSentences(doc);
  const mentions = findMentions(doc, sentences);
  const references = findReferences(doc.text, sentences, mentions);
  const found = { doc, sentences, mentions, references };
  const relations = findRelations(found);
  const claims = findClaims(found);
  const sides = sidesTaken(found, claims, relations);
  relations.push(...sides);
  const kept = linkedOnly(mentions, relations);
  if (kept.length === mentions.length) return { sentences, mentions, relations, claims, sides };
  // An implied party no relation links is dropped, and the claims read again without it: a sentence that
  // names only "the government" in passing is about what it was about before.
  const keptSet = new Set(kept);
  const dropped = new Set(mentions.filter((m) => !keptSet.has(m)));
  const refs = references.filter((r) => !dropped.has(named(r)));
  const without = findClaims({ doc, sentences, mentions: kept, references: refs });
  return { sentences, mentions: kept, relations, claims: without, sides };
}
