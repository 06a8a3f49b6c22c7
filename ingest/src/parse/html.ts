// An HTML page is ingested as its visible text: no markup, scripts, styles or comments. A streaming
// tokenizer (htmlparser2) reads the page once, so the time grows with its length whatever the markup holds.
import { Parser } from 'htmlparser2';

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text) || /<body[\s>]/i.test(text.slice(0, 5000));
}

/** Elements whose content is never visible text. */
const HIDDEN = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'nav', 'title']);
/** Elements that start a new line of text. */
const BLOCK = new Set(
  (
    'p div br h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer blockquote pre hr dd dt ' +
    'figure figcaption main aside'
  ).split(' '),
);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        // An unclosed <head> ends where the body begins.
        if (name === 'body') hidden = 0;
        else if (HIDDEN.has(name)) hidden++;
        else if (BLOCK.has(name) && !hidden) out.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK.has(name) && !hidden) out.push('\n');
      },
      ontext(text) {
        if (!hidden) out.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return (
    out
      .join('')
      .split('\n')
      .map((l) => l.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
