import { describe, expect, it } from "vitest";
import { marksRivalCount } from "../src/nlp/rival-count.ts";
import { tokenize } from "../src/nlp/tokens.ts";

describe("rival-count", () => {
  it.each([
    ["The port authority gave a lower figure, saying 30 had drowned.", true],
    ["The rebels gave a much higher toll of 80 dead.", true],
    ["Hospital staff cited a different death toll.", true],
    ["Organisers put the crowd at 40,000, a figure the police disputed.", false],
    ["Protesters rejected the disputed elections.", false],
    ["The toll has risen to 45.", false],
    ["Water levels were higher than in 2015.", false],
  ])("should read %s as setting its count against others: %s", (sentence, expected) => {
    expect(marksRivalCount(tokenize(sentence))).toBe(expected);
  });
});
