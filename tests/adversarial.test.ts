import { describe, expect, it } from "vitest";
import { LINEAR_PATTERNS } from "../scripts/bench/adversarial.ts";
import { processArticle } from "../src/index.ts";

// 1 MB of text built to make a backtracking or quadratic tagger hang: the whole pipeline must come back.
// Nothing here measures time against the clock (that is the benchmark's job): a regression shows as a
// test timeout, or below as a ratio of two sizes measured in the same run.
const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const inputs: Record<string, string> = {
  "runs of quotation marks": fill('"a" “b” '),
  "one long run of straight quotes": fill('"'),
  "digits with separators": fill("1,2"),
  "unclosed brackets": fill("(a "),
  "a reporting verb again and again": fill("X said "),
  "commas": fill("a, "),
  "initials": fill("A. "),
  "'according to' without end": fill("according to "),
  "unclosed quotes with figures": fill("Police said “at least 5, "),
  "many attributed sentences": fill("Officer Tom Reyes of Unit 7 said 40 people died. "),
};

describe("the tagger on 1 MB of adversarial text", () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`should finish on ${name}`, { timeout: 60_000 }, async () => {
      const result = await processArticle(`---\ntitle: Stress\n---\n\n${text}\n`, "stress.md");
      expect(result.failed).toBe(false);
      expect(result.html.length).toBeGreaterThan(MB / 2);
    });
  }

  it("should tag each of many attributed sentences", { timeout: 60_000 }, async () => {
    const result = await processArticle(`---\ntitle: Stress\n---\n\n${inputs["many attributed sentences"]}\n`, "stress.md");
    expect(result.data.attributions.length).toBeGreaterThan(20_000);
    expect(new Set(result.data.attributions.map((a) => a.source))).toEqual(new Set(["tom-reyes"]));
  });
});

/** Ten times the text may take at most this many times as long: linear, with 10% for noise. */
const MAX_RATIO = 11;

/** The time `processArticle` takes on one pattern's body at `size` characters, in ms. */
async function timed(body: (size: number) => string, size: number): Promise<number> {
  const text = `---\ntitle: Stress\n---\n\n${body(size)}\n`;
  const started = performance.now();
  const result = await processArticle(text, "stress.md");
  const elapsed = performance.now() - started;
  expect(result.failed).toBe(false);
  return elapsed;
}

describe("the pipeline's time on adversarial text grows linearly", () => {
  for (const pattern of LINEAR_PATTERNS) {
    it(`should take at most ${MAX_RATIO} times as long on 1 MB as on 100 KB of ${pattern.name}`, { timeout: 600_000 }, async () => {
      await timed(pattern.body, 10_000); // warm up: the first run compiles the code paths
      // The fastest of a few runs at each size, alternated: other processes on the machine only ever add time.
      let small = Infinity;
      let large = Infinity;
      for (let run = 0; run < 2; run++) {
        small = Math.min(small, await timed(pattern.body, 100_000), await timed(pattern.body, 100_000));
        large = Math.min(large, await timed(pattern.body, 1_000_000));
      }
      expect(large / small, `100 KB: ${small.toFixed(0)} ms, 1 MB: ${large.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    });
  }
});
