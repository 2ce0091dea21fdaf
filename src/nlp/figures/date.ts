/**
 * Read a date around a day or year number: "September 17", "Sept. 17, 2016", "2 November", "January 26–31".
 */
import { type Core, isDay, isYear, readCore } from "./core.ts";
import { RANGE_DASHES, type Token, adjacent, capitalised, punct, word } from "./tokens.ts";
import { MONTHS } from "../lexicon/time.ts";

export const pad = (n: number): string => String(n).padStart(2, "0");

/** The month named by the token at `k` ("September", "Sept"), only capitalised so "may" stays a verb. */
export function monthAt(toks: Token[], k: number): number | null {
  const m = MONTHS.get(word(toks, k));
  return m !== undefined && capitalised(toks, k) ? m : null;
}

/** Read a date around a day or year: "September 17", "Sept. 17, 2016", "2 November", "January 26–31", "January 2010". */
export function readDate(
  toks: Token[],
  core: Core,
  floor: number,
  contextYear: number | null,
): { first: number; last: number; value: string; range: boolean } | null {
  let m = core.first - 1;
  if (punct(toks, m) === "." && adjacent(toks, m - 1, m)) m--;
  const monthBefore = m >= floor ? monthAt(toks, m) : null;
  let first = core.first;
  let last = core.last;
  let month: number | null = null;
  let range = false;
  if (monthBefore !== null && isYear(core) && !core.ordinal) {
    return { first: m, last, value: `${core.value}-${pad(monthBefore)}`, range: false };
  }
  if (!isDay(core)) return null;
  // "January 26–31", "26–31 January"
  if (RANGE_DASHES.has(punct(toks, last + 1))) {
    const b = readCore(toks, last + 2);
    if (isDay(b) && b.value > core.value) {
      last = b.last;
      range = true;
    }
  }
  if (monthBefore !== null) {
    month = monthBefore;
    first = m;
  } else {
    let k = last + 1;
    if (word(toks, k) === "of") k++;
    const after = monthAt(toks, k);
    if (after === null) return null;
    month = after;
    last = punct(toks, k + 1) === "." && adjacent(toks, k, k + 1) && word(toks, k).length <= 4 ? k + 1 : k;
  }
  let year = contextYear;
  let k = last + 1;
  if (punct(toks, k) === ",") k++;
  const y = readCore(toks, k);
  if (isYear(y)) {
    year = y.value;
    last = y.last;
  }
  const day = `${pad(month)}-${pad(core.value)}`;
  return { first, last, value: year === null ? `--${day}` : `${year}-${day}`, range };
}

