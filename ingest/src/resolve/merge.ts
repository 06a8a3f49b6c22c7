// Across documents: one entity per id, with every alias and mention (the SCHEMA JSON export).
import { kindOutranks, type EntityRecord, type GraphExport } from '@claimgraph/schema';
import type { DocumentGraph } from '../pipeline/types.js';

// Of two spellings with one id, the one with capitals and accents is the better name ("Victoria Climbié").
// Built once: the transpiler turns a literal with a Unicode property outside a class into a `new RegExp` call.
const CAPITALS = /\p{Lu}/gu;
const NAME_RANK = (n: string) => (n.match(CAPITALS)?.length ?? 0) + 2 * (n.match(/[^\x00-\x7f]/g)?.length ?? 0);

export function mergeEntities(list: EntityRecord[]): EntityRecord[] {
  const entities = new Map<string, EntityRecord>();
  for (const e of list) {
    const have = entities.get(e.id);
    if (!have) {
      entities.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
      continue;
    }
    if (kindOutranks(e.kind, have.kind)) have.kind = e.kind;
    const names = [have.name, e.name, ...have.aliases, ...e.aliases];
    if (NAME_RANK(e.name) > NAME_RANK(have.name)) have.name = e.name;
    have.aliases = [...new Set(names)].filter((a) => a !== have.name);
    have.mentions.push(...e.mentions);
  }
  return [...entities.values()];
}

export function mergeGraphs(graphs: DocumentGraph[]): GraphExport {
  return {
    documents: graphs.map((g) => g.document),
    entities: mergeEntities(graphs.flatMap((g) => g.entities)),
    relations: graphs.flatMap((g) => g.relations),
    comments: graphs.flatMap((g) => g.comments),
    claims: graphs.flatMap((g) => g.claims),
  };
}
