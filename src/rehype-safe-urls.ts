/**
 * Links and images from the article body keep only URLs a reader can follow safely: relative ones and
 * `http:`, `https:` and `mailto:`. A URL that could run script (`javascript:`, `data:`, `vbscript:`, ...)
 * goes, with a warning at its place in the Markdown: a link keeps its text without `href`, an image
 * becomes its alt text. Done in the pipeline, so `render()` and `processArticle()` are as safe as a page.
 */
import type { Element, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { alignToClass } from "./rehype-table-align.ts";
import type { VFile } from "vfile";

const URL_PROPERTIES = ["href", "src", "cite", "action", "formAction", "poster", "srcSet"] as const;

/** The scheme of a URL as a browser reads it, lower-cased; `undefined` for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // Browsers drop leading C0 controls and spaces, and tabs and newlines anywhere, before reading the scheme.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether a URL, as a browser reads it, is relative or uses `http:`, `https:` or `mailto:`. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}

/**
 * Drop every unsafe URL from the tree, with a warning each, and write GFM column alignment as classes
 * (`alignToClass`): one walk over the tree for both.
 */
export function rehypeSafeUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName === "th" || node.tagName === "td") alignToClass(node);
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value !== "string" || isSafeUrl(value)) continue;
        file.message(`Unsafe URL \`${value}\` dropped: expected an \`http:\`, \`https:\` or \`mailto:\` URL, or a relative one`, {
          place: node.position,
          ruleId: "unsafe-url",
          source: "sourced",
        });
        if (node.tagName === "img" && parent && index !== undefined) {
          const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
          const text: Text = { type: "text", value: alt };
          parent.children.splice(index, 1, text);
          return [SKIP, index + 1];
        }
        delete node.properties[property];
      }
      return undefined;
    });
  };
}
