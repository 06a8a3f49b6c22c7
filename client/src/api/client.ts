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

interface ErrorBody {
  error?: { code?: string; message?: string };
}

/** One request: the status is checked before the body is read, and an error carries the API's own message. */
export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(res.status, body.error?.code ?? 'error', body.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

const get = <T>(path: string, signal?: AbortSignal): Promise<T> => request<T>(path, signal ? { signal } : undefined);

/** The text shown for a failed request: the API's code and message. */
export const errorText = (e: unknown): string =>
  e instanceof ApiError ? `${e.code}: ${e.message}` : `error: ${(e as Error).message}`;

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
  nodes: (Speaker & { distance: number })[];
  edges: NeighbourEdge[];
  more?: number;
}
/** A claim's speaker; displayName replaces a placeholder named after a file with the document's author or title. */
export interface Speaker extends EntityRef {
  displayName?: string;
}
export const speakerName = (s: { name: string; displayName?: string }): string => s.displayName ?? s.name;
export interface ClaimItem {
  id?: string;
  stance: string;
  evidence: Evidence;
  speaker: Speaker;
  document: { id: string; title: string };
  about: EntityRef[];
}

const enc = encodeURIComponent;
/** A page of a longer list: `total` says how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

// Each call takes the signal of the turn that asked, so a newer request aborts an older one.
export const api = {
  graph: (limit = 400) => get<GraphPayload>(`/api/graph?limit=${limit}`),
  search: (q: string, signal?: AbortSignal) =>
    get<{ results: SearchResult[] }>(`/api/search?q=${enc(q)}&limit=8`, signal),
  entity: (id: string, signal?: AbortSignal) => get<EntityDetail>(`/api/entities/${enc(id)}`, signal),
  neighbours: (id: string, signal?: AbortSignal) =>
    get<Neighbours>(`/api/entities/${enc(id)}/neighbours?limit=50`, signal),
  document: (id: string, signal?: AbortSignal) => get<Record<string, unknown>>(`/api/documents/${enc(id)}`, signal),
  claims: (id: string, role: 'by' | 'about', offset = 0, signal?: AbortSignal) =>
    get<Page<ClaimItem>>(`/api/entities/${enc(id)}/claims?role=${role}&limit=20&offset=${offset}`, signal),
  allClaims: (stance: string, offset: number, signal?: AbortSignal) =>
    get<Page<ClaimItem>>(`/api/claims?limit=100&offset=${offset}${stance ? `&stance=${enc(stance)}` : ''}`, signal),
};
