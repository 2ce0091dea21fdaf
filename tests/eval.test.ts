/**
 * The tagger's accuracy on the labelled fixtures, as `npm run eval` measures it: the test runs the eval
 * script (scripts/eval/) and asserts on its JSON, so what is tested is what the script reports.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { prf, type Score } from "../src/evaluate.ts";
import type { ArticleData } from "../src/types.ts";

interface ArticleResult {
  name: string;
  data: ArticleData;
  score: Score;
}
interface HeldoutResult {
  title: string;
  articles: ArticleResult[];
  total: Score;
}

interface PairTotal {
  title: string;
  total: { claimed: number; falseContradictions: number; contradictions: number; found: number };
}

let results: { articles: ArticleResult[]; corpus: Score; seed: Score; heldout: HeldoutResult[]; pairs: PairTotal[] };

beforeAll(async () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/eval/index.ts", "--json"], {
    cwd: root,
    maxBuffer: 1 << 28,
  });
  results = JSON.parse(stdout) as typeof results;
  // Every miss and false hit, so a failing run shows what was missed (`npm run eval` prints them as a table).
  for (const a of [...results.articles, ...results.heldout.flatMap((h) => h.articles)]) {
    for (const f of a.score.findings) console.log(`${a.name}: ${f.type}: ${f.detail}\n    ${f.sentence}`);
  }
});

describe("the comparison on the labelled pairs", () => {
  it("should claim no false contradiction on any set, and find at least 0.75 of the labelled contradictions", () => {
    expect(results.pairs.length).toBeGreaterThanOrEqual(8);
    for (const set of results.pairs) expect(set.total.falseContradictions, set.title).toBe(0);
    const found = results.pairs.reduce((n, set) => n + set.total.found, 0);
    const labelled = results.pairs.reduce((n, set) => n + set.total.contradictions, 0);
    expect(found / labelled).toBeGreaterThanOrEqual(0.75);
  });
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

  // The held-out batches 1-5 were written for the project and their misses fixed after their first score, so
  // they are regression tests here, at the same targets; a batch not fixed for is only reported by `npm run eval`.
  it("should keep the held-out batches 1-5 at the targets", () => {
    for (const folder of ["heldout", "heldout-b", "heldout-c", "heldout-d", "heldout-e"]) {
      const set = results.heldout.find((h) => h.title.includes(`tests/fixtures/${folder}:`));
      expect(set, folder).toBeDefined();
      const a = prf(set!.total.attributions);
      expect(a.precision, folder).toBeGreaterThanOrEqual(0.95);
      expect(a.recall, folder).toBeGreaterThanOrEqual(0.9);
      expect(prf(set!.total.figures).f1, folder).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("should keep the seed at 18/18 attributions and 4/4 figures", () => {
    expect(results.seed.attributions).toEqual({ tp: 18, fp: 0, fn: 0 });
    expect(results.seed.figures).toEqual({ tp: 4, fp: 0, fn: 0 });
  });

  it("should credit every scored hit to a named rule", () => {
    const seed = results.seed.rules ?? {};
    const count = (prefix: string) =>
      Object.entries(seed)
        .filter(([rule]) => rule.startsWith(prefix))
        .reduce((sum, [, c]) => sum + c.tp + c.fp, 0);
    expect(Object.keys(seed).some((rule) => /unknown/.test(rule))).toBe(false);
    expect(count("attribution:")).toBe(results.seed.attributions.tp + results.seed.attributions.fp);
    expect(count("figure:")).toBe(results.seed.figures.tp + results.seed.figures.fp);
  });
});
