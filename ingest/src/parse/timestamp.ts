// "December 7, 2021 at 2:43 pm" → "2021-12-07T14:43:00" (local time as written; no zone is stated).
import { MONTHS } from '../calendar.js';
import { re } from '../regex.js';

// "December 7th, 2021 at 2:43 pm", "Dec. 7 2021, 2.43 p.m."
const MONTH_FIRST = /[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?: at|,)? \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?/;
// "7 December 2021 at 14:43"
const DAY_FIRST = /\d{1,2} [A-Z][a-z]+ \d{4}(?: at|,)? \d{1,2}[:.]\d{2}(?:\s*[ap]m)?/;
// "07/12/2021 14:43"
const NUMERIC = /\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}(?:\s*[ap]m)?/;
/**
 * Loosely shaped like a comment timestamp, valid or not, at the end of a line: "<Word> <d>, <yyyy> at <h:mm>
 * am|pm", "<d> <Word> <yyyy> <hh:mm>" or "<d>/<m>/<yyyy> <hh:mm>".
 */
export const TIMESTAMP_SHAPE = re(['(', MONTH_FIRST, '|', DAY_FIRST, '|', NUMERIC, ')$'], 'i');

const pad = (n: number) => String(n).padStart(2, '0');

export function parseTimestamp(s: string): string | null {
  const t = s
    .trim()
    .toLowerCase()
    .replace(/\./g, (m, i: number, str: string) =>
      /\d/.test(str[i - 1] ?? '') && /\d/.test(str[i + 1] ?? '') ? ':' : '',
    );
  let m = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?: at|,)? (\d{1,2}):(\d{2})\s*([ap])m$/.exec(t);
  let year: number, month: number, day: number, hour: number, minute: number, ampm: string | undefined;
  if (m) {
    month = monthIndex(m[1]!);
    day = Number(m[2]);
    year = Number(m[3]);
    hour = Number(m[4]);
    minute = Number(m[5]);
    ampm = m[6];
  } else if ((m = /^(\d{1,2}) ([a-z]+) (\d{4})(?: at|,)? (\d{1,2}):(\d{2})(?:\s*([ap])m)?$/.exec(t))) {
    day = Number(m[1]);
    month = monthIndex(m[2]!);
    year = Number(m[3]);
    hour = Number(m[4]);
    minute = Number(m[5]);
    ampm = m[6];
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?:\s*([ap])m)?$/.exec(t))) {
    // Day first: the British order.
    day = Number(m[1]);
    month = Number(m[2]);
    year = Number(m[3]);
    hour = Number(m[4]);
    minute = Number(m[5]);
    ampm = m[6];
  } else return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (!(month >= 1 && month <= 12) || hour > 23 || minute > 59 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
}

function monthIndex(word: string): number {
  const w = word.replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i + 1;
}
