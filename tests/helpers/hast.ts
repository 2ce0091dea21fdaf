/** Small readers of a hast tree for tests: elements by a test, and an element's text. */
import type { Element, Root } from "hast";

/** Every element of a tree matching a test, in document order. */
export function all(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

/** The text of an element and its descendants. */
export const text = (node: Element): string =>
  node.children.map((child) => (child.type === "text" ? child.value : child.type === "element" ? text(child) : "")).join("");
