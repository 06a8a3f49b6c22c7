// What a load did with each document: created, replaced or left unchanged (its facts' hash is the one stored).
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentGraph } from '../pipeline/types.js';

export type LoadOutcome = 'created' | 'replaced' | 'unchanged';

export interface LoadResult {
  doc: string;
  source: string;
  outcome: LoadOutcome;
  counts: { entities: number; mentions: number; comments: number; relations: number; claims: number };
}

/** The stored hash of each of these documents that is in the graph. */
export async function storedHashes(tx: Pick<ManagedTransaction, 'run'>, ids: string[]): Promise<Map<string, string>> {
  const prev = await tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.hash AS hash', {
    ids,
  });
  return new Map(prev.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
}

export function outcomesOf(
  graphs: DocumentGraph[],
  stored: Map<string, string>,
  hashes: Map<string, string>,
  force = false,
): LoadOutcome[] {
  return graphs.map((g) => {
    const id = g.document.id;
    if (!stored.has(id)) return 'created';
    return stored.get(id) === hashes.get(id) && !force ? 'unchanged' : 'replaced';
  });
}

export function resultOf(g: DocumentGraph, outcome: LoadOutcome): LoadResult {
  return {
    doc: g.document.id,
    source: g.document.source,
    outcome,
    counts: {
      entities: g.entities.length,
      mentions: g.entities.reduce((n, e) => n + e.mentions.length, 0),
      comments: g.comments.length,
      relations: g.relations.length,
      claims: g.claims.length,
    },
  };
}
