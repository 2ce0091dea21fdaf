/**
 * The kind of a number from what is written around it: money, percent, age, duration, measurement, ordinal,
 * time of day, year. Each reading is a named rule; the first that applies wins.
 */
import type { NumberKind } from "../../../types.ts";
import { type Core, isYear } from "../../figures/core.ts";
import { type Group } from "../../figures/group.ts";
import {
  HYPHENS, HYPHEN_SPLIT, type Token, adjacent, capitalised, punct, word,
} from "../../figures/tokens.ts";
import { FUNCTION_WORDS, PERSONAL_POSSESSIVES, YEAR_PREPOSITIONS } from "../../lexicon/clause-words.ts";
import { DEGREE_SCALES } from "../../lexicon/units.ts";
import { AGE_LINKS, AGE_WORDS, CHILDREN, OUTCOME_WORDS, PEOPLE_NOUNS } from "../../lexicon/outcomes.ts";
import { AGE_UNITS, DURATION_MODIFIERS, MERIDIEM_LETTERS, MONTHS, OLD_WORDS, TIME_UNITS, WEEKDAYS, YEAR_UNITS } from "../../lexicon/time.ts";
import {
  AREA_PREFIXES, CLOCK_WORDS, CURRENCY_CODES, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, SCALE_NAMES,
} from "../../lexicon/units.ts";
import type { Rule } from "./rule.ts";

/** The unit after a number: a hyphenated tail ("three-week"), a hyphen ("12-year-old") or the next word. */
function unitAfter(toks: Token[], core: Core): { parts: string[]; last: number } | null {
  if (core.tail.length > 0) return { parts: core.tail, last: core.last };
  const k = core.last + 1;
  if (HYPHENS.has(punct(toks, k)) && adjacent(toks, core.last, k) && adjacent(toks, k, k + 1) && word(toks, k + 1) !== "") {
    return { parts: word(toks, k + 1).split(HYPHEN_SPLIT), last: k + 1 };
  }
  if (word(toks, k) !== "") return { parts: word(toks, k).split(HYPHEN_SPLIT), last: k };
  return null;
}

/** A reading of a number by its unit: its kind and the tokens the unit adds to the span. */
interface Unit {
  kind: NumberKind;
  /** Token indices the unit adds to the span. */
  first: number;
  last: number;
  /** The id of the rule that read it. */
  rule: string;
}

/** Words back from a number to "age" across "of the", "between": "the age of 60", "aged between 18 and 25". */
const AGE_REACH = 3;
/** The oldest age in years read from a number in commas after a name: "John Smith, 45, was ...". */
const MAX_AGE = 120;

/** What a kind rule reads about one number or range. */
interface KindInput {
  toks: Token[];
  group: Group;
  /** First token of the span so far (qualifier and currency sign included), and the lowest token it may reach. */
  start: number;
  floor: number;
  /** Whether a currency sign or code came before. */
  currency: boolean;
  /** The last number of the group, and the token after it. */
  end: number;
  next: number;
  /** The unit word after the number, split at hyphens, or null. */
  unit: { parts: string[]; last: number } | null;
}

type Reading = Omit<Unit, "rule">;

const at = (x: KindInput, kind: NumberKind, last = x.end, first = x.start): Reading => ({ kind, first, last });
const unitWord = (x: KindInput): string => x.unit?.parts[0] ?? "";

/** `money`: "$5", "US$3m", "USD 40", "5 million dollars", "300 Zimbabwe dollars", "5bn usd". */
const money: Rule<KindInput, Reading> = {
  id: "money",
  apply: (x) => {
    const { toks, next: k } = x;
    if (x.currency) return at(x, "money");
    if (CURRENCY_WORDS.has(word(toks, k))) return at(x, "money", k);
    if (capitalised(toks, k) && CURRENCY_WORDS.has(word(toks, k + 1))) return at(x, "money", k + 1);
    const glued = (x.group.b ?? x.group.a).glued;
    return glued !== null && CURRENCY_CODES.has(glued) ? at(x, "money", x.end + 1) : null;
  },
};

/** `percent`: "40%", "40 per cent", "40 percent", "3 percentage points". */
const percent: Rule<KindInput, Reading> = {
  id: "percent",
  apply: (x) => {
    const { toks, next: k } = x;
    if (punct(toks, k) === "%") return at(x, "percent", k);
    if (word(toks, k) === "per" && word(toks, k + 1) === "cent") return at(x, "percent", k + 1);
    if (PERCENT_WORDS.has(word(toks, k))) return at(x, "percent", k);
    return word(toks, k) === "percentage" && word(toks, k + 1).startsWith("point") ? at(x, "percent", k + 1) : null;
  },
};

/** `scale-reading`: "magnitude 7.0", "a magnitude-7.0", "category 4". */
const scaleReading: Rule<KindInput, Reading> = {
  id: "scale-reading",
  apply: (x) => {
    const a = x.group.a;
    let m = a.first - 1;
    if (HYPHENS.has(punct(x.toks, m)) && adjacent(x.toks, m, a.first)) m--;
    return x.start === a.first && m >= x.floor && SCALE_NAMES.has(word(x.toks, m)) ? at(x, "measurement", x.end, m) : null;
  },
};

/** `ordinal`: "3rd", "the 21st", "a second day". */
const ordinal: Rule<KindInput, Reading> = { id: "ordinal", apply: (x) => (x.group.a.ordinal ? at(x, "ordinal") : null) };

/** `age-word`: "aged 45", "the age of 60", "raising the age from 60 to 62". */
const ageWord: Rule<KindInput, Reading> = {
  id: "age-word",
  apply: (x) => {
    for (let j = x.start - 1, steps = 0; j >= x.floor && steps < AGE_REACH; j--, steps++) {
      if (AGE_WORDS.has(word(x.toks, j))) return at(x, "age", x.end, steps === 0 ? j : x.start);
      if (!AGE_LINKS.has(word(x.toks, j))) break;
    }
    return null;
  },
};

/** `age-old`: "a 12-year-old", "a six-month-old baby", "45 years old", "18 years of age" (not "a six-month-old truce"). */
const ageOld: Rule<KindInput, Reading> = {
  id: "age-old",
  apply: (x) => {
    const { toks, unit } = x;
    const u = unitWord(x);
    if (unit === null || !AGE_UNITS.has(u)) return null;
    const old = OLD_WORDS.has(unit.parts[1] ?? "");
    if (old && (YEAR_UNITS.has(u) || CHILDREN.has(word(toks, unit.last + 1)))) return at(x, "age", unit.last);
    if (word(toks, unit.last + 1) === "old") return at(x, "age", unit.last + 1);
    return word(toks, unit.last + 1) === "of" && word(toks, unit.last + 2) === "age" ? at(x, "age", unit.last + 2) : null;
  },
};

/** `age-decade`: "in his 60s", "their 20s". */
const ageDecade: Rule<KindInput, Reading> = {
  id: "age-decade",
  apply: (x) => (x.group.a.decade && PERSONAL_POSSESSIVES.has(word(x.toks, x.start - 1)) ? at(x, "age") : null),
};

/** `age-apposition`: "John Smith, 45, was ...", "Jane Doe (32)": an age in commas or brackets after a name. */
const ageApposition: Rule<KindInput, Reading> = {
  id: "age-apposition",
  apply: (x) => {
    const { toks, group } = x;
    const a = group.a;
    const p = x.start - 1;
    const inCommas = punct(toks, p) === "," && (punct(toks, x.next) === "," || punct(toks, x.next) === ")");
    const inBrackets = punct(toks, p) === "(" && punct(toks, x.next) === ")";
    const name = p - 1 >= 0 && capitalised(toks, p - 1) && !WEEKDAYS.has(word(toks, p - 1)) && !MONTHS.has(word(toks, p - 1));
    const plausible = group.b === null && a.digits && a.integer && a.value >= 1 && a.value <= MAX_AGE;
    return plausible && (inCommas || inBrackets) && name ? at(x, "age") : null;
  },
};

/** `duration`: "seven days", "two year anniversary", "three-week", "48-hour", "five straight days". */
const duration: Rule<KindInput, Reading> = {
  id: "duration",
  apply: (x) => {
    if (x.unit !== null && TIME_UNITS.has(unitWord(x))) return at(x, "duration", x.unit.last);
    const k = x.next;
    return DURATION_MODIFIERS.has(word(x.toks, k)) && TIME_UNITS.has(word(x.toks, k + 1)) ? at(x, "duration", k + 1) : null;
  },
};

/** `measurement`: "10 km", "10km", "5 miles", "30°C", "300 square kilometres", "6.1 on the Richter scale". */
const measurement: Rule<KindInput, Reading> = {
  id: "measurement",
  apply: (x) => {
    const { toks, next: k } = x;
    const glued = (x.group.b ?? x.group.a).glued;
    if (glued !== null && MEASURE_UNITS.has(glued)) return at(x, "measurement", x.end + 1);
    if (x.unit !== null && MEASURE_UNITS.has(unitWord(x))) return at(x, "measurement", x.unit.last);
    if (AREA_PREFIXES.has(word(toks, k)) && MEASURE_UNITS.has(word(toks, k + 1))) return at(x, "measurement", k + 1);
    if (punct(toks, k) === "°") return at(x, "measurement", DEGREE_SCALES.has(word(toks, k + 1)) ? k + 1 : k);
    if (word(toks, k) !== "on" || word(toks, k + 1) !== "the" || word(toks, k + 2) !== "richter") return null;
    return at(x, "measurement", word(toks, k + 3) === "scale" ? k + 3 : k + 2);
  },
};

/** `time-of-day`: "10:30", "3 pm", "3 p.m.", "0600 GMT". */
const timeOfDay: Rule<KindInput, Reading> = {
  id: "time-of-day",
  apply: (x) => {
    const { toks, end, next: k } = x;
    const clock = punct(toks, k) === ":" && adjacent(toks, end, k) && toks[k + 1]?.type === "num" ? k + 1 : end;
    const t = clock + 1;
    if (CLOCK_WORDS.has(word(toks, t))) return at(x, "other", t);
    if (MERIDIEM_LETTERS.has(word(toks, t)) && punct(toks, t + 1) === "." && word(toks, t + 2) === "m") {
      return at(x, "other", punct(toks, t + 3) === "." && adjacent(toks, t + 2, t + 3) ? t + 3 : t + 2);
    }
    return clock !== end ? at(x, "other", clock) : null;
  },
};


/** The kind rules in the order they are tried. */
export const KIND_RULES: ReadonlyArray<Rule<KindInput, Reading>> = [
  money, percent, scaleReading, ordinal, ageWord, ageOld, ageDecade, ageApposition, duration, measurement, timeOfDay,
];

/** Classify by what is written around the number: money, percent, age, duration, measurement, ordinal, time. */
export function unitKind(toks: Token[], group: Group, start: number, floor: number, currency: boolean): Unit | null {
  const end = (group.b ?? group.a).last;
  const input: KindInput = { toks, group, start, floor, currency, end, next: end + 1, unit: unitAfter(toks, group.b ?? group.a) };
  for (const rule of KIND_RULES) {
    const read = rule.apply(input);
    if (read !== null) return { kind: read.kind, first: read.first, last: read.last, rule: rule.id };
  }
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
  const parts = w.split(HYPHEN_SPLIT);
  if (parts.length !== 2 || !TIME_UNITS.has(parts[0]!) || parts[0]!.endsWith("s")) return false;
  return parts[1] === "old" || parts[1] === "long";
}

