/**
 * One URL-safety rule (src/url.ts): every place that decides whether a URL may reach a page asks it.
 */
import { describe, expect, it } from "vitest";
import { articleJsonLd } from "../src/data-exports.ts";
import { isWebUrl } from "../src/hast-references.ts";
import type { ArticleData } from "../src/types.ts";
import { isSafeUrl } from "../src/url.ts";

/** URLs and whether front matter (and what is made from it) may link to them. */
const CASES: Array<[string, boolean]> = [
  ["https://example.org/", true],
  ["http://example.org/a?b=1#c", true],
  ["HTTPS://EXAMPLE.ORG/", true],
  ["javascript:alert(1)", false],
  ["java\tscript:alert(1)", false],
  [" \u0001javascript:alert(1)", false],
  ["data:text/html,<script>alert(1)</script>", false],
  ["mailto:desk@example.org", false],
  ["https://", false],
  ["//example.org/", false],
  ["/relative/page", false],
  ["https://exa\nmple.org/", false],
];

const data = (url: string): ArticleData => ({
  article: { title: "T", slug: "t", date: null },
  sources: [{ id: "s", name: "S", mentions: ["S"], description: null, url }],
  attributions: [{ id: "a1", sentence: "S said so.", source: "s", clause: [0, 10], sourceText: "S", cue: "said", kind: "indirect", via: null, line: 1, origin: "rule" }],
  figures: [],
  numbers: [],
  comparison: [],
});

describe("the URL-safety rule", () => {
  for (const [url, safe] of CASES) {
    it(`should ${safe ? "allow" : "refuse"} ${JSON.stringify(url)} in front matter, the source cards and the JSON-LD alike`, () => {
      expect(isSafeUrl(url, "front-matter")).toBe(safe);
      expect(isWebUrl(url)).toBe(safe);
      const page = { title: "T", date: null, lang: "en", description: "", byline: null, publisher: null, sourceUrl: null, url: null, data: data(url) };
      const sourceNode = JSON.stringify(articleJsonLd(page));
      expect(sourceNode.includes(JSON.stringify(url))).toBe(safe);
    });
  }

  it("should allow relative and `mailto:` URLs in the body only", () => {
    for (const url of ["/relative/page", "../x", "#top", "mailto:desk@example.org"]) {
      expect([url, isSafeUrl(url, "body")]).toEqual([url, true]);
      expect([url, isSafeUrl(url, "front-matter")]).toEqual([url, false]);
    }
    expect(isSafeUrl("vbscript:x", "body")).toBe(false);
  });
});
