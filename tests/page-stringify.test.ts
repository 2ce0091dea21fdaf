/**
 * The compiler writes the bytes rehype-stringify (hast-util-to-html, default options) writes, with `>` in
 * text as `&gt;`: checked on generated articles' trees and on trees made for the corner cases.
 */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { generateArticles } from "../src/generated-articles.ts";
import { parseArticle } from "../src/frontmatter.ts";
import { createProcessor } from "../src/processor.ts";
import { toPageHtml } from "../src/rehype-page-stringify.ts";

/** hast-util-to-html's HTML with `>` outside tags written `&gt;`: what the pipeline published before this compiler. */
function reference(tree: Root): string {
  return toHtml(tree).replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[^"'>]|"[^"]*"|'[^']*')*>|>/g, (match) => (match === ">" ? "&gt;" : match));
}

const root = (...children: ElementContent[]): Root => ({ type: "root", children });
// Properties as hastscript makes them: numbers, lists and null where hast's types expect strings.
const element = (tagName: string, properties: Record<string, unknown> = {}, ...children: ElementContent[]): Element => ({ type: "element", tagName, properties: properties as Element["properties"], children });
const text = (value: string): ElementContent => ({ type: "text", value });

describe("toPageHtml", () => {
  it("should write what hast-util-to-html writes for generated articles", async () => {
    for (const [path, source] of generateArticles(40)) {
      const { body, frontMatter } = parseArticle(source, path);
      const processor = createProcessor({ meta: frontMatter.meta, registry: frontMatter.registry, registryLines: frontMatter.registryLines });
      const file = new VFile({ path, value: body });
      const tree = (await processor.run(processor.parse(file), file)) as Root;
      expect(toPageHtml(tree)).toBe(reference(tree));
    }
  });

  it("should escape text and attribute values as hast-util-to-html does, and `>` in text", () => {
    const tree = root(
      element("p", { title: `a "b" & 'c' \`d\` <e> \0`, dataNote: "x>y" }, text("1 < 2 & 3 > 2 \"q\" 'a'")),
      element("pre", {}, element("code", {}, text("a -> b && <c>"))),
    );
    expect(toPageHtml(tree)).toBe(reference(tree));
  });

  it("should write the text of `<script>` and `<style>` as it is, as hast-util-to-html does (the pipeline makes neither)", () => {
    const tree = root(element("script", {}, text("if (a < b && c > d) {}")), element("style", {}, text("a > b { color: red }")));
    expect(toPageHtml(tree)).toBe(toHtml(tree));
  });

  it("should write property names, booleans, lists and numbers as hast-util-to-html does", () => {
    const tree = root(
      element("input", { type: "checkbox", checked: true, disabled: false, hidden: "", value: 3 }),
      element("a", { href: "#x", download: "", ariaDescribedBy: ["a", "b"], dataFootnoteRef: true, tabIndex: -1, className: ["x", "y"] }, text("link")),
      element("a", { download: "file.txt", ping: ["https://a.example", "https://b.example"] }),
      element("img", { src: "a.png", alt: "", srcSet: ["a.png 1x", "b.png 2x"], width: Number.NaN }),
      element("td", { colSpan: 2, headers: ["h1"], align: null }),
      element("span", { popover: "hint", interestfor: "card-1", ariaHidden: "true" }),
    );
    expect(toPageHtml(tree)).toBe(reference(tree));
  });

  it("should close void elements only when they have content, and every SVG element", () => {
    const tree = root(
      element("br"),
      element("hr", { className: ["rule"] }),
      element("img", {}, text("odd")),
      element(
        "figure",
        {},
        element(
          "svg",
          { viewBox: "0 0 10 10", ariaLabelledBy: ["t", "d"], className: ["chart"] },
          element("title", { id: "t" }, text("A < B")),
          element("desc", { id: "d" }, element("br")),
          element("circle", { cx: 1.5, cy: 2, r: 5 }),
          element("text", { textAnchor: "end", x: 3 }, text("1,200")),
          element("foreignObject", {}, element("br")),
        ),
      ),
    );
    expect(toPageHtml(tree)).toBe(reference(tree));
  });
});
