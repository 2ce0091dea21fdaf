/**
 * Time words, each list once for the whole project: months, weekdays, relative days and units of time.
 */
import { wordMap, wordSet } from "./words.ts";

/** Month names and their abbreviations, lower case, with the month's number ("sept" is 9). */
export const MONTHS: ReadonlyMap<string, number> = wordMap({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});

/** Full month names only, lower case: "may" and "march" are also verbs, so match them capitalised. */
export const MONTH_NAMES: ReadonlySet<string> = wordSet(`
  january february march april may june july august september october november december
`);

/** Weekday names, lower case. */
export const WEEKDAYS: ReadonlySet<string> = wordSet("monday tuesday wednesday thursday friday saturday sunday");

/** Days named relative to the report's own day: "killed yesterday", "died overnight". */
export const RELATIVE_DAYS: ReadonlySet<string> = wordSet("yesterday today tonight overnight");

/** Units of time, singular and plural: "seven days", "a three-week truce". */
export const TIME_UNITS: ReadonlySet<string> = wordSet(`
  second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months year
  years decade decades century centuries
`);

/** Words that may stand between a number and its time unit ("five straight days"). */
export const DURATION_MODIFIERS: ReadonlySet<string> = wordSet("straight consecutive successive more full additional whole long");
