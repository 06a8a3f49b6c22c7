// The named placeholder for a document's unknown author. One rule for the name the graph stores (and the id
// derived from it) and the name the explorer shows, so the two cannot differ.

/** The title a document gets when its text offers none. */
export const UNTITLED = 'Untitled';

/**
 * "Author of <title>", or of the source file when the document has no title. It depends only on what the
 * document's text gives, so a re-ingest names (and ids) the same placeholder.
 */
export function authorPlaceholder(doc: { title?: string | null; source: string }): string {
  const title = doc.title?.trim();
  return `Author of ${title && title !== UNTITLED ? title : doc.source}`;
}
