import { describe, expect, it } from "vitest";
import { processArticle } from "../src/index.ts";

const article = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
const warnings = async (body: string, ruleId: string) =>
  (await processArticle(article(body), "a.md")).file.messages.filter((m) => m.ruleId === ruleId).map(String);

describe("sourced check: the comparison's warnings", () => {
  it("should say which figures were set aside and why, at the figure's line and column", async () => {
    expect(await warnings("Police said 23 people died, and 18 of the dead were children.", "figure-set-aside")).toEqual([
      "a.md:5:33: Figure `18` (killed) is not compared: it is part of another count (`23`, line 5)",
    ]);
    expect(await warnings("Officials said the toll could rise to 100.", "figure-set-aside")).toEqual([
      "a.md:5:39: Figure `100` (killed) is not compared: it is a question, projection or fear",
    ]);
  });

  it("should suggest a scope override for figures it could not match", async () => {
    const body = "The agency said 112 people were killed in the province.\n\nThe mayor said nine people had died there.";
    expect(await warnings(body, "unscoped-figure")).toEqual([
      "a.md:7:16: Figures `112` (line 5) and `nine` differ, but their place could not be matched: if one counts something else, scope it with `:figure[...]{scope=\"...\"}`",
    ]);
  });

  it("should warn about a vague source, at its mention, and suggest an alias", async () => {
    expect(await warnings("Officials said the road was closed.", "vague-source")).toEqual([
      'a.md:5:1: Source `officials` is vague: say who it is in the text, or name it in `sources` with `aliases: ["Officials"]`',
    ]);
    expect(await warnings("Turnout was low. The party said 30 of its members were arrested.", "vague-source")).toEqual([
      'a.md:5:18: Source `the party` is vague: say who it is in the text, or name it in `sources` with `aliases: ["The party"]`',
    ]);
  });

  it("should not warn about a vague mention the registry names", async () => {
    const body = "---\ntitle: T\nsources:\n  - id: cud\n    name: Coalition for Unity and Democracy\n    aliases: [\"The party\"]\n---\n\nThe party said 30 of its members were arrested.\n";
    const { file, data } = await processArticle(body, "a.md");
    expect(file.messages.filter((m) => m.ruleId === "vague-source")).toEqual([]);
    expect(data.sources.map((s) => s.name)).toEqual(["Coalition for Unity and Democracy"]);
  });
});
