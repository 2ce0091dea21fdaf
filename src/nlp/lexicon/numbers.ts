/**
 * Number words, each list once for the whole project: cardinals with their values, scale words and
 * multipliers, ordinals, and the abbreviations news prose writes against digits ("2.5bn", "$5m").
 */
import { wordMap, wordSet } from "./words.ts";

/** Cardinal words below ten: "zero" to "nine". */
export const UNIT_WORDS: ReadonlyMap<string, number> = wordMap({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});

/** "ten" to "nineteen". */
export const TEEN_WORDS: ReadonlyMap<string, number> = wordMap({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

/** The tens: "twenty" to "ninety". */
export const TENS_WORDS: ReadonlyMap<string, number> = wordMap({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers inside a number written in words, below the scale words: "five hundred", "two dozen". */
export const MULTIPLIERS: ReadonlyMap<string, number> = wordMap({ hundred: 100, dozen: 12 });

/** Scale words: "1.1 million", "two thousand". */
export const SCALE_WORDS: ReadonlyMap<string, number> = wordMap({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Ordinal words with their values: "third" is 3. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = wordMap({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
});

/** Scale words written against the digits ("2.5bn", "$5m") or after them ("1.1 million"). */
export const GLUED_SCALES: ReadonlyMap<string, number> = wordMap({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, ...Object.fromEntries(SCALE_WORDS),
});

/** Scale words that may follow the digits after a space ("2.5 bn", "3 million"). */
export const SPACED_SCALES: ReadonlyMap<string, number> = wordMap({ bn: 1e9, mn: 1e6, ...Object.fromEntries(SCALE_WORDS) });

/** Suffixes that make digits an ordinal: "1st", "22nd", "3rd", "4th". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = wordSet("st nd rd th");

/** Every cardinal word, for a quick "is this a number word" test: units, teens, tens, multipliers and scales. */
export const CARDINAL_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...MULTIPLIERS.keys(), ...SCALE_WORDS.keys(),
]);

/** Words for an indefinite number of people or things: "dozens", "hundreds of thousands". */
export const VAGUE_NUMBERS: ReadonlySet<string> = wordSet("dozens scores hundreds thousands tens millions billions");
