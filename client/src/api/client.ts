// Typed calls to the HTTP API; errors carry the API's own message.
// Response types come from the API contract (@claimgraph/schema/api), the same schemas the server answers with.
import type {
  ErrorBody as ApiErrorBody,
  DocumentDetail,
  EntityClaims,
  EntityDetail,
  ClaimPage,
  GraphPayload,
  Neighbours,
  SearchResponse,
} from '@claimgraph/schema/api';

export type {
  Claim,
  ClaimPage,
  DocumentDetail,
  Edge,
  EntityDetail,
  EntityRef,
  Evidence,
  Neighbours,
  Page,
  SearchHit,
  Speaker,
} from '@claimgraph/schema/api';
/** The names the views know these shapes by. */
export type { Claim as ClaimItem, Edge as NeighbourEdge, SearchHit as SearchResult } from '@claimgraph/schema/api';

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The API's error body; the fields are optional here because a proxy in between may answer otherwise. */
type ErrorBody = Partial<{ error: Partial<ApiErrorBody['error']> }>;

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

/** A claim's speaker; displayName is the name to show (an unknown author's placeholder is "Author of <title>"). */
export const speakerName = (s: { name: string; displayName?: string }): string => s.displayName ?? s.name;

const enc = encodeURIComponent;
/** Quotes each edge of a neighbours or path answer carries; its count says how many there are, the rest are paged. */
export const NEIGHBOUR_EVIDENCE = 2;

/**
 * What the explorer asks of an entity's neighbourhood: two quotes on each of the entity's own edges, counts alone on
 * the edges between its neighbours (the canvas draws those by their counts; a click pages their claims).
 */
export const neighboursPath = (id: string): string =>
  `/api/entities/${enc(id)}/neighbours?limit=50&evidence=${NEIGHBOUR_EVIDENCE}&linkEvidence=0`;

/** Roles and members per page of the entity panel; entityList pages on with documents left out. */
export const LIST_PAGE = 20;
export type EntityList = 'roles' | 'members';
// Each call takes the signal of the turn that asked, so a newer request aborts an older one.
export const api = {
  graph: (limit = 400) => get<GraphPayload>(`/api/graph?limit=${limit}`),
  search: (q: string, signal?: AbortSignal) => get<SearchResponse>(`/api/search?q=${enc(q)}&limit=8`, signal),
  entity: (id: string, signal?: AbortSignal) =>
    get<EntityDetail>(`/api/entities/${enc(id)}?roles=${LIST_PAGE}&members=${LIST_PAGE}`, signal),
  entityList: (id: string, list: EntityList, offset: number, signal?: AbortSignal) => {
    const other = list === 'roles' ? 'members' : 'roles';
    const at = list === 'roles' ? 'roleOffset' : 'memberOffset';
    return get<EntityDetail>(
      `/api/entities/${enc(id)}?documents=0&${other}=0&${list}=${LIST_PAGE}&${at}=${offset}`,
      signal,
    );
  },
  neighbours: (id: string, signal?: AbortSignal) => get<Neighbours>(neighboursPath(id), signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentDetail>(`/api/documents/${enc(id)}`, signal),
  claims: (id: string, role: 'by' | 'about', offset = 0, signal?: AbortSignal) =>
    get<EntityClaims>(`/api/entities/${enc(id)}/claims?role=${role}&limit=20&offset=${offset}`, signal),
  allClaims: (stance: string, offset: number, signal?: AbortSignal) =>
    get<ClaimPage>(`/api/claims?limit=100&offset=${offset}${stance ? `&stance=${enc(stance)}` : ''}`, signal),
};
