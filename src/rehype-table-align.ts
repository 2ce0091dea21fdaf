/**
 * GFM tables mark column alignment with the `align` attribute, obsolete in HTML (the Nu checker and
 * html-validate reject it). Write it as a class instead (`align-left`, `align-center`, `align-right`),
 * which the stylesheet turns into `text-align`. Called on each `th` and `td` by `rehypeSafeUrls`'s walk.
 */
import type { Element } from "hast";

export function alignToClass(node: Element): void {
  const align = node.properties.align;
  if (align === undefined) return;
  delete node.properties.align;
  if (align !== "left" && align !== "center" && align !== "right") return;
  const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
  node.properties.className = [...classes, `align-${align}`];
}
