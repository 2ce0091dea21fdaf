import { beforeAll, describe, expect, it } from "vitest";
import { prf, type Score } from "../src/evaluate.ts";
import { evaluateFixtures, formatReport, type ArticleResult } from "./helpers/fixtures.ts";

let results: { articles: ArticleResult[]; corpus: Score; seed: Score };

beforeAll(async () => {
  results = await evaluateFixtures();
  // The table `npm run eval` prints, so a failing run shows what was missed.
  console.log(formatReport(results, { verbose: true }));
});

describe("the tagger on the labelled corpus", () => {
  it("should run every corpus article through extract", () => {
    expect(results.articles.length).toBeGreaterThanOrEqual(7);
  });

  it("should reach attribution precision >= 0.95 and recall >= 0.90", () => {
    const { precision, recall } = prf(results.corpus.attributions);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("should reach outcome-figure F1 >= 0.90", () => {
    expect(prf(results.corpus.figures).f1).toBeGreaterThanOrEqual(0.9);
  });

  it("should keep the seed at 18/18 attributions and 4/4 figures", () => {
    expect(results.seed.attributions).toEqual({ tp: 18, fp: 0, fn: 0 });
    expect(results.seed.figures).toEqual({ tp: 4, fp: 0, fn: 0 });
  });
});
