import { describe, expect, it } from "vitest";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { splitSentences } from "../src/nlp/sentences.ts";
import { visit } from "unist-util-visit";
import type { Sentence } from "../src/mdast.ts";
import { maskRanges } from "../src/nlp/tokens.ts";
import { remarkSentences } from "../src/remark-sentences.ts";

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

  // The library's sentences, corrected by the named adjustments of src/nlp/sentences.ts.
  it.each([
    ["join-after-abbreviation", "Insp. Rao said the road was closed. Traffic moved later.", ["Insp. Rao said the road was closed.", "Traffic moved later."]],
    ["join-after-abbreviation, before an opener", "The aid came from the U.S. It arrived late.", ["The aid came from the U.S.", "It arrived late."]],
    ["end-after-word-stop", "Organisers put the crowd at 50,000. Police put it at 8,000.", ["Organisers put the crowd at 50,000.", "Police put it at 8,000."]],
    ["end-before-number", "Most residents fled. 2,000 remain in the town.", ["Most residents fled.", "2,000 remain in the town."]],
    ["join-after-ellipsis", "“We waited … Nobody came,” she said. Then it rained.", ["“We waited … Nobody came,” she said.", "Then it rained."]],
  ])("should apply %s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("should end a sentence after a time abbreviation when a number word opens the next", () => {
    const text = "The bus left at 6 a.m. Three passengers were hurt, police said.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["The bus left at 6 a.m.", "Three passengers were hurt, police said."]);
  });
});

describe("remarkSentences on long runs of white space", () => {
  // Time for a paragraph with `n` characters of white space, best of three runs (the first warms up).
  const timeFor = (space: string, n: number): number => {
    const markdown = `Police said 5 people died.${space.repeat(n)}x${space.repeat(n)}Then more.\n`;
    const processor = unified().use(remarkParse).use(remarkSentences);
    let best = Infinity;
    for (let run = 0; run < 4; run++) {
      const start = performance.now();
      processor.runSync(processor.parse(markdown));
      if (run > 0) best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  // A linear pass costs about 10 times more for 10 times the input; an expression that retries at every space
  // of the run (/\s+$/) costs about 100 times more. The bound sits between the two.
  it.each([[" "], ["\t"], ["\u00a0"]])("should take linear time on 100 KB of %j", (space) => {
    const small = timeFor(space, 5_000);
    const large = timeFor(space, 50_000);
    expect(large / Math.max(small, 0.05)).toBeLessThan(40);
  });
});

describe("the sentence's token stream", () => {
  it("should tokenize each sentence once, with inline code masked and offsets kept", () => {
    const tree = unified().use(remarkParse).use(remarkSentences).runSync(unified().use(remarkParse).parse("Police said `said it` twice. Then more.\n"));
    const sentences: Sentence[] = [];
    visit(tree, "sentence", (node: Sentence) => {
      sentences.push(node);
    });
    const first = sentences[0]!.data;
    expect(first.tokens.filter((t) => t.word).map((t) => t.text)).toEqual(["Police", "said", "twice"]);
    // Offsets point into the sentence as written: a word token's text is the text at its offsets.
    for (const t of first.tokens.filter((t) => t.word)) expect(first.text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences[1]!.data.tokens.map((t) => t.text)).toEqual(["Then", "more", "."]);
    // Each sentence knows where it starts in the file: the second one at column 30 of line 1.
    expect(sentences.map((n) => [n.data.line, n.data.column])).toEqual([[1, 1], [1, 30]]);
  });

  it("should take each sentence's tokens, line and column from the prose tree of the Markdown file", () => {
    const markdown = "Intro line.\n\nThe *U.S.* military said `x` 1,100 people fled.\nOfficials said the toll rose. It's 12-hundred.\n";
    const file = new VFile(markdown);
    const processor = unified().use(remarkParse).use(remarkSentences);
    const tree = processor.runSync(processor.parse(file), file);
    const sentences: Sentence[] = [];
    visit(tree, "sentence", (node: Sentence) => {
      sentences.push(node);
    });
    expect(sentences.map((n) => [n.data.text, n.data.line, n.data.column])).toEqual([
      ["Intro line.", 1, 1],
      ["The U.S. military said x 1,100 people fled.", 3, 1],
      ["Officials said the toll rose.", 4, 1],
      ["It's 12-hundred.", 4, 31],
    ]);
    const second = sentences[1]!.data;
    expect(second.tokens.map((t) => t.text)).toEqual(["The", "U.S.", "military", "said", "·", "1,100", "people", "fled", "."]);
    for (const t of second.tokens.filter((t) => t.word)) expect(second.text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences[3]!.data.tokens.map((t) => [t.text, t.lower, t.word, t.capital])).toEqual([
      ["It's", "it's", true, true],
      ["12-hundred", "12-hundred", true, false],
      [".", ".", false, false],
    ]);
  });

  it("should mask ranges without moving any offset", () => {
    expect(maskRanges("a `b c` d", [[2, 7]])).toBe("a ····· d");
    expect(maskRanges("abc", [])).toBe("abc");
  });
});
