// The graph as comparable data: nodes per label, relationships per type, and every node and relationship
// with its properties, so two databases built by different paths can be compared exactly. The graph version
// node is bookkeeping of when each database was last written, not graph content, and is left out.
import type { Driver } from 'neo4j-driver';

export interface Counts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function graphCounts(driver: Driver, database = 'neo4j'): Promise<Counts> {
  const labels = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:GraphVersion UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    {},
    { database },
  );
  const types = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
    {},
    { database },
  );
  const bag = (rows: typeof labels.records, key: string) =>
    Object.fromEntries(rows.map((r) => [r.get(key) as string, Number(r.get('n'))]));
  return { labels: bag(labels.records, 'label'), types: bag(types.records, 'type') };
}

/** Lists whose order the loader leaves to Neo4j (collect order) are sorted; the write time is left out. */
function normalise(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    if (k === 'ingestedAt') continue;
    if (k === 'aliases' || k === 'claims') out[k] = [...(v as string[])].sort();
    else if (k === 'aliasText') out[k] = (v as string).split(' ').sort().join(' ');
    else out[k] = v;
  }
  return out;
}

/** Every node (labels, properties) and relationship (type, ends, properties), sorted. */
export async function graphDump(driver: Driver, database = 'neo4j'): Promise<{ nodes: string[]; rels: string[] }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props',
    {},
    { database },
  );
  return {
    nodes: nodes.records
      .map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), normalise(r.get('props') as never)]))
      .sort(),
    rels: rels.records
      .map((r) => JSON.stringify([r.get('type'), r.get('a'), r.get('b'), normalise(r.get('props') as never)]))
      .sort(),
  };
}
