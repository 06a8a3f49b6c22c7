// Typed calls to the investigation endpoints: the claims behind an edge, a claim's flag, contested targets,
// the timeline and the focused graph.
import { request, type EntityRef, type Evidence, type Page, type Speaker } from './client.js';
import type { GraphPayload } from '../types.js';

export interface ClaimBrief {
  id: string;
  text: string;
  stance: string;
  flagged: boolean;
  speaker: Speaker | null;
  evidence: Evidence;
}
export interface EdgeClaims extends Page<ClaimBrief> {
  /** A page of a fact edge's evidence spans (a stance edge has claims instead), paged like the claims. */
  evidence: Evidence[];
  /** A fact edge's spans in all. */
  evidenceTotal: number;
}
/** The edge asked about; `id` narrows it to one relationship (a fact edge is stored once per document). */
export interface EdgeRef {
  source: string;
  type: string;
  target: string;
  id?: string;
}
/** Claims or spans per page of an edge. */
export const EDGE_PAGE = 20;
export interface ContestedTarget {
  target: EntityRef;
  critical: number;
  supportive: number;
  speakers: number;
  criticalClaims: ClaimBrief[];
  supportiveClaims: ClaimBrief[];
}
export interface Timeline {
  unit: 'day' | 'month';
  from: string | null;
  to: string | null;
  buckets: { start: string; comments: number; claims: number }[];
}
export interface GraphFocus {
  document?: string | null | undefined;
  speaker?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}

const query = (o: Record<string, string | number | null | undefined>) =>
  new URLSearchParams(
    Object.entries(o)
      .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

/** The token header for the write endpoints; the token is sent in this header only, never in a URL. */
const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

export const investigation = {
  edgeClaims: (edge: EdgeRef, offset = 0, signal?: AbortSignal) => {
    const q = query({
      subject: edge.source,
      predicate: edge.type,
      object: edge.target,
      edge: edge.id,
      limit: EDGE_PAGE,
      offset,
    });
    return request<EdgeClaims>(`/api/edges/claims?${q}`, signal ? { signal } : undefined);
  },
  flag: (id: string, reason: string, token: string) =>
    request<ClaimBrief>(`/api/claims/${encodeURIComponent(id)}/flag`, {
      method: 'POST',
      headers: bearer(token),
      body: JSON.stringify({ reason }),
    }),
  unflag: (id: string, token: string) =>
    request<ClaimBrief>(`/api/claims/${encodeURIComponent(id)}/flag`, { method: 'DELETE', headers: bearer(token) }),
  contested: (offset = 0, signal?: AbortSignal) =>
    request<Page<ContestedTarget>>(`/api/contested?${query({ limit: 20, offset })}`, signal ? { signal } : undefined),
  timeline: (signal?: AbortSignal) => request<Timeline>('/api/timeline', signal ? { signal } : undefined),
  focusedGraph: (f: GraphFocus, signal?: AbortSignal) =>
    request<GraphPayload>(
      `/api/graph?${query({ limit: 5000, document: f.document, speaker: f.speaker, from: f.from, to: f.to })}`,
      signal ? { signal } : undefined,
    ),
};
