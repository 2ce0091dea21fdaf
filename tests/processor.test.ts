/**
 * What the processor returns is what the site publishes: `render()` and `loadSite` give the same HTML.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../src/index.ts";
import { toPageHtml } from "../src/rehype-page-stringify.ts";
import { loadSite } from "../src/site.ts";

const ARTICLE = "---\ntitle: Ratios\n---\n\nThe agency said 3 > 2 and `a > b` while [x > y](https://example.org/?a=1&b=2) held.\n";

describe("the processor's HTML", () => {
  it("should write `>` in text as `&gt;` and leave tags and attribute values alone", async () => {
    const html = await render(ARTICLE);
    expect(html).toContain("</data> &gt; <data");
    expect(html).toContain("<code>a &gt; b</code>");
    expect(html).toContain('<a href="https://example.org/?a=1&#x26;b=2">x &gt; y</a>');
  });

  it("should be the HTML the site publishes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourced-processor-"));
    try {
      await writeFile(join(dir, "ratios.md"), ARTICLE);
      const site = await loadSite(dir);
      expect(site.articles[0]!.html).toBe(await render(ARTICLE, join(dir, "ratios.md")));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("toPageHtml", () => {
  it("should escape `>` in text only, not in quoted attribute values", () => {
    const tree = { type: "root" as const, children: [{ type: "element" as const, tagName: "p", properties: { title: "a > b" }, children: [{ type: "text" as const, value: "1 > 0" }] }] };
    expect(toPageHtml(tree)).toBe('<p title="a > b">1 &gt; 0</p>');
  });
});
