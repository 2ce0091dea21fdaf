/**
 * Numbers that are no number of the prose: an adverb "first", the pronoun "one", a name or code ("COVID-19",
 * "F-16", "9/11"), a label ("Route 5", "Resolution 1441").
 */
import { type Core } from "../../figures/core.ts";
import { QUALIFIER_FIRST_WORDS } from "../../figures/group.ts";
import { HYPHENS, type Token, adjacent, capitalised, punct, word } from "../../figures/tokens.ts";
import {
  FUNCTION_WORDS, OPENING_MARKS, PRONOUN_ONE_BEFORE, TELL_VERBS,
} from "../../lexicon/clause-words.ts";
import { DETERMINERS } from "../../lexicon/function-words.ts";
import { OUTCOME_WORDS } from "../../lexicon/outcomes.ts";
import { MONTHS, TIME_UNITS, WEEKDAYS } from "../../lexicon/time.ts";
import { CURRENCY_CODES, MEASURE_UNITS } from "../../lexicon/units.ts";
import { type Rule, firstRule } from "./rule.ts";

/** Whether a "one" is the pronoun ("no one", "one another", "the one"), not a number. */
function pronounOne(toks: Token[], core: Core): boolean {
  if (core.words !== "one") return false;
  const before = word(toks, core.first - 1);
  const after = word(toks, core.last + 1);
  return PRONOUN_ONE_BEFORE.has(before) || after === "another";
}


/** Whether a number in digits is part of a name or code: "COVID-19", "F-16", "3D", "9/11", "24/7". */
function identifier(toks: Token[], core: Core): boolean {
  if (!core.digits) return false;
  const slashAfter = punct(toks, core.last + 1) === "/" && adjacent(toks, core.last, core.last + 1);
  if (slashAfter && toks[core.last + 2]?.type === "num") return true;
  const slashBefore = punct(toks, core.first - 1) === "/" && adjacent(toks, core.first - 1, core.first);
  if (slashBefore && toks[core.first - 2]?.type === "num") return true;
  if (core.glued !== null && !MEASURE_UNITS.has(core.glued) && !CURRENCY_CODES.has(core.glued)) return true;
  const h = core.first - 1;
  if (HYPHENS.has(punct(toks, h)) && adjacent(toks, h - 1, h) && adjacent(toks, h, core.first)) {
    const name = toks[h - 1]!;
    return name.type === "word" && (name.text.length === 1 || name.text !== name.lower);
  }
  return false;
}


/** Whether a number in digits labels something named: "Route 5", "Resolution 1441", "Flight 17". */
export function labelNumber(toks: Token[], core: Core, start: number): boolean {
  const k = core.first - 1;
  // A capital that only starts the sentence ("Another 10 people") names nothing.
  if (!core.digits || start !== core.first || !capitalised(toks, k)) return false;
  if (k === 0 || OPENING_MARKS.has(punct(toks, k - 1))) return false;
  // "told Reuters 20 people were killed": the name is the one told; the number opens the clause.
  if (TELL_VERBS.has(word(toks, k - 1))) return false;
  const w = word(toks, k);
  return !FUNCTION_WORDS.has(w) && !WEEKDAYS.has(w) && !MONTHS.has(w) && !OUTCOME_WORDS.has(w) && !QUALIFIER_FIRST_WORDS.has(w);
}

/** `adverb-ordinal`: a word ordinal without a determiner is an adverb: "were first declared" (but "a second day"). */
const adverbOrdinal: Rule<NotANumberInput, true> = {
  id: "adverb-ordinal",
  apply: ({ toks, core }) => {
    const det = word(toks, core.first - 1);
    const determined = DETERMINERS.has(det) || det.endsWith("'s") || det.endsWith("’s");
    return core.ordinal && !core.digits && !determined ? true : null;
  },
};

/** `stray-tail`: a number word inside a hyphenated word that is no unit: "one-sided", "two-thirds", "first-hand". */
const strayTail: Rule<NotANumberInput, true> = {
  id: "stray-tail",
  apply: ({ core }) => {
    const tail = core.tail[0];
    return tail !== undefined && !TIME_UNITS.has(tail) && !MEASURE_UNITS.has(tail) ? true : null;
  },
};

/** `pronoun-one`: "no one", "one another", "the one who". */
const pronoun: Rule<NotANumberInput, true> = { id: "pronoun-one", apply: ({ toks, core }) => (pronounOne(toks, core) ? true : null) };

/** `identifier`: a name or code: "COVID-19", "F-16", "3D", "9/11", "24/7". */
const code: Rule<NotANumberInput, true> = { id: "identifier", apply: ({ toks, core }) => (identifier(toks, core) ? true : null) };

/** What a not-a-number rule reads: the tokens and the number as written. */
interface NotANumberInput {
  toks: Token[];
  core: Core;
}

/** The rules that set a number aside as no number of the prose, in the order they are tried. */
export const NOT_A_NUMBER_RULES: ReadonlyArray<Rule<NotANumberInput, true>> = [adverbOrdinal, strayTail, pronoun, code];

/** Return the id of the rule that finds the number just read no number of the prose, or null. */
export function notANumber(toks: Token[], core: Core): string | null {
  return firstRule(NOT_A_NUMBER_RULES, { toks, core })?.rule ?? null;
}
