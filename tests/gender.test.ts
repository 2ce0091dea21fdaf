/**
 * Pronoun agreement: "he" and "she" take up the latest person of their gender, as a title or a given name in
 * the text gives it; a person the text gives no gender stays free for either. Sentences written for the test.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import { narrationSubject } from "../src/nlp/attribution.ts";
import { genderOf } from "../src/nlp/gender.ts";
import { SourceResolver } from "../src/nlp/resolve.ts";

const article = (body: string) => `---\ntitle: Agreement\n---\n\n${body}\n`;

describe("genderOf", () => {
  it.each([
    ["Jennifer Okafor", "female"],
    ["Marcus Feld", "male"],
    ["Mrs Feld", "female"],
    ["a spokesman for the council", "male"],
    ["the chairwoman of the board", "female"],
    ["Okafor", null],
    ["Tad Quillen", null],
    ["the council", null],
  ])("should give %s the gender %s", (mention, gender) => {
    expect(genderOf(mention)).toBe(gender);
  });
});

describe("pronoun agreement in the resolver", () => {
  it("should pass over a person of the other gender to the latest that agrees", () => {
    const resolver = new SourceResolver();
    const him = resolver.resolve("Marcus Feld");
    resolver.resolve("Jennifer Okafor");
    expect(resolver.resolve("he", true)).toBe(him);
  });

  it("should leave a person of unknown gender free for either pronoun", () => {
    const resolver = new SourceResolver();
    const them = resolver.resolve("Tad Quillen");
    expect(resolver.peek("she", true)).toBe(them);
    expect(resolver.peek("he", true)).toBe(them);
  });

  it("should resolve nothing rather than a person of the other gender", () => {
    const resolver = new SourceResolver();
    resolver.resolve("Marcus Feld");
    expect(resolver.resolve("she", true)).toBeNull();
  });
});

describe("pronoun agreement in an article", () => {
  it("should credit “she said” to the woman quoted before the man", async () => {
    const data = await extract(
      article("Rita Vance said the budget was late. Treasurer Paul Ostrander said it was not. “We will vote on Friday,” she said."),
      "agreement.md",
    );
    const last = data.attributions.at(-1)!;
    expect(last.sourceText).toBe("she");
    expect(data.sources.find((s) => s.id === last.source)?.name).toBe("Rita Vance");
  });

  it("should warn, not guess, when no earlier person agrees", async () => {
    const data = await extract(article("Paul Ostrander said the roads were closed. “It will take a week,” she said."), "agreement.md");
    expect(data.attributions.map((a) => a.sourceText)).toEqual(["Paul Ostrander"]);
  });
});

describe("narrationSubject", () => {
  it("should leave a subordinator out of the subject", () => {
    expect(narrationSubject("When Marcus Feld announced his plan in June, he was cheered.")).toBe("Marcus Feld");
    expect(narrationSubject("As Rita Vance left the hall, reporters followed.")).toBe("Rita Vance");
  });
});
