/** A file that cannot be read as a document; the message says why, for the per-file report. */
export class ParseError extends Error {
  override name = 'ParseError';
}
