import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import { evaluate, type Labels } from "../src/evaluate.ts";
import type { ArticleData } from "../src/types.ts";
import { seedArticle } from "./helpers/fixtures.ts";

let data: ArticleData;
let labels: Labels & { non_figures: Array<{ text: string; type: string }> };
let withoutRegistry: ArticleData;

beforeAll(async () => {
  const seed = await seedArticle();
  data = await extract(seed.markdown, seed.path);
  labels = seed.labels as typeof labels;
  // The same article with no `sources` registry: sources must still be found and named from the text.
  const bare = seed.markdown.replace(/\nsources:\n(?: {2}.*\n)+/, "\n");
  expect(bare).not.toContain("aliases:");
  withoutRegistry = await extract(bare, seed.path);
});

const sourceName = (d: ArticleData, id: string | null) => d.sources.find((s) => s.id === id)?.name ?? null;

describe("the seed article", () => {
  it("should find all 18 labelled attributions with the right source and no others", () => {
    const score = evaluate(data, labels);
    expect(score.findings.filter((f) => f.type.endsWith("attribution"))).toEqual([]);
    expect(score.attributions).toEqual({ tp: 18, fp: 0, fn: 0 });
  });

  it("should find the 4 labelled figures with value, metric, qualifier and source", () => {
    const figures = data.figures
      .filter((f) => f.metric !== "other")
      .map((f) => [sourceName(data, f.source), f.metric, f.qualifier, f.value]);
    expect(figures).toEqual([
      ["US-led coalition", "killed", "at-least", 62],
      ["Russian military", "killed", "exact", 62],
      ["Syrian Observatory for Human Rights", "killed", "exact", 83],
      ["Syrian Observatory for Human Rights", "wounded", "at-least", 120],
    ]);
  });

  it("should give every labelled non-figure its kind", () => {
    for (const label of labels.non_figures) {
      const number = data.numbers.find((n) => n.text.includes(label.text) || label.text.includes(n.text));
      expect(number, label.text).toBeDefined();
      expect(number!.kind, label.text).toBe(label.type);
    }
  });

  it("should date 'September 17' in the article's year", () => {
    expect(data.numbers.find((n) => n.text === "September 17")?.value).toBe("2016-09-17");
  });

  it("should resolve 'It said' and 'It added' to US Central Command, across a two-sentence quote", () => {
    const its = data.attributions.filter((a) => a.sourceText === "It");
    expect(its).toHaveLength(3);
    expect(new Set(its.map((a) => sourceName(data, a.source)))).toEqual(new Set(["US Central Command"]));
  });

  it("should resolve three names of the Russian defence ministry to one source", () => {
    const russian = data.sources.find((s) => s.name === "Russian military");
    expect(russian?.mentions).toEqual(expect.arrayContaining(["the Russian military", "Russia’s defense ministry", "The Russian defense ministry"]));
  });

  it("should credit the Syrian army general command, not its conduit, and keep the conduit as `via`", () => {
    const quoted = data.attributions.find((a) => a.cue.startsWith("quoted"));
    expect(sourceName(data, quoted!.source)).toBe("Syrian army general command");
    expect(sourceName(data, quoted!.via)).toBe("Russian military");
  });

  it("should still find every attribution without a sources registry", () => {
    const score = evaluate(withoutRegistry, labels);
    expect(score.attributions).toEqual({ tp: 18, fp: 0, fn: 0 });
    // Without aliases, the possessive and adjective forms still meet.
    const ministry = withoutRegistry.sources.find((s) => s.mentions.includes("Russia’s defense ministry"));
    expect(ministry?.mentions).toContain("The Russian defense ministry");
  });
});
