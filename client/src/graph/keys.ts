// One stable id per fact edge: its subject, predicate and object. The overview, Expand and a Cypher result
// all key edges this way, so showing the same fact twice never draws it twice.
export const edgeKey = (source: string, type: string, target: string): string => `${source}|${type}|${target}`;
