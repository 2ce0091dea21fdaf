import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/nlp/sentences.ts";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("should split on full stops followed by a capital", () => {
    expect(split("The strike occurred. The US said so.")).toEqual(["The strike occurred.", "The US said so."]);
  });

  it("should not split after titles, months and initials", () => {
    expect(split("Dr. Jane Doe met Gen. Khan on Sept. 12 in Washington, D.C. with J. R. Smith.")).toHaveLength(1);
    expect(split("The attack on Oct. 7 killed 10 people.")).toHaveLength(1);
  });

  it("should keep U.S. inside a sentence but end one before a sentence opener", () => {
    expect(split("The U.S. military said it resumed flights. U.S. officials say a grenade was fired.")).toEqual([
      "The U.S. military said it resumed flights.",
      "U.S. officials say a grenade was fired.",
    ]);
    expect(split("Aid was sent by the U.S. The next day it arrived.")).toEqual([
      "Aid was sent by the U.S.",
      "The next day it arrived.",
    ]);
  });

  it("should keep closing quotes with the sentence they close", () => {
    expect(split("It added: “Syria is complex. The coalition will review this strike.” Then it left.")).toEqual([
      "It added: “Syria is complex.",
      "The coalition will review this strike.”",
      "Then it left.",
    ]);
  });

  it("should not end a sentence at a question mark that a lowercase cue follows", () => {
    expect(split('"Who knows the toll?" the agency reports him as saying. Yesterday it rained.')).toEqual([
      '"Who knows the toll?" the agency reports him as saying.',
      "Yesterday it rained.",
    ]);
  });

  it("should not split decimals or numbers with separators", () => {
    expect(split("A magnitude 7.0 quake killed 1,100 people.")).toHaveLength(1);
  });

  it("should end a sentence after a time abbreviation when a number word opens the next", () => {
    const text = "The bus left at 6 a.m. Three passengers were hurt, police said.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["The bus left at 6 a.m.", "Three passengers were hurt, police said."]);
  });
});
