/**
 * Fixture snapshots, in the unified collective's style: each folder of `tests/fixtures/pipeline/` holds an
 * article (`input.md`) and what the pipeline makes of it: the body's HTML as published (`output.html`), the
 * tagged data as `sourced extract` prints it (`data.json`) and every message (`messages.txt`).
 *
 * The expected files are vitest file snapshots: a change in the output shows as a diff of readable files.
 * After a deliberate change, regenerate them with `npx vitest run tests/fixtures.test.ts -u` and review the diff.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processArticle } from "../src/index.ts";

const ROOT = join(import.meta.dirname, "fixtures", "pipeline");
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("pipeline fixtures", () => {
  it("should have cases", () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  for (const name of CASES) {
    it(`should turn \`${name}/input.md\` into its \`output.html\`, \`data.json\` and \`messages.txt\``, async () => {
      const dir = join(ROOT, name);
      // The path is the case's own, relative, so that messages and default slugs do not depend on the machine.
      const article = await processArticle(readFileSync(join(dir, "input.md"), "utf8"), `${name}/input.md`);
      await expect(article.html + "\n").toMatchFileSnapshot(join(dir, "output.html"));
      await expect(JSON.stringify(article.data, null, 2) + "\n").toMatchFileSnapshot(join(dir, "data.json"));
      await expect(article.file.messages.map((m) => `${String(m)} [${m.fatal ? "error" : "warning"} ${m.ruleId}]`).join("\n") + "\n").toMatchFileSnapshot(join(dir, "messages.txt"));
    });
  }
});
