// Typed calls to the HTTP API; errors carry the API's own message.
import type { GraphPayload } from '../types.js';

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path);
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new ApiError(res.status, body?.error?.code ?? 'error', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export interface Evidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
}
export interface EntityRef {
  id: string;
  name: string;
  type: string;
  kind: string | null;
}
export interface SearchResult extends EntityRef {
  aliases: string[];
  score: number;
}
export interface EntityDetail extends EntityRef {
  aliases: string[];
  mentionCount: number;
  roles: { predicate?: string; qualifier?: string | null; organisation?: EntityRef }[];
  documents: { id: string; title: string; mentions: number }[];
}
export interface NeighbourEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  qualifier: string | null;
  evidence: Evidence[];
  claims?: { id: string; stance: string; evidence: Evidence }[];
}
export interface Neighbours {
  entity: EntityRef;
  nodes: (EntityRef & { distance: number })[];
  edges: NeighbourEdge[];
  more?: number;
}
export interface ClaimItem {
  id?: string;
  stance: string;
  evidence: Evidence;
  speaker: EntityRef;
  document: { id: string; title: string };
  about: EntityRef[];
}

const enc = encodeURIComponent;
export const api = {
  graph: (limit = 400) => get<GraphPayload>(`/api/graph?limit=${limit}`),
  search: (q: string) => get<{ results: SearchResult[] }>(`/api/search?q=${enc(q)}&limit=8`),
  entity: (id: string) => get<EntityDetail>(`/api/entities/${enc(id)}`),
  neighbours: (id: string) => get<Neighbours>(`/api/entities/${enc(id)}/neighbours?limit=50`),
  document: (id: string) => get<Record<string, unknown>>(`/api/documents/${enc(id)}`),
  claims: (id: string, role: 'by' | 'about') =>
    get<{ items: ClaimItem[] }>(`/api/entities/${enc(id)}/claims?role=${role}&limit=50`),
};
