import { describe, expect, it } from "vitest";
import { readCore } from "../src/nlp/figures/core.ts";
import { numberTokens, tokenize } from "../src/nlp/figures/tokens.ts";
import { tokenize as tokenizeSentence } from "../src/nlp/tokens.ts";
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
  ["The storm injured residents of three towns, at least 60 of them in Ashton.", "at least 60", "figure", "wounded", "earlier-clause"],
  ["Rescuers digging for bodies in the mud pulled out six on Tuesday.", "six", "figure", "killed", "rescue-object"],
  ["Police said 40 people were arrested, 25 in Nairobi and 15 in Mombasa.", "15", "figure", "arrested", "place-share"],
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

/** The figure of one number: value, qualifier and metric. */
function figureOf(sentence: string, text: string): [number | string, string, Metric | null] | undefined {
  const match = findNumbers(sentence).find((m) => m.text === text);
  return match && [match.value, match.qualifier, match.metric];
}

describe("figures: broadcast number spellings", () => {
  it.each([
    ["About 12-hundred people were evacuated from the coast.", "About 12-hundred", 1200, "about", "displaced"],
    ["Some 15 hundred people were hurt in the stampede.", "Some 15 hundred", 1500, "about", "wounded"],
    ["Organisers said 5-thousand people marched.", "5-thousand", 5000, "exact", "crowd"],
    ["Organisers said two-thousand people marched.", "two-thousand", 2000, "exact", "crowd"],
  ] as const)("should read %j: %s as %d", (sentence, text, value, qualifier, metric) => {
    expect(figureOf(sentence, text)).toEqual([value, qualifier, metric]);
  });

  it("should not read 'hundred' after more than two digits as a multiplier", () => {
    expect(findNumbers("The 1,200 hundred-year-old trees fell.").map((m) => m.value)).not.toContain(120000);
  });
});

describe("figures: verbs of passing or nearing a mark as qualifiers", () => {
  it.each([
    ["Officials fear the death toll could pass 5,000.", "5,000", 5000, "up-to", "killed"],
    ["Deaths may exceed 1,000 once the villages are reached.", "1,000", 1000, "up-to", "killed"],
    ["The number of arrests is expected to top 200.", "200", 200, "up-to", "arrested"],
    ["The toll could soon rise to 90.", "90", 90, "up-to", "killed"],
    ["The death toll topped 300 on Friday.", "300", 300, "more-than", "killed"],
    ["The number of dead passed 400 overnight.", "400", 400, "more-than", "killed"],
    ["Arrests neared 700 by the weekend.", "700", 700, "about", "arrested"],
    ["The toll rose to 90 on Monday.", "90", 90, "exact", "killed"],
  ] as const)("should read %j: %s as %s", (sentence, text, value, qualifier, metric) => {
    expect(figureOf(sentence, text)).toEqual([value, qualifier, metric]);
  });
});

describe("figures: the outcome of an earlier clause, implicit nouns, participles and places", () => {
  it.each([
    // A part "of them" after a clause break counts the earlier clause's outcome.
    ["Police detained protesters across the city, 12 of them students.", "12", 12, "exact", "arrested"],
    ["The landslide killed villagers in two hamlets, at least 9 of them children.", "at least 9", 9, "at-least", "killed"],
    // A participle after the counted noun, followed by a time rather than an object.
    ["The 300 residents evacuated the previous night were housed in schools.", "300", 300, "exact", "displaced"],
    ["The 45 miners rescued that morning were taken to hospital.", "45", 45, "exact", "wounded"],
    // Carried to hospital in the passive is injured.
    ["Rescuers freed 14 people alive, six of whom were rushed to a nearby hospital.", "six", 6, "exact", "wounded"],
  ] as const)("should read %j: %s", (sentence, text, value, qualifier, metric) => {
    const found = findNumbers(sentence).find((m) => m.text === text);
    expect(found && [found.value, found.qualifier, found.kind === "figure" ? found.metric : null]).toEqual([value, qualifier, metric]);
  });

  it("should not make a place's share of a figure that is no larger than the share", () => {
    expect(findNumbers("The storm killed 3 people, 12 in Texas.").map((m) => m.kind)).toEqual(["figure", "other"]);
  });

  it("should not make a figure of a hospital that is no passive of carrying someone there", () => {
    expect(findNumbers("Doctors sent 20 samples to hospital labs.").filter((m) => m.kind === "figure")).toEqual([]);
  });

  it.each([
    ["Rescuers pulled out six on Tuesday."],
    ["Two bodies were found and rescuers pulled out six more."],
    ["Floods have killed people in four provinces, 35 in Sindh alone."],
  ])("should not make a figure of a number whose noun the sentence does not give: %j", (sentence) => {
    const six = findNumbers(sentence).filter((m) => m.kind === "figure" && m.value !== 2);
    expect(six).toEqual([]);
  });

  it.each([
    ["The army evacuated 40 shelters near the river.", "40"],
    ["Floodwater reached 12 health centers in the district.", "12"],
    ["Rebels seized 3 towns and 14 villages overnight.", "14"],
  ])("should count places and buildings, which are no outcome figure: %j", (sentence, text) => {
    expect(findNumbers(sentence).find((m) => m.text === text)?.kind).toBe("count");
  });
});

describe("figures: a report noun as the source of a figure", () => {
  it("should credit figures to the reports that give them, and record the rule that read each", async () => {
    const { extract } = await import("../src/index.ts");
    const text = [
      "---",
      "title: Ferry sinks off the coast",
      "date: 2024-03-02",
      "---",
      "",
      "A ferry sank off the coast on Friday. Police reports put the death toll at 41. According to coast guard reports, 17 passengers were missing.",
      "",
    ].join("\n");
    const data = await extract(text, "ferry.md");
    const name = (id: string | null) => data.sources.find((s) => s.id === id)?.name ?? null;
    expect(data.figures.map((f) => [f.value, f.metric, name(f.source), f.rule])).toEqual([
      [41, "killed", "Police", "tally"],
      [17, "missing", "Coast guard reports", "clause-outcome"],
    ]);
  });
});

describe("the number reader's tokens, read from the sentence's one token stream", () => {
  // One shared token may hold several parts of a number ("5m", "12-hundred"); a number grouped by spaces spans tokens.
  it.each([
    ["Damage reached $5m.", ["Damage", "reached", "$", "5", "m", "."]],
    ["Turnout was 40%.", ["Turnout", "was", "40", "%", "."]],
    ["About 12-hundred fled.", ["About", "12", "-", "hundred", "fled", "."]],
    ["Some 35 000 marched.", ["Some", "35 000", "marched", "."]],
    ["It killed 1,000 and 3.5 million left.", ["It", "killed", "1,000", "and", "3.5", "million", "left", "."]],
    ["Losses hit 2.5bn in the 1990s.", ["Losses", "hit", "2.5", "bn", "in", "the", "1990", "s", "."]],
  ])("should read %j the same from the sentence's tokens and from its text", (sentence, expected) => {
    const toks = numberTokens(sentence, tokenizeSentence(sentence));
    expect(toks.map((t) => t.text)).toEqual(expected);
    for (const t of toks) expect(sentence.slice(t.start, t.end)).toBe(t.text);
    // The reader's fields: a token it reads whole is the stream's own, with the stream's fields too.
    const read = ({ text, lower, start, end, type }: (typeof toks)[number]) => ({ text, lower, start, end, type });
    expect(tokenize(sentence)).toEqual(toks.map(read));
  });

  it("should read a number from the tokens a sentence node carries", () => {
    const sentence = "Police said 1,100 people died.";
    const tokens = tokenizeSentence(sentence);
    expect(findNumbers(sentence, {}, tokens).map((m) => [m.text, m.kind])).toEqual([["1,100", "figure"]]);
  });
});
