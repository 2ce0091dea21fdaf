/**
 * The kind of a number from what is written around it: money, percent, age, duration, measurement, ordinal,
 * time of day, year. Each reading is a named rule; the first that applies wins.
 */
import type { NumberKind } from "../../../types.ts";
import { type Core, isYear } from "../../figures/core.ts";
import { type Group } from "../../figures/group.ts";
import { DEGREE_SCALES, HYPHENS, type Token, adjacent, capitalised, punct, word } from "../../figures/tokens.ts";
import { FUNCTION_WORDS, PERSONAL_POSSESSIVES, YEAR_PREPOSITIONS } from "../../lexicon/clause-words.ts";
import { AGE_LINKS, AGE_WORDS, CHILDREN, OUTCOME_WORDS, PEOPLE_NOUNS } from "../../lexicon/outcomes.ts";
import { DURATION_MODIFIERS, MONTHS, TIME_UNITS, WEEKDAYS } from "../../lexicon/time.ts";
import {
  AREA_PREFIXES, CLOCK_WORDS, CURRENCY_CODES, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, SCALE_NAMES,
} from "../../lexicon/units.ts";

/** The unit after a number: a hyphenated tail ("three-week"), a hyphen ("12-year-old") or the next word. */
export function unitAfter(toks: Token[], core: Core): { parts: string[]; last: number } | null {
  if (core.tail.length > 0) return { parts: core.tail, last: core.last };
  const k = core.last + 1;
  if (HYPHENS.has(punct(toks, k)) && adjacent(toks, core.last, k) && adjacent(toks, k, k + 1) && word(toks, k + 1) !== "") {
    return { parts: word(toks, k + 1).split(/[-\u2010\u2011]/), last: k + 1 };
  }
  if (word(toks, k) !== "") return { parts: word(toks, k).split(/[-\u2010\u2011]/), last: k };
  return null;
}

export interface Unit {
  kind: NumberKind;
  /** Token indices the unit adds to the span. */
  first: number;
  last: number;
}

/** Classify by what is written around the number: money, percent, age, duration, measurement, ordinal, year. */
export function unitKind(toks: Token[], group: Group, start: number, floor: number, currency: boolean): Unit | null {
  const a = group.a;
  const b = group.b ?? group.a;
  const end = b.last;
  const k = end + 1;
  const at = (kind: NumberKind, last = end, first = start): Unit => ({ kind, first, last });
  if (currency) return at("money");
  // "5 million dollars", "300 Zimbabwe dollars"
  if (CURRENCY_WORDS.has(word(toks, k))) return at("money", k);
  if (capitalised(toks, k) && CURRENCY_WORDS.has(word(toks, k + 1))) return at("money", k + 1);
  if (b.glued !== null && CURRENCY_CODES.has(b.glued)) return at("money", end + 1);
  // "40%", "40 per cent", "40 percent"
  if (punct(toks, k) === "%") return at("percent", k);
  if (word(toks, k) === "per" && word(toks, k + 1) === "cent") return at("percent", k + 1);
  if (PERCENT_WORDS.has(word(toks, k))) return at("percent", k);
  if (word(toks, k) === "percentage" && word(toks, k + 1).startsWith("point")) return at("percent", k + 1);
  // "magnitude 7.0", "a magnitude-7.0"
  let m = a.first - 1;
  if (HYPHENS.has(punct(toks, m)) && adjacent(toks, m, a.first)) m--;
  if (start === a.first && m >= floor && SCALE_NAMES.has(word(toks, m))) {
    return at("measurement", end, m);
  }
  if (a.ordinal) return at("ordinal");
  // Ages: "aged 45", "the age of 60", "raising the age from 60 to 62", "a 12-year-old", "45 years old", "his 60s".
  for (let j = start - 1, steps = 0; j >= floor && steps < 3; j--, steps++) {
    if (AGE_WORDS.has(word(toks, j))) return at("age", end, steps === 0 ? j : start);
    if (!AGE_LINKS.has(word(toks, j))) break;
  }
  const unit = unitAfter(toks, b);
  const u = unit?.parts[0] ?? "";
  if (unit !== null && (u === "year" || u === "years" || u === "month" || u === "months")) {
    // "a 12-year-old", "a six-month-old baby"; but "a six-month-old truce" is the truce's duration.
    const old = unit.parts[1] === "old" || unit.parts[1] === "olds";
    if (old && (u.startsWith("year") || CHILDREN.has(word(toks, unit.last + 1)))) return at("age", unit.last);
    if (word(toks, unit.last + 1) === "old") return at("age", unit.last + 1);
    if (word(toks, unit.last + 1) === "of" && word(toks, unit.last + 2) === "age") return at("age", unit.last + 2);
  }
  if (a.decade && PERSONAL_POSSESSIVES.has(word(toks, start - 1))) return at("age");
  // "John Smith, 45, was ...": an age in commas after a name.
  const p = start - 1;
  const inCommas = punct(toks, p) === "," && (punct(toks, k) === "," || punct(toks, k) === ")");
  const inBrackets = punct(toks, p) === "(" && punct(toks, k) === ")";
  const name = p - 1 >= 0 && capitalised(toks, p - 1) && !WEEKDAYS.has(word(toks, p - 1)) && !MONTHS.has(word(toks, p - 1));
  if (group.b === null && a.digits && a.integer && a.value >= 1 && a.value <= 120 && (inCommas || inBrackets) && name) {
    return at("age");
  }
  // Durations: "seven days", "two year anniversary", "three-week", "48-hour", "five straight days".
  if (unit !== null && TIME_UNITS.has(u)) return at("duration", unit.last);
  if (DURATION_MODIFIERS.has(word(toks, k)) && TIME_UNITS.has(word(toks, k + 1))) return at("duration", k + 1);
  // Measurements: "10 km", "10km", "5 miles", "30 degrees", "7.0-magnitude", "300 square kilometres".
  if (b.glued !== null && MEASURE_UNITS.has(b.glued)) return at("measurement", end + 1);
  if (unit !== null && MEASURE_UNITS.has(u)) return at("measurement", unit.last);
  if (AREA_PREFIXES.has(word(toks, k)) && MEASURE_UNITS.has(word(toks, k + 1))) return at("measurement", k + 1);
  if (punct(toks, k) === "°") return at("measurement", DEGREE_SCALES.has(word(toks, k + 1)) ? k + 1 : k);
  if (word(toks, k) === "on" && word(toks, k + 1) === "the" && word(toks, k + 2) === "richter") {
    return at("measurement", word(toks, k + 3) === "scale" ? k + 3 : k + 2);
  }
  // Times of day: "10:30", "3 p.m."
  const clock = punct(toks, k) === ":" && adjacent(toks, end, k) && toks[k + 1]?.type === "num" ? k + 1 : end;
  const t = clock + 1;
  if (CLOCK_WORDS.has(word(toks, t))) return at("other", t);
  if ((word(toks, t) === "a" || word(toks, t) === "p") && punct(toks, t + 1) === "." && word(toks, t + 2) === "m") {
    return at("other", punct(toks, t + 3) === "." && adjacent(toks, t + 2, t + 3) ? t + 3 : t + 2);
  }
  if (clock !== end) return at("other", clock);
  return null;
}

/** Whether a four-digit number is a year: "in 2005", "the 2005 World Social Forum", but not "2000 people". */
export function yearAt(toks: Token[], core: Core, qualified: boolean): boolean {
  if (!isYear(core) || qualified) return false;
  const before = word(toks, core.first - 1);
  if (OUTCOME_WORDS.get(before)?.transitive) return false;
  if (YEAR_PREPOSITIONS.has(before) || before.endsWith("'s") || before.endsWith("’s")) return true;
  const next = toks[core.last + 1];
  if (next !== undefined && next.type === "word" && !capitalised(toks, core.last + 1)) {
    const plural = next.lower.endsWith("s") && !FUNCTION_WORDS.has(next.lower);
    if (PEOPLE_NOUNS.has(next.lower) || OUTCOME_WORDS.has(next.lower) || plural) return false;
  }
  return true;
}


/** A duration with its number implied: "a week-long", "nearly week-old", "a decade-long war". */
export function impliedDuration(toks: Token[], i: number): boolean {
  const w = word(toks, i);
  if (!w.includes("-") && !w.includes("\u2010") && !w.includes("\u2011")) return false;
  const parts = w.split(/[-\u2010\u2011]/);
  if (parts.length !== 2 || !TIME_UNITS.has(parts[0]!) || parts[0]!.endsWith("s")) return false;
  return parts[1] === "old" || parts[1] === "long";
}

