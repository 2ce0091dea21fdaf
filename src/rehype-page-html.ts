/**
 * Make the article body's tree safe and valid for a page, in one walk, in the pipeline (so `render()` and
 * `processArticle()` are as safe as a built page):
 *
 * - Links and images keep only URLs a reader can follow safely (src/url.ts): relative ones and `http:`,
 *   `https:` and `mailto:`. A URL that could run script (`javascript:`, `data:`, `vbscript:`, ...) goes, with a warning
 *   at its place in the Markdown: a link keeps its text without `href`, an image becomes its alt text.
 * - GFM tables mark column alignment with the `align` attribute, obsolete in HTML (the Nu checker and
 *   html-validate reject it); it becomes a class (`align-left`, `align-center`, `align-right`), which the
 *   stylesheet turns into `text-align`.
 */
import type { Element, Root, Text } from "hast";
import type { VFile } from "vfile";
import { eachElement } from "./tree-walk.ts";
import { isSafeUrl } from "./url.ts";
import { addMessage } from "./message.ts";

const URL_PROPERTIES = ["href", "src", "cite", "action", "formAction", "poster", "srcSet"] as const;


/** Drop every unsafe URL from the tree, with a warning each, and write column alignment as classes. */
export function rehypePageHtml() {
  return (tree: Root, file: VFile) => {
    eachElement(tree, (node, index, parent) => {
      if (node.tagName === "th" || node.tagName === "td") alignToClass(node);
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value !== "string" || isSafeUrl(value, "body")) continue;
        addMessage(file, `Unsafe URL \`${value}\` dropped: expected an \`http:\`, \`https:\` or \`mailto:\` URL, or a relative one`, {
          place: node.position,
          ruleId: "unsafe-url",
        });
        if (node.tagName === "img") {
          const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
          const text: Text = { type: "text", value: alt };
          parent.children.splice(index, 1, text);
          return true;
        }
        delete node.properties[property];
      }
      return false;
    });
  };
}

/** `align="center"` on a table cell as the class `align-center`. */
function alignToClass(node: Element): void {
  const align = node.properties.align;
  if (align === undefined) return;
  delete node.properties.align;
  if (align !== "left" && align !== "center" && align !== "right") return;
  const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
  node.properties.className = [...classes, `align-${align}`];
}
