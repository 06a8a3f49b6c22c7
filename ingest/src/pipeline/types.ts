// The data passed between the stages parse → extract → resolve → load.
import type {
  ClaimRecord,
  CommentRecord,
  DocumentRecord,
  EntityRecord,
  EntityType,
  RelationRecord,
  Stance,
} from '@claimgraph/schema';

export interface Span {
  start: number;
  end: number;
}

/** A source as read: its name and decoded text. */
export interface SourceText {
  source: string;
  text: string;
}

export interface ParsedComment extends CommentRecord {
  /** Span of the author name on the header line, when there is one. */
  authorSpan: Span | null;
  /** Span of the comment's own words (header line excluded). */
  bodySpan: Span;
}

/** Output of parse: the document, where its article ends, and its reader-comment thread. */
export interface ParsedDocument {
  record: DocumentRecord;
  text: string;
  /** The article (title, standfirst, body); comments lie outside it. */
  article: Span;
  /** Span of the byline's author name, when found. */
  authorSpan: Span | null;
  comments: ParsedComment[];
}

/** A unit of text that extraction reads: a sentence of the article or of one comment. */
export interface Sentence extends Span {
  /** The comment this sentence belongs to, or null in the article. */
  commentId: string | null;
}

/** A surface mention found by extract, before resolution. */
export interface RawMention extends Span {
  text: string;
  type: EntityType;
  kind: string | null;
  /** Name this mention proposes as canonical (a gazetteer's official name, an expansion, or the text). */
  canonical: string;
  /** Why it was found: gazetteer, pattern, chunk… (for debugging and measurement). */
  source: string;
}

/** A claim found by extract; speaker and targets are mentions until resolve maps them to ids. */
export interface RawClaim {
  span: Span;
  stance: Stance;
  /** Speaker: a mention span in the text, a commentator name, or the document's author. */
  speaker: { mention?: Span; name?: string; type?: EntityType };
  about: Span[];
}

export interface RawRelation {
  subject: Span;
  predicate: RelationRecord['predicate'];
  object: Span;
  qualifier: string | null;
  evidence: Span;
}

/** Everything extracted from one document, with entity ids resolved: the SCHEMA export for that document. */
export interface DocumentGraph {
  document: DocumentRecord;
  text: string;
  entities: EntityRecord[];
  relations: RelationRecord[];
  comments: CommentRecord[];
  claims: ClaimRecord[];
}

/** What the relation and claim finders read: the document, its sentences, its names and the references to them. */
export interface MentionedDocument {
  doc: ParsedDocument;
  sentences: Sentence[];
  mentions: RawMention[];
  /** Pronouns and descriptions ("she", "the council") resolved to a name. */
  references: RawMention[];
}
