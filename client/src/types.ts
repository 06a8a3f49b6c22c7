// Shapes of GET /api/graph: the API contract's own types (@claimgraph/schema/api), not copies.
export type { GraphEdge, GraphNode, GraphPayload } from '@claimgraph/schema/api';
