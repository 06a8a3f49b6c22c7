// Word tokens with offsets. Apostrophes (straight or curly), hyphens, dots and ampersands inside a word
// keep it whole ("Labinjo-Hughes", "Barnardo’s", "U.K"); hashtags and handles are one token.
import { lowerCase } from '../lower-case.js';
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

const WORD = /[#@]?[\p{L}\p{N}_]+(?:[’'\-.&][\p{L}\p{N}]+)*/gu;

/** Normalised token key: lower case, curly apostrophes straight, "&" as "and". */
export function tokenKey(s: string): string {
  const lower = lowerCase(s);
  const k = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return k === '&' ? 'and' : k;
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], key: tokenKey(m[0]) });
  }
  return out;
}

/** "Ofsted’s" → length of "Ofsted"; 0 when the word is not possessive. */
export function possessiveCut(word: string): number {
  return /['’]s$/i.test(word) && word.length > 3
    ? word.length - 2
    : /s['’]$/.test(word) && word.length > 3
      ? word.length - 1
      : 0;
}

// Built once: the transpiler turns a literal with a Unicode property outside a class into a `new RegExp` call.
const HAS_CAPITAL = /\p{Lu}/u;
const CAPITALISED = /^[#@]?[\p{Lu}\p{N}]/u;
const CAPITALS = /^[\p{Lu}\p{N}&.]{2,}$/u;
// Both are asked of every token: a word that opens with an ASCII letter or digit (most) is answered by its code.
const opensLowerAscii = (c: number) => c >= 97 && c <= 122;
const opensUpperOrDigitAscii = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
export const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0);
  return opensLowerAscii(c) ? false : opensUpperOrDigitAscii(c) || CAPITALISED.test(w);
};
export const isAllCaps = (w: string) => !opensLowerAscii(w.charCodeAt(0)) && CAPITALS.test(w) && HAS_CAPITAL.test(w);
