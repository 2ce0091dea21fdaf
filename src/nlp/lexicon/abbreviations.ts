/**
 * Abbreviations after which a full stop rarely ends a sentence, and the capitalised words that start one.
 */
import { DOTTED_TITLES } from "./roles.ts";
import { MONTHS, MONTH_NAMES } from "./time.ts";
import { wordSet } from "./words.ts";

/** Abbreviated weekday names: "Tues.", "Thurs.". */
export const WEEKDAY_ABBREVIATIONS = wordSet("mon tue tues wed thu thur thurs fri sat sun");
/** Abbreviated month names: "Sept.", "Jan." (the short keys of the month lexicon). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([...MONTHS.keys()].filter((m) => !MONTH_NAMES.has(m)));

/** Abbreviations after which a full stop rarely ends the sentence (lowercase, without the final dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...DOTTED_TITLES,
  ...wordSet(`
    cpt pres mt ft hon amb jr sr messrs mme mlle no nos vs v approx est dept univ assn bros co corp inc ltd e.g i.e
    cf al ave blvd rd km sq op vol pp ed eds govt
  `),
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
]);

/** Capitalised words that start sentences, so a full stop before them ends one even after "U.S.". */
export const SENTENCE_OPENERS = wordSet(`
  The A An It He She They We I You This That These Those There But And However Meanwhile In On At After Before
  When While Its His Her Their Our Some Many Most No Yesterday Today Earlier Later Also Officials Police According
  One Two Three Four Five Six Seven Eight Nine Ten Several Dozens Hundreds Thousands Authorities Rescuers Witnesses
  Residents
`);
