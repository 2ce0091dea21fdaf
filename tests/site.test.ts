/**
 * `loadSite` (src/site.ts): every article's outcome, good or failed, with its slug; the site's articles
 * only when all are good; and the preview's memo, which reads and processes only the files that changed.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleMemo, loadSite } from "../src/site.ts";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sourced-site-"));
  await writeFile(join(dir, "council.md"), "---\ntitle: Council\ndate: 2024-05-02\n---\n\nThe town council said 12 people attended the meeting.\n");
  await writeFile(join(dir, "flood.md"), "---\ntitle: Flood\ndate: 2024-06-01\n---\n\nAt least 40 people were killed, police said.\n");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadSite", () => {
  it("should return every article's outcome with its slug, and the articles newest first", async () => {
    const site = await loadSite(dir);
    expect(site.failed).toBe(false);
    expect(site.outcomes.map((o) => [o.slug, o.article?.title ?? null])).toEqual([
      ["council", "Council"],
      ["flood", "Flood"],
    ]);
    expect(site.articles.map((a) => a.slug)).toEqual(["flood", "council"]);
  });

  it("should return the failed articles too, with their slugs and errors, and no articles to build", async () => {
    await writeFile(join(dir, "broken.md"), "---\ntitle: Broken\nslug: the-broken-one\ndate: 2024-13-01\n---\n\nText.\n");
    await writeFile(join(dir, "copy.md"), "---\ntitle: Copy\nslug: council\n---\n\nText.\n");
    await writeFile(join(dir, "latin1.md"), Buffer.from("---\ntitle: Caf\xe9\n---\n\nText.\n", "latin1"));
    const site = await loadSite(dir);
    expect(site.failed).toBe(true);
    expect(site.articles).toEqual([]);
    expect(site.outcomes.map((o) => [o.slug, o.article === null, o.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)])).toEqual([
      ["the-broken-one", true, ["front-matter-type"]],
      ["council", false, []],
      ["council", true, ["duplicate-slug"]],
      ["flood", false, []],
      ["latin1", true, ["not-utf8"]],
    ]);
  });
});

describe("loadSite with a memo (the preview)", () => {
  it("should neither read nor process an unchanged file again, and process a saved one", async () => {
    const memo = new ArticleMemo();
    const first = await loadSite(dir, { memo });
    expect(first.reused).toBe(0);
    const second = await loadSite(dir, { memo });
    expect(second.reused).toBe(2);
    expect(second.outcomes.map((o) => o.article)).toEqual(first.outcomes.map((o) => o.article));

    await writeFile(join(dir, "flood.md"), "---\ntitle: Flood, updated\ndate: 2024-06-01\n---\n\nAt least 41 people were killed, police said.\n");
    const third = await loadSite(dir, { memo });
    expect(third.reused).toBe(1);
    expect(third.articles.map((a) => a.title)).toEqual(["Flood, updated", "Council"]);
  });

  it("should give each load its own messages: a duplicate slug is reported once, and gone once fixed", async () => {
    const memo = new ArticleMemo();
    await writeFile(join(dir, "copy.md"), "---\ntitle: Copy\nslug: council\n---\n\nText.\n");
    for (let i = 0; i < 2; i++) {
      const site = await loadSite(dir, { memo });
      expect(site.outcomes[1]!.file.messages.map((m) => m.ruleId)).toEqual(["duplicate-slug"]);
    }
    await rm(join(dir, "council.md"));
    const site = await loadSite(dir, { memo });
    expect(site.failed).toBe(false);
    expect(site.outcomes.map((o) => o.slug)).toEqual(["council", "flood"]);
  });
});
