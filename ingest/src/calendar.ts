// Month and weekday names, read from ingest/data/calendar.json, for the date parsers and the name finders.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CalendarData {
  months: string[];
  weekdays: string[];
  otherMonthAbbreviations: string[];
}

const DATA: CalendarData = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../data/calendar.json'), 'utf8'),
) as CalendarData;
const lower = (words: string[]) => words.map((w) => w.toLowerCase());

/** "january" … "december", in calendar order (an index is the month less one). */
export const MONTHS: readonly string[] = lower(DATA.months);
/** "monday" … "sunday". */
export const WEEKDAYS: readonly string[] = lower(DATA.weekdays);
/** "jan", "feb", … "sept": shortened months that a full stop can follow mid-sentence ("May" is a whole name). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  ...MONTHS.map((m) => m.slice(0, 3)).filter((a) => !MONTHS.includes(a)),
  ...lower(DATA.otherMonthAbbreviations),
];

const CALENDAR_NAMES = new Set([...DATA.months, ...DATA.weekdays]);
/** A month or a weekday written as a name ("March", "Monday"): not a name of anyone on its own. */
export const isCalendarName = (word: string): boolean => CALENDAR_NAMES.has(word);
