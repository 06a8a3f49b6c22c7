// extract: finds entity mentions, relations and claims in a parsed document (no ids yet; see resolve).
import type { ParsedDocument, RawClaim, RawMention, RawRelation, Sentence } from '../pipeline/types.js';
import { splitSentences } from './sentences.js';
import { findMentions } from './entities/index.js';
import { findRelations } from './relations/index.js';
import { childTargets, stanceRelations } from './relations/stance.js';
import { sideRelations } from './relations/taking-sides.js';
import { findReferences } from './references/index.js';
import { findClaims } from './claims/index.js';

export interface Extraction {
  sentences: Sentence[];
  mentions: RawMention[];
  relations: RawRelation[];
  claims: RawClaim[];
}

export function extract(doc: ParsedDocument): Extraction {
  const sentences = splitSentences(doc);
  const mentions = findMentions(doc, sentences);
  const references = findReferences(doc.text, sentences, mentions);
  const found = { doc, sentences, mentions, references };
  const relations = findRelations(found);
  const claims = findClaims(found);
  relations.push(...stanceRelations(doc, claims, mentions, [...mentions, ...references], relations));
  const sorted = [...mentions, ...references].sort((a, b) => a.start - b.start);
  const excluded = childTargets(mentions, relations);
  relations.push(...sideRelations({ doc, sentences, sorted, claims, relations, excluded }));
  return { sentences, mentions, relations, claims };
}
