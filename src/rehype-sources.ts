/**
 * Append the comparison table and the sources section to the article's HTML.
 */
import type { Root } from "hast";
import type { Plugin } from "unified";
import "./mdast.ts";

/** Render the figures table and one footnote per source (placeholder). */
export const rehypeSources: Plugin<[], Root> = function () {
  return () => {};
};
