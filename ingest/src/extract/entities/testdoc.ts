// Builds a ParsedDocument by hand for unit tests: the whole text is the article, no comments.
import type { ParsedDocument } from '../../pipeline/types.js';

export function plainDoc(text: string, id = 'doc:test'): ParsedDocument {
  return {
    record: { id, source: `${id.slice(4)}.txt`, title: '', author: null, publisher: null, kind: 'news', date: null },
    text,
    article: { start: 0, end: text.length },
    authorSpan: null,
    comments: [],
  };
}
