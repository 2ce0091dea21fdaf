/**
 * The phrases that put a figure in another time, another incident or a period, or say where its victims are,
 * as named rules over the sentence's tokens (token-patterns.ts). scope.ts reads them once per sentence.
 * Words in lower case match in any case unless a rule says `lower` (the words as written, in lower case) or
 * `capitalised`; a rule with `atStart` only matches at the sentence's first word.
 */
import {
  AT_HOSPITAL, BEGAN, CALENDAR_UNITS, CRISES, DATED_DOCUMENTS, DAY_EDGES, DAY_HOURS, DAY_TIMES, EVENT_NOUNS, EVERY,
  FEW_WORDS, HOSPITAL_AUX, HOSPITAL_PERFECT, HOSPITAL_PLACES, HOSPITAL_STATES, KILLED_AUX, LONG_UNITS,
  LONG_UNITS_PLURAL, ON_THE_SPOT_VERBS, OTHER_EVENT_ADJECTIVES, PAST_WORDS, PRIOR_ADJECTIVES, SEASONS, SINCE_WORDS,
  SPAN_PREPOSITIONS, UPROOTED, WAR_OUTCOME_VERBS, WARS, YEAR_DETERMINERS, YEAR_EVENT_OPENERS, YEAR_PARTS, YEAR_STARTS,
} from "./lexicon/scope-words.ts";
import { INDEFINITE_ARTICLES } from "./lexicon/function-words.ts";
import { MONTH_NAMES, WEEKDAYS } from "./lexicon/time.ts";
import { capitalised, exact, maybe, one, phrase, type PhraseRule, type TokenTest, upTo, withWords, word } from "./token-patterns.ts";
import type { Token } from "./tokens.ts";

const w = (words: string) => word(new Set(words.split(" ")));
/** A word of the set written in lower case (rules that tell "war" from "War"). */
const lower = (set: ReadonlySet<string>): TokenTest => withWords((t) => t.text === t.lower && set.has(t.lower), set);
const year = (t: Token): boolean => /^(?:19|20)\d\d$/.test(t.text);
const fourDigits = (t: Token): boolean => /^\d{4}$/.test(t.text);
const letters = (t: Token): boolean => /^[a-z]+$/i.test(t.text);
const lowerLetters = (t: Token): boolean => /^[a-z]+$/.test(t.text);
const name = (t: Token): boolean => /^[A-Z][a-z]+$/.test(t.text);
const month = capitalised(MONTH_NAMES);
const weekday = capitalised(WEEKDAYS);
/** "Tuesday's", "Tuesday’s". */
const weekdayPossessive = withWords(
  (t) => /^\p{L}+['’]s$/u.test(t.text) && weekday({ ...t, text: t.text.slice(0, -2), lower: t.lower.slice(0, -2) }),
  [...WEEKDAYS].map((d) => `${d}'s`),
);
const event = word(EVENT_NOUNS);
const eventOrDocument = word(new Set([...EVENT_NOUNS, ...DATED_DOCUMENTS]));
const fewWord = word(FEW_WORDS);
/** "three", "20": a count of years written out or in up to three digits. */
const fewYears = (t: Token): boolean => fewWord(t) || /^\d{1,3}$/.test(t.text);

/** Phrases of another time, in the order they are tried; the first rule with a match names the figure's time. */
export const OTHER_TIMES: readonly PhraseRule[] = [
  /** "in June", "since March 2020". */
  phrase("in-month", [[one(exact("in", "during", "since")), one(month), maybe(year)]]),
  /** "in 2015", "since 2019". */
  phrase("in-year", [[one(exact("in", "since")), one(year)]]),
  /** "the previous day", "the day before", "last week", "earlier this month". */
  phrase(
    "relative-day",
    [
      [one(w("the")), one(w("previous")), one(w("day"))],
      [one(w("the")), one(w("day")), one(w("before"))],
      [one(w("the")), one(w("previous")), one(w("week"))],
      [one(w("last")), one(word(CALENDAR_UNITS))],
      [one(w("earlier")), one(w("this")), one(word(CALENDAR_UNITS))],
    ],
  ),
  /** "in Tuesday's violence". */
  phrase("in-weekday-event", [[one(exact("in", "during")), one(weekdayPossessive), one(lowerLetters)]]),
  /** "Tuesday's attack" (a count's date, "Monday's toll", is set aside by scope.ts). */
  phrase("weekday-event", [[one(weekdayPossessive), one(lowerLetters)]]),
  /** "On Tuesday, officials had put ...", "By Sunday, ...". */
  phrase("opening-weekday", [[one(exact("On", "By")), one(weekday)]], true),
  /** "In 2012, ...", "In March, four people died ...", "In April 2022, ...". */
  phrase("opening-in", [[one(exact("In")), one(month), maybe(year)], [one(exact("In")), one(year)]], true),
];

/** Phrases naming another incident: "a similar attack in 2015", "the 2005 quake", "three years after". */
export const OTHER_EVENTS: readonly PhraseRule[] = [
  /** "a similar attack", "an earlier suicide bombing". */
  phrase("a-similar-event", [[one(word(INDEFINITE_ARTICLES)), one(word(OTHER_EVENT_ADJECTIVES)), maybe(letters), one(event)]]),
  /** "the previous attack", "that last quake". */
  phrase("the-previous-event", [[one(w("the that")), one(word(PRIOR_ADJECTIVES)), one(event)]]),
  /** "another bombing". */
  phrase("another-event", [[one(w("another")), one(event)]]),
  /** "the 2005 quake", "in a 2024 report" (no article: "in 2024 report"). */
  phrase("dated-event", [[one(word(YEAR_EVENT_OPENERS)), one(year), maybe(letters), one(eventOrDocument)]]),
  /** "three years after", "20 years ago". */
  phrase("years-after", [[one(fewYears), one(word(LONG_UNITS)), one(word(SINCE_WORDS))]]),
  /** "in the summer of 2022". */
  phrase("season-of", [[one(w("in")), one(w("the")), one(word(SEASONS)), one(w("of")), one(year)]]),
];

/** Counts over a period rather than of one incident: "so far this year", "every year", "in the past five years". */
export const PERIODS: readonly PhraseRule[] = [
  /** "so far this year", "so far in 2023", "since the start of the year". */
  phrase(
    "year-to-date",
    [
      [one(w("so")), one(w("far")), one(w("this")), one(w("year"))],
      [one(w("so")), one(w("far")), one(w("in")), one(fourDigits)],
      [one(w("since")), one(w("the")), one(word(YEAR_STARTS)), one(w("of")), one(w("the this")), one(w("year"))],
    ],
  ),
  /** "in the first six months of this year". */
  phrase("first-part-of-year", [[one(w("in")), one(w("the")), one(w("first")), maybe(letters), one(word(YEAR_PARTS)), one(w("of")), one(word(YEAR_DETERMINERS)), one(w("year"))]]),
  /** "every year", "annually". */
  phrase("yearly", [[one(word(EVERY)), one(w("year"))], [one(w("annually"))]]),
  /** "in the past five years", "over the last decades". */
  phrase("past-years", [[one(word(SPAN_PREPOSITIONS)), one(w("the")), one(word(PAST_WORDS)), maybe((t) => /^[a-z0-9]+$/i.test(t.text)), one(word(LONG_UNITS_PLURAL))]]),
  /** "in the past 24 hours". */
  phrase("past-hours", [[one(word(SPAN_PREPOSITIONS)), one(w("the")), one(word(PAST_WORDS)), one(word(DAY_HOURS)), one(w("hours"))]]),
  /** A whole war's toll, not one incident's: "The war has killed tens of thousands". */
  phrase(
    "war-toll",
    [
      [one(exact("The", "This", "That")), one(lower(WARS)), maybe(lowerLetters), one(exact("has", "have")), one(lower(WAR_OUTCOME_VERBS))],
      [one(exact("The", "This", "That")), one(exact("civil")), one(exact("war")), maybe(lowerLetters), one(exact("has", "have")), one(lower(WAR_OUTCOME_VERBS))],
    ],
    true,
  ),
  /** "since the war began", "since the fighting broke out". */
  phrase(
    "since-war-began",
    [
      [one(w("since")), one(w("the")), one(word(CRISES)), one(word(BEGAN))],
      [one(w("since")), one(w("the")), one(word(CRISES)), one(w("broke")), one(w("out"))],
    ],
  ),
  /** A country's displaced population: "More than 2 million people have been displaced inside Burkina Faso". */
  phrase(
    "displaced-inside",
    [
      [one(lower(UPROOTED)), one(exact("inside")), one(exact("the")), one(exact("country"))],
      [one(lower(UPROOTED)), one(exact("inside")), one(name), maybe(name)],
    ],
  ),
];

/** "died on the spot", "were killed on the spot". */
export const ON_THE_SPOT: PhraseRule = phrase("on-the-spot", [
  [one(word(ON_THE_SPOT_VERBS)), one(w("on")), one(w("the")), one(w("spot"))],
  [one(word(KILLED_AUX)), one(w("killed")), one(w("on")), one(w("the")), one(w("spot"))],
]);

/** "on the way to hospital", "in hospital", "later in a hospital". */
export const IN_HOSPITAL: PhraseRule = phrase("in-hospital", [
  [one(w("on")), one(w("the")), one(w("way")), one(w("to")), maybe(w("the a")), one(word(HOSPITAL_PLACES))],
  [one(word(AT_HOSPITAL)), maybe(w("the a")), one(word(HOSPITAL_PLACES))],
  [one(w("later")), one(w("in")), maybe(w("the a")), one(word(HOSPITAL_PLACES))],
]);

/** After a figure, those a hospital has: "61 were being treated", "38, are still hospitalised". Words as written. */
export const HOSPITAL_AFTER: PhraseRule = phrase("hospital-after", [
  [upTo(3, (t) => /^[\p{L}-]+$/u.test(t.text)), maybe(exact(",")), one(lower(HOSPITAL_AUX)), maybe(exact("still")), maybe(exact("being")), one(lower(HOSPITAL_STATES))],
  [upTo(3, (t) => /^[\p{L}-]+$/u.test(t.text)), maybe(exact(",")), one(lower(HOSPITAL_PERFECT)), one(exact("been")), maybe(exact("still")), maybe(exact("being")), one(lower(HOSPITAL_STATES))],
]);

/** The day a count stands on: "Monday", "on Tuesday", "later Wednesday", "Sunday evening", "yesterday", "last night". Words as written. */
export const DAY: PhraseRule = phrase("day", [
  [one(lower(DAY_EDGES)), maybe(exact("on")), one(weekday), maybe(lower(DAY_TIMES))],
  [one(exact("on")), one(weekday), maybe(lower(DAY_TIMES))],
  [one(weekday), maybe(lower(DAY_TIMES))],
  [one(exact("yesterday", "Yesterday"))],
  [one(exact("last", "Last")), one(exact("night"))],
]);
