import { describe, expect, it } from "vitest";
import { readCore } from "../src/nlp/figures/core.ts";
import { tokenize } from "../src/nlp/figures/tokens.ts";
import { findNumbers } from "../src/nlp/numbers.ts";
import { KIND_RULES } from "../src/nlp/rules/figures/kind.ts";
import { NOT_A_NUMBER_RULES, notANumber } from "../src/nlp/rules/figures/not-a-number.ts";
import { OUTCOME_RULES } from "../src/nlp/rules/figures/outcome.ts";
import type { Metric, NumberKind } from "../src/types.ts";

/** Read one number of a sentence: its kind, metric and the rule that decided. */
function read(sentence: string, text: string): [NumberKind, Metric | null, string] | undefined {
  const match = findNumbers(sentence, { year: 2020, previousMetric: "killed" }).find((m) => m.text === text);
  return match && [match.kind, match.metric, match.rule];
}

// One row per rule: a sentence, the number as tagged, and what the rule should make of it.
const OUTCOME_CASES: ReadonlyArray<readonly [string, string, NumberKind, Metric | null, string]> = [
  ["The court sentenced 12 men to prison.", "12", "count", null, "no-outcome"],
  ["Rebels seized 3 towns overnight.", "3", "count", null, "things-head"],
  ["Half of the 9,000 person population is unaccounted for.", "9,000", "count", null, "population-size"],
  ["The floods killed at least 14 villagers.", "at least 14", "figure", "killed", "outcome-verb-object"],
  ["The vigil attracted 3,000 mourners.", "3,000", "figure", "crowd", "rally-draws"],
  ["The state loses 900 people to snakebite each year.", "900", "figure", "killed", "lost-to-cause"],
  ["Divers were searching for 7 fishermen.", "7", "figure", "missing", "searched-for"],
  ["The blast claimed the lives of 31 people.", "31", "figure", "killed", "lives-of"],
  ["Officials put it at 400.", "400", "figure", "killed", "estimate-it"],
  ["Health officials put the death toll at 57.", "57", "figure", "killed", "tally"],
  ["A 2,000-strong crowd gathered.", "2,000", "figure", "crowd", "strong-size"],
  ["Over 300 people were hurt, 40 of them critically.", "40", "figure", "wounded", "severity-of-them"],
  ["Three of the injured were children.", "Three", "figure", "wounded", "partitive"],
  ["Nine miners were trapped and 4 died.", "4", "figure", "killed", "clause-outcome"],
  ["Among the dead were 5 police officers.", "5", "figure", "killed", "among-the"],
  ["The storm killed 20 people, including 6 children.", "6", "figure", "killed", "inclusion"],
  ["The dead included two nurses and three doctors.", "three", "figure", "killed", "inclusion-list"],
  ["Twelve passengers drowned and five others later.", "five", "figure", "killed", "elliptical-others"],
  ["About 40 soldiers patrolled the border.", "About 40", "count", null, "head-noun"],
  ["How many bodies lie under the mud - 500, 600?", "500, 600", "figure", "killed", "bare-anaphor"],
];

const KIND_CASES: ReadonlyArray<readonly [string, string, NumberKind, string]> = [
  ["The agency paid $4.5m in aid.", "$4.5m", "money", "money"],
  ["Prices rose 12 per cent.", "12 per cent", "percent", "percent"],
  ["A magnitude 6.4 quake hit.", "magnitude 6.4", "measurement", "scale-reading"],
  ["It was the 3rd attempt.", "3rd", "ordinal", "ordinal"],
  ["The suspect, aged 19, fled.", "aged 19", "age", "age-word"],
  ["A 7-year-old boy was hurt.", "7-year-old", "age", "age-old"],
  ["He is in his 70s.", "70s", "age", "age-decade"],
  ["Maria Lopez, 52, said.", "52", "age", "age-apposition"],
  ["The siege lasted six weeks.", "six weeks", "duration", "duration"],
  ["The lake is 40 km long.", "40 km", "measurement", "measurement"],
  ["The meeting began at 10:30.", "10:30", "other", "time-of-day"],
];

describe("figure rules: outcomes", () => {
  it.each(OUTCOME_CASES)("should read %j: %s as %s %s by rule %s", (sentence, text, kind, metric, rule) => {
    expect(read(sentence, text)).toEqual([kind, metric, rule]);
  });

  it("should have a case for every outcome rule", () => {
    expect(new Set(OUTCOME_CASES.map((c) => c[4]))).toEqual(new Set(OUTCOME_RULES.map((r) => r.id)));
  });
});

describe("figure rules: kinds", () => {
  it.each(KIND_CASES)("should read %j: %s as %s by rule %s", (sentence, text, kind, rule) => {
    expect(read(sentence, text)).toEqual([kind, null, rule]);
  });

  it("should have a case for every kind rule", () => {
    expect(new Set(KIND_CASES.map((c) => c[3]))).toEqual(new Set(KIND_RULES.map((r) => r.id)));
  });

  it.each([
    ["The talks were first held in 2019.", "2019", "year", "year"],
    ["Traffic on Route 9 was closed.", "9", "other", "label"],
    ["The strike lasted a week-long stretch.", "week-long", "duration", "implied-duration"],
    ["On March 3, 2021, floods hit.", "March 3, 2021", "date", "date"],
  ] as const)("should read %j: %s as %s by rule %s", (sentence, text, kind, rule) => {
    expect(read(sentence, text)).toEqual([kind, null, rule]);
  });
});

describe("figure rules: not a number", () => {
  const CASES = [
    ["They were first declared safe.", "first", "adverb-ordinal"],
    ["It was a one-sided fight.", "one-sided", "stray-tail"],
    ["No one expected it.", "one", "pronoun-one"],
    ["COVID-19 spread fast.", "19", "identifier"],
  ] as const;

  it.each(CASES)("should set aside %j: %s by rule %s", (sentence, text, rule) => {
    const toks = tokenize(sentence);
    const i = toks.findIndex((t) => text.startsWith(t.text) || t.text.startsWith(text));
    const core = readCore(toks, i);
    expect(core).not.toBeNull();
    expect(notANumber(toks, core!)).toBe(rule);
    expect(findNumbers(sentence)).toEqual([]);
  });

  it("should have a case for every not-a-number rule", () => {
    expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(NOT_A_NUMBER_RULES.map((r) => r.id)));
  });
});
