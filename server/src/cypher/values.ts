// Neo4j values → plain JSON: nodes, relationships and paths keep their element ids; temporal values
// become ISO strings; integers are numbers, or decimal strings past 2^53.
import neo4j, { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';

export interface JsonNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface JsonRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** Thrown when a result would pass its byte or nesting budget; the runner stops reading and says which. */
export class ResultLimitError extends Error {
  override name = 'ResultLimitError';
  constructor(public limit: 'bytes' | 'depth') {
    super(`The result passed its ${limit} limit.`);
  }
}

export interface ResultBudget {
  /** Approximate JSON size of all values read so far may not pass this. */
  maxBytes: number;
  /** Lists and maps may not nest deeper than this. */
  maxDepth: number;
}

export class GraphCollector {
  nodes = new Map<string, JsonNode>();
  relationships = new Map<string, JsonRelationship>();
  private bytes = 0;

  constructor(private budget: ResultBudget = { maxBytes: Infinity, maxDepth: Infinity }) {}

  value(v: unknown, depth = 0): unknown {
    if (depth > this.budget.maxDepth) throw new ResultLimitError('depth');
    // Strings count their length, everything else a few bytes: enough to stop a runaway result early.
    this.bytes += typeof v === 'string' ? v.length + 2 : 8;
    if (this.bytes > this.budget.maxBytes) throw new ResultLimitError('bytes');
    if (v === null || v === undefined) return null;
    if (neo4j.isInt(v)) {
      // 64-bit integers beyond 2^53 travel as decimal strings rather than as a rounded (or infinite) number.
      const i = v as { inSafeRange(): boolean; toNumber(): number; toString(): string };
      return i.inSafeRange() ? i.toNumber() : i.toString();
    }
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (isNode(v)) return this.node(v);
    if (isRelationship(v)) return this.rel(v);
    if (isPath(v)) {
      const p = v as { start: Node; segments: { relationship: Relationship; end: Node }[] };
      return {
        nodes: [this.node(p.start), ...p.segments.map((s) => this.node(s.end))],
        relationships: p.segments.map((s) => this.rel(s.relationship)),
      };
    }
    if (Array.isArray(v)) return v.map((x) => this.value(x, depth + 1));
    if (typeof v === 'object') {
      const o = v as Record<string, unknown> & { constructor?: { name?: string } };
      if (isTemporal(o) || o.constructor?.name === 'Duration') return (o as { toString(): string }).toString();
      if (o.constructor?.name === 'Point') return { srid: o.srid as number | undefined, x: o.x, y: o.y, z: o.z };
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.value(x, depth + 1)]));
    }
    return v;
  }

  private props(p: Record<string, unknown>) {
    return Object.fromEntries(Object.entries(p).map(([k, x]) => [k, this.value(x)]));
  }

  private node(n: Node): JsonNode {
    const j = { id: n.elementId, labels: n.labels, properties: this.props(n.properties) };
    this.nodes.set(j.id, j);
    return j;
  }

  private rel(r: Relationship): JsonRelationship {
    const j = {
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: this.props(r.properties),
    };
    this.relationships.set(j.id, j);
    return j;
  }
}

function isTemporal(o: object): boolean {
  return (
    neo4j.isDate(o) ||
    neo4j.isDateTime(o) ||
    neo4j.isLocalDateTime(o) ||
    neo4j.isTime(o) ||
    neo4j.isLocalTime(o) ||
    neo4j.isDuration(o)
  );
}
