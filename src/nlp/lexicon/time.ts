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

/** Parts of the calendar that a phrase of time is about: "the previous night", "that morning", "last week". */
export const DAY_PARTS: ReadonlySet<string> = wordSet("morning afternoon evening night day week weekend month year");

/** Words that place a part of the calendar relative to another: "the previous night", "the same day". */
export const TIME_RELATIVES: ReadonlySet<string> = wordSet("previous following next same last this that");
/** Units of years or months, which an age may take: "a 12-year-old", "a six-month-old baby". */
export const AGE_UNITS = wordSet("year years month months");
/** Units of years, for an age in years: "a 12-year-old". */
export const YEAR_UNITS = wordSet("year years");
/** "old" and the noun "olds" after an age's unit: "12-year-olds". */
export const OLD_WORDS = wordSet("old olds");
/** The first letters of "a.m." and "p.m.", written after a time of day. */
export const MERIDIEM_LETTERS = wordSet("a p");
