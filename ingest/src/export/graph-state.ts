// The graph the Bolt loader leaves after loading documents one by one into an empty database, computed
// without a database: entities merged across documents (first name wins, a specific kind replaces
// null/other/commentator), aliases from mentions, entities with no fact dropped, and the derived
// CRITICISES/PRAISES aggregates of claims. Per-document parts are returned as they come (streamable);
// what depends on later documents is returned by finish().
import { graphHash } from '../load/writer.js';
import type { DocumentGraph } from '../pipeline/types.js';
import {
  claimRows,
  commentRows,
  entityRows,
  mentionRows,
  relationRows,
  type ClaimRow,
  type CommentRow,
  type MentionRow,
  type RelationRow,
} from './rows.js';

export interface DocumentNode {
  id: string;
  source: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  kind: string | null;
  date: string | null;
  text: string;
  hash: string;
}

export interface EntityNode {
  id: string;
  name: string;
  type: string;
  kind: string | null;
  labels: string[];
  aliases: string[];
  aliasText: string;
}

export interface Edge {
  from: string;
  to: string;
}

/** What one document adds that no later document changes. */
export interface DocumentPart {
  document: DocumentNode;
  mentions: MentionRow[];
  comments: CommentRow[];
  replies: Edge[];
  wrote: (Edge & { doc: string })[];
  claims: ClaimRow[];
  /** Claim → the comment it was stated in. */
  statedInComment: Edge[];
  /** Claim → its document, when not stated in a comment. */
  statedInDocument: Edge[];
}

export interface DerivedEdge extends Edge {
  type: 'CRITICISES' | 'PRAISES';
  count: number;
  claims: string[];
}

export interface FinalPart {
  entities: EntityNode[];
  relations: RelationRow[];
  about: Edge[];
  derived: DerivedEdge[];
}

interface EntityState {
  id: string;
  name: string;
  type: string;
  kind: string | null;
  labels: Set<string>;
  texts: Set<string>;
  hasFact: boolean;
}

export class GraphState {
  private readonly entities = new Map<string, EntityState>();
  private readonly docs = new Set<string>();
  private relations: RelationRow[] = [];
  private about: Edge[] = [];
  private readonly stances: { id: string; speaker: string; stance: string; named: Set<string> }[] = [];

  /** Adds a document as the loader would, after the documents added before it. */
  add(g: DocumentGraph): DocumentPart {
    const docId = g.document.id;
    if (this.docs.has(docId)) throw new Error(`The same document appears twice: ${docId} (${g.document.source})`);
    this.docs.add(docId);
    for (const row of entityRows([g])) {
      const e = this.entities.get(row.id);
      if (!e) this.create(row.id, row.name, row.type, row.kind, ['Entity', row.type]);
      else {
        e.labels.add(row.type);
        if (upgradesKind(e.kind, row.kind)) e.kind = row.kind;
      }
    }
    const mentions = mentionRows(g);
    for (const m of mentions) {
      const e = this.entities.get(m.id)!;
      e.texts.add(m.text);
      e.hasFact = true;
    }
    const comments = commentRows(g);
    const commentIds = new Set(comments.map((c) => c.id));
    const replies = comments.filter((c) => c.parent && commentIds.has(c.parent)).map((c) => edge(c.id, c.parent!));
    const wrote: DocumentPart['wrote'] = [];
    for (const c of comments) {
      if (!c.authorId || !c.author) continue;
      const a = this.entities.get(c.authorId);
      if (!a) this.create(c.authorId, c.author, 'Person', 'commentator', ['Entity', 'Person', 'Commentator']);
      else a.labels.add('Person').add('Commentator');
      this.entities.get(c.authorId)!.hasFact = true;
      wrote.push({ from: c.authorId, to: c.id, doc: docId });
    }
    for (const r of relationRows(g))
      if (this.entities.has(r.subject) && this.entities.has(r.object)) this.relations.push(r);
    const claims = claimRows(g);
    const statedInComment: Edge[] = [];
    const statedInDocument: Edge[] = [];
    for (const c of claims) {
      const sp =
        this.entities.get(c.speaker) ?? this.create(c.speaker, c.speakerName, 'Person', null, ['Entity', 'Person']);
      sp.hasFact = true;
      if (c.comment && commentIds.has(c.comment)) statedInComment.push(edge(c.id, c.comment));
      else statedInDocument.push(edge(c.id, docId));
      for (const target of c.about) if (this.entities.has(target)) this.about.push(edge(c.id, target));
      this.stances.push({ id: c.id, speaker: c.speaker, stance: c.stance, named: new Set(c.named ?? []) });
    }
    const touched = new Set([...g.entities.map((e) => e.id), ...claims.map((c) => c.speaker)]);
    this.dropFactless(touched);
    const { id, source, title, author, publisher, kind, date } = g.document;
    const document = { id, source, title, author, publisher, kind, date, text: g.text, hash: graphHash(g) };
    return { document, mentions, comments, replies, wrote, claims, statedInComment, statedInDocument };
  }

  /** Entities, relations and claim targets as they stand after the last document, and the derived edges. */
  finish(): FinalPart {
    const entities = [...this.entities.values()].map((e) => {
      const aliases = [...e.texts].filter((t) => t !== e.name);
      const { id, name, type, kind } = e;
      return { id, name, type, kind, labels: [...e.labels], aliases, aliasText: aliases.map((a) => ` ${a}`).join('') };
    });
    return { entities, relations: this.relations, about: this.about, derived: this.derivedEdges() };
  }

  private create(id: string, name: string, type: string, kind: string | null, labels: string[]): EntityState {
    const e = { id, name, type, kind, labels: new Set(labels), texts: new Set<string>(), hasFact: false };
    this.entities.set(id, e);
    return e;
  }

  /** The loader deletes touched entities that no mention, comment or claim points at, with their edges. */
  private dropFactless(touched: Set<string>): void {
    const gone = new Set([...touched].filter((id) => this.entities.get(id)?.hasFact === false));
    if (gone.size === 0) return;
    for (const id of gone) this.entities.delete(id);
    this.relations = this.relations.filter((r) => !gone.has(r.subject) && !gone.has(r.object));
    this.about = this.about.filter((a) => !gone.has(a.to));
  }

  /**
   * One CRITICISES or PRAISES edge per (speaker, target, stance), counting claims through their ABOUT edges to
   * targets named in the claim's own words (`named`, which leaves children out), as the loader counts them.
   */
  private derivedEdges(): DerivedEdge[] {
    const stanceOf = new Map(this.stances.map((s) => [s.id, s]));
    const groups = new Map<string, DerivedEdge>();
    for (const a of this.about) {
      const claim = stanceOf.get(a.from)!;
      const type = claim.stance === 'critical' ? 'CRITICISES' : claim.stance === 'supportive' ? 'PRAISES' : null;
      if (!type || a.to === claim.speaker || !claim.named.has(a.to)) continue;
      const key = `${claim.speaker}|${a.to}|${type}`;
      let d = groups.get(key);
      if (!d) groups.set(key, (d = { from: claim.speaker, to: a.to, type, count: 0, claims: [] }));
      d.count++;
      d.claims.push(claim.id);
    }
    return [...groups.values()];
  }
}

/** The loader's rule: a kind is set where none is, and a specific kind replaces 'other' and 'commentator'. */
function upgradesKind(current: string | null, next: string | null): boolean {
  if (current === null) return true;
  if (next === null) return false;
  return current === 'other' || (current === 'commentator' && next !== 'commentator');
}

const edge = (from: string, to: string): Edge => ({ from, to });
