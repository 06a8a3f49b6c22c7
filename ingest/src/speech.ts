// Reporting words exactly as written (ingest/data/speech.json, `forms`), for the cues that look for these
// forms only: a quotation's speaker, a person's name beside "said", the attributions that mark news.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp } from './regex.js';

interface SpeechForms {
  quote: string[];
  nameAfter: string[];
  nameBefore: string[];
  news: string[];
}

const FORMS = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../data/speech.json'), 'utf8')) as {
    forms: SpeechForms;
  }
).forms;

/** The forms as one regex alternation source, e.g. "said|says|…"; `each` may widen a form's own pattern. */
export function alternation(forms: readonly string[], each: (form: string) => string = escapeRegExp): string {
  return forms.map(each).join('|');
}

/** What attaches a quotation to the speaker beside it ("…,” she said"). */
export const QUOTE_FORMS: readonly string[] = FORMS.quote;
/** What, written after an unknown name, shows it is a person's ("Smith said"). */
export const NAME_AFTER_FORMS: readonly string[] = FORMS.nameAfter;
/** What, written before an unknown name, shows it is a person's ("according to Smith"). */
export const NAME_BEFORE_FORMS: readonly string[] = FORMS.nameBefore;
/** Attributions whose count tells news reporting from other writing. */
export const NEWS_FORMS: readonly string[] = FORMS.news;
