// Quoted statements and who said them.
// News style: “…,” said X / X said: “…” / “…,” X told Y / X added:
// “…”; a paragraph that opens a quote without closing it continues into the next paragraph's opening “.
import type { Span } from '../../pipeline/types.js';
import { QUOTE_FORMS, alternation } from '../../speech.js';

export interface Quote {
  span: Span;
  inner: Span;
  paragraphEnd: number;
  paragraphStart: number;
}

/** Curly or straight double quotes, within one paragraph, continued over paragraphs that reopen with “. */
export function findQuotes(text: string, region: Span): Quote[] {
  const out: Quote[] = [];
  let i = region.start;
  while (i < region.end) {
    const open = nextOpen(text, i, region.end);
    if (open < 0) break;
    const closeChar = text[open] === '“' ? '”' : '"';
    let close = text.indexOf(closeChar, open + 1);
    let paraEnd = text.indexOf('\n', open);
    if (paraEnd < 0 || paraEnd > region.end) paraEnd = region.end;
    // Unclosed in this paragraph: continue while the next paragraph opens with a quote mark.
    while ((close < 0 || close > paraEnd) && closeChar === '”') {
      const next = /^\n+[ \t]*“/.exec(text.slice(paraEnd, paraEnd + 8));
      if (!next) break;
      const nextEnd = text.indexOf('\n', paraEnd + next[0].length);
      paraEnd = nextEnd < 0 || nextEnd > region.end ? region.end : nextEnd;
    }
    if (close < 0 || close > paraEnd) close = paraEnd; // never closed: to the paragraph's end
    const end = close < paraEnd && text[close] === closeChar ? close + 1 : close;
    const paraStart = text.lastIndexOf('\n', open) + 1;
    out.push({
      span: { start: open, end },
      inner: { start: open + 1, end: Math.max(open + 1, end - (text[end - 1] === closeChar ? 1 : 0)) },
      paragraphEnd: paraEnd,
      paragraphStart: Math.max(region.start, paraStart),
    });
    i = Math.max(end, open + 1);
  }
  return out;
}

function nextOpen(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '“') return k;
    if (c === '"' && (k === 0 || /[\s([—–-]/.test(text[k - 1]!))) return k;
  }
  return -1;
}

// "told" may be followed by its hearer ("told the BBC").
const SPEECH = `(?:${alternation(QUOTE_FORMS, (f) => (f === 'told' ? 'told [^“"\\n]{1,40}?' : f))})`;
export const SPEECH_AFTER = new RegExp(
  `^[,.!?]?[”"]?[ \\u00a0]*(?:${SPEECH}[ \\u00a0]+(?=\\S)|(?=[^,.\\n]{1,80}?[ \\u00a0]${SPEECH}\\b))`,
);
export const SPEECH_BEFORE = new RegExp(`${SPEECH}(?:[ \\u00a0]+that)?[ \\u00a0]*[:,]?[ \\u00a0]*$`);
export const ACCORDING_TO = /according to[ \u00a0]+$/;
