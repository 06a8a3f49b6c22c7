// Across documents: one entity per id, with every alias and mention (the SCHEMA JSON export).
import type { EntityRecord, GraphExport } from '@claimgraph/schema';
import type { DocumentGraph } from './types.js';

const KIND_RANK = (k: string | null) => (k === null ? 0 : k === 'other' ? 1 : k === 'commentator' ? 2 : 3);

export function mergeGraphs(graphs: DocumentGraph[]): GraphExport {
  const entities = new Map<string, EntityRecord>();
  for (const g of graphs) {
    for (const e of g.entities) {
      const have = entities.get(e.id);
      if (!have) {
        entities.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
        continue;
      }
      if (KIND_RANK(e.kind) > KIND_RANK(have.kind)) have.kind = e.kind;
      for (const a of e.aliases) if (a !== have.name && !have.aliases.includes(a)) have.aliases.push(a);
      if (e.name !== have.name && !have.aliases.includes(e.name)) have.aliases.push(e.name);
      have.mentions.push(...e.mentions);
    }
  }
  return {
    documents: graphs.map((g) => g.document),
    entities: [...entities.values()],
    relations: graphs.flatMap((g) => g.relations),
    comments: graphs.flatMap((g) => g.comments),
    claims: graphs.flatMap((g) => g.claims),
  };
}
