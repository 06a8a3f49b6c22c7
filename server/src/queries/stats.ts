// Counts for the dashboard: nodes per label, relationships per type, entities per type and kind.
import type { AppContext } from '../context.js';
import { read } from './run.js';
import { GRAPH_VERSION_LABEL } from '../../../ingest/src/load/graph-version.js';

export interface Stats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  entities: {
    total: number;
    byType: Record<string, number>;
    byKind: { type: string; kind: string | null; count: number }[];
  };
  claims: { byStance: Record<string, number> };
  documents: { byKind: Record<string, number> };
}

export async function stats(ctx: AppContext): Promise<Stats> {
  // Label and type names come from the database catalogue; counts by label/type use the count store.
  const [labels, rels, kinds, stances, docKinds] = await Promise.all([
    read<{ label: string; count: number }>(
      ctx,
      `CALL db.labels() YIELD label
       CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count } RETURN label, count ORDER BY label`,
    ),
    read<{ type: string; count: number }>(
      ctx,
      `CALL db.relationshipTypes() YIELD relationshipType AS type
       CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count } RETURN type, count ORDER BY type`,
    ),
    read<{ type: string; kind: string | null; count: number }>(
      ctx,
      'MATCH (e:Entity) RETURN e.type AS type, e.kind AS kind, count(*) AS count ORDER BY type, count DESC, kind',
    ),
    read<{ stance: string; count: number }>(
      ctx,
      'MATCH (c:Claim) RETURN c.stance AS stance, count(*) AS count ORDER BY stance',
    ),
    read<{ kind: string; count: number }>(
      ctx,
      'MATCH (d:Document) RETURN d.kind AS kind, count(*) AS count ORDER BY kind',
    ),
  ]);
  const byType: Record<string, number> = {};
  for (const k of kinds) byType[k.type] = (byType[k.type] ?? 0) + k.count;
  return {
    labels: Object.fromEntries(
      labels.filter((l) => l.count > 0 && l.label !== GRAPH_VERSION_LABEL).map((l) => [l.label, l.count]),
    ),
    relationships: Object.fromEntries(rels.filter((r) => r.count > 0).map((r) => [r.type, r.count])),
    entities: { total: kinds.reduce((n, k) => n + k.count, 0), byType, byKind: kinds },
    claims: { byStance: Object.fromEntries(stances.map((s) => [s.stance, s.count])) },
    documents: { byKind: Object.fromEntries(docKinds.map((d) => [d.kind, d.count])) },
  };
}
