// Shapes of GET /api/graph, as the server's queries/graph.ts returns them.
export interface GraphNode {
  id: string;
  label: string;
  type: string;
  kind: string | null;
  mentions: number;
  degree: number;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
}
export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  total: number;
  truncated: boolean;
}
