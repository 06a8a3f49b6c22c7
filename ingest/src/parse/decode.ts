// Bytes → text: UTF-8 (BOM stripped) or UTF-16 with a BOM; binary and invalid UTF-8 are refused.
import { ParseError } from './errors.js';

export function decodeBytes(buf: Uint8Array): string {
  if (buf.length === 0) throw new ParseError('empty file');
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  else {
    if (looksBinary(buf)) throw new ParseError('binary file (not text)');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      throw new ParseError('not valid UTF-8 text (save it as UTF-8 and try again)');
    }
  }
  return text;
}

/** NUL bytes, or many control characters, in the first 8 KB mean it is not a text document. */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n * 0.05;
}

/** Line ends to LF and no BOM: the text offsets refer to. */
export function normaliseText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}
