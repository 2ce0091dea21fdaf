import { describe, expect, it } from "vitest";
import { ADVERSARIAL_PATTERNS } from "../src/adversarial.ts";
import { processArticle } from "../src/index.ts";

// 1 MB of text built to make a backtracking or quadratic tagger hang: the whole pipeline must come back.
// Nothing here measures time (that is the benchmark's job, `linearity` and `linearityAdversarial`): the
// timeouts only catch a hang, with room for a loaded machine, where 1 MB takes up to a minute.
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
    it(`should finish on ${name}`, { timeout: 180_000 }, async () => {
      const result = await processArticle(`---\ntitle: Stress\n---\n\n${text}\n`, "stress.md");
      expect(result.failed).toBe(false);
      expect(result.html.length).toBeGreaterThan(MB / 2);
    });
  }

  it("should tag each of many attributed sentences", { timeout: 180_000 }, async () => {
    const result = await processArticle(`---\ntitle: Stress\n---\n\n${inputs["many attributed sentences"]}\n`, "stress.md");
    expect(result.data.attributions.length).toBeGreaterThan(20_000);
    expect(new Set(result.data.attributions.map((a) => a.source))).toEqual(new Set(["tom-reyes"]));
  });
});

// The benchmark's patterns (`linearityAdversarial` compares their times at these two sizes): each must come
// back at both, with the whole text kept.
describe("the benchmark's adversarial patterns at 100 KB and 1 MB", () => {
  for (const pattern of ADVERSARIAL_PATTERNS) {
    for (const size of [100_000, 1_000_000]) {
      it(`should finish on ${pattern.name} at ${size / 1000} KB`, { timeout: 180_000 }, async () => {
        const result = await processArticle(`---\ntitle: Stress\n---\n\n${pattern.body(size)}\n`, "stress.md");
        expect(result.failed).toBe(false);
        expect(result.html.length).toBeGreaterThan(size / 4);
      });
    }
  }
});
