// Which entity kind wins when two sources give one entity different kinds: a kind says more than none,
// and a specific kind ("regulator", "politician") more than the catch-all "other" or "commentator"
// (someone known only from a comment thread). Between two specific kinds the first one stays.

/** Kinds that any specific kind replaces, weakest first. */
const WEAK_KINDS: readonly string[] = ['other', 'commentator'];

export function kindRank(kind: string | null | undefined): number {
  if (kind === null || kind === undefined) return 0;
  const weak = WEAK_KINDS.indexOf(kind);
  return weak < 0 ? WEAK_KINDS.length + 1 : weak + 1;
}

/** True when `kind` should replace `current`. */
export const kindOutranks = (kind: string | null | undefined, current: string | null | undefined): boolean =>
  kindRank(kind) > kindRank(current);

/** The same rank as a Cypher expression over `expr` (a property or variable), for kinds already stored. */
export function kindRankCypher(expr: string): string {
  const weak = WEAK_KINDS.map((k, i) => `WHEN ${expr} = '${k}' THEN ${i + 1}`).join(' ');
  return `CASE WHEN ${expr} IS NULL THEN 0 ${weak} ELSE ${WEAK_KINDS.length + 1} END`;
}
