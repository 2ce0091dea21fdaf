import { describe, expect, it } from "vitest";
import { findAttributions } from "../src/nlp/attribution.ts";

/** The clause of each statement, in reading order, as "source: clause". */
function clauses(sentence: string): string[] {
  return findAttributions(sentence)
    .sort((a, b) => a.span[0] - b.span[0])
    .map((f) => `${f.sourceText}: ${sentence.slice(...f.span)}`);
}

describe("the clause of each statement in a sentence with two speakers", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "a speaker before each verb, joined by “while”",
      "Firefighters said 30 homes burned, while the county said the number was closer to 50.",
      ["Firefighters: Firefighters said 30 homes burned", "the county: the county said the number was closer to 50."],
    ],
    [
      "a semicolon between the clauses",
      "The army said it lost nine men; the insurgents said they had killed 40.",
      ["The army: The army said it lost nine men", "the insurgents: the insurgents said they had killed 40."],
    ],
    [
      "a speaker after the first statement and “according to” closing the second",
      "Eleven miners were rescued, the company said, but 4 remain trapped, according to the union.",
      ["the company: Eleven miners were rescued, the company said", "the union: 4 remain trapped, according to the union."],
    ],
    [
      "two speakers after their statements",
      "Turnout was 61%, the commission said; it was far lower, observers said.",
      ["the commission: Turnout was 61%, the commission said", "observers: it was far lower, observers said."],
    ],
    [
      "a relative that the second speaker's verb takes",
      "The monitor said troops shot 14 protesters, which the interior ministry denied.",
      ["The monitor: The monitor said troops shot 14 protesters", "the interior ministry: which the interior ministry denied."],
    ],
    [
      "a quotation closing the first clause",
      "The mayor said “the river rose in minutes”, but the agency said the warning came in time.",
      ["The mayor: The mayor said “the river rose in minutes”", "the agency: the agency said the warning came in time."],
    ],
  ];
  it.each(cases)("should part %s", (_name, sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });

  it("should leave two sources of one clause overlapping: a conduit and the one it quotes", () => {
    const sentence = "State television quoted the governor as saying that 20 people had died.";
    const found = findAttributions(sentence);
    expect(found.every((f) => f.span[0] === 0 && f.span[1] === sentence.length)).toBe(true);
  });

  it("should not part two statements when more than one boundary could be the joint", () => {
    const sentence = "Police said 12 people died, 15 were wounded, according to the ministry.";
    const found = findAttributions(sentence);
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.span[0] === 0)).toBe(true);
  });

  it("should ignore a joint inside a quotation", () => {
    expect(clauses("The mayor said “we ran, but the water was faster”, and the agency said two people drowned.")).toEqual([
      "The mayor: The mayor said “we ran, but the water was faster”",
      "the agency: the agency said two people drowned.",
    ]);
  });
});
