// Entity search over names and aliases: the full-text index `entity_names` (exact, prefix and fuzzy terms),
// ranked exact name first, then exact alias, then name prefix, then Lucene score; when the index finds
// nothing, a case-insensitive STARTS WITH on names catches what the analyser splits differently.
import type { AppContext } from '../context.js';
import { cint } from '../validate.js';
import { read } from './run.js';

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  kind: string | null;
  aliases: string[];
  mentions: number;
  score: number | null;
  match: 'name' | 'alias' | 'prefix' | 'fulltext';
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character the Lucene query parser treats as syntax. */
export function luceneEscape(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for user input: each word must match exactly, as a prefix, or (for words of four
 * letters or more) within one edit. Words are split as the index's analyser splits them, lower-cased so
 * that AND/OR/NOT are words, not operators. Null when the input holds no word at all.
 */
export function luceneQuery(q: string): string | null {
  const terms = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((t) => t.replace(/^['’]+|['’]+$/g, ''))
    .filter(Boolean)
    .slice(0, 8);
  if (!terms.length) return null;
  return terms
    .map((t) => {
      const e = luceneEscape(t);
      return t.length >= 4 ? `(${e}^3 OR ${e}* OR ${e}~1)` : `(${e}^3 OR ${e}*)`;
    })
    .join(' AND ');
}

const RANKED = `
  WITH e, score, toLower(e.name) AS lname
  RETURN e.id AS id, e.name AS name, e.type AS type, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
         COUNT { (e)-[:MENTIONED_IN]->() } AS mentions, score,
         CASE WHEN lname = $lower THEN 'name'
              WHEN any(a IN coalesce(e.aliases, []) WHERE toLower(a) = $lower) THEN 'alias'
              WHEN lname STARTS WITH $lower THEN 'prefix'
              ELSE 'fulltext' END AS match`;

const FULLTEXT = `
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
  WITH node AS e, score WHERE $type IS NULL OR e.type = $type
  ${RANKED}`;

const STARTS_WITH = `
  MATCH (e:Entity) WHERE toLower(e.name) STARTS WITH $lower AND ($type IS NULL OR e.type = $type) AND NOT e.id IN $seen
  WITH e, null AS score ORDER BY size(e.name), e.name LIMIT $limit
  ${RANKED}`;

const ORDER = { name: 0, alias: 1, prefix: 2, fulltext: 3 } as const;
const byRank = (a: SearchHit, b: SearchHit) =>
  ORDER[a.match] - ORDER[b.match] ||
  (b.score ?? 0) - (a.score ?? 0) ||
  a.name.length - b.name.length ||
  a.name.localeCompare(b.name);

export async function search(
  ctx: AppContext,
  opts: { q: string; type: string | null; limit: number },
): Promise<SearchHit[]> {
  const lower = opts.q.trim().toLowerCase();
  const lucene = luceneQuery(opts.q);
  let hits: SearchHit[] = [];
  if (lucene) {
    // Rank over more candidates than asked for: an exact name can score below fuzzy matches.
    hits = await read<SearchHit>(ctx, FULLTEXT, {
      lucene,
      lower,
      type: opts.type,
      candidates: cint(Math.max(50, opts.limit * 5)),
    });
    hits = hits.sort(byRank).slice(0, opts.limit);
  }
  // The analyser-independent fallback, when the index found nothing (or the input holds no word).
  if (hits.length === 0 && lower) {
    const more = await read<SearchHit>(ctx, STARTS_WITH, {
      lower,
      type: opts.type,
      seen: hits.map((h) => h.id),
      limit: cint(opts.limit - hits.length),
    });
    hits = hits.concat(more).sort(byRank);
  }
  return hits;
}
