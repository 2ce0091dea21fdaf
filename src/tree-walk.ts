/**
 * Plain walks over a syntax tree (mdast for the remark plugins, hast for the page plugins) for the plugins that
 * run once per article over every node. They find what
 * `unist-util-visit` finds, in the same order, without its cost per node (a closure, a named function and a
 * copy of the ancestors for each node visited): a third of remarkNumbers' and remarkComparison's time went
 * there. Use `visit` where a visitor changes the tree around it; these walks read the children as they go.
 */
import type { Element, Parent as HastParent } from "hast";
import type { Parent, RootContent } from "mdast";
import type { Node } from "unist";

/** Call `fn` on every node under `tree` (not `tree` itself), in document order (preorder). */
export function eachNode(tree: Parent, fn: (node: RootContent) => void): void {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    fn(child);
    if ("children" in child) eachNode(child, fn);
  }
}

/**
 * Call `fn` on every node of type `type` under `tree`, in document order, with its parent; a node found is not
 * entered (as `visit` returning `SKIP`). The children of a node found may change; its parent's may not.
 */
export function eachOfType<T extends Node>(tree: Parent, type: T["type"], fn: (node: T, parent: Parent) => void): void {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === type) fn(child as T, tree);
    else if ("children" in child) eachOfType(child, type, fn);
  }
}

/**
 * Call `visitor` with every element under `parent` in reading order, its index and its parent; where it
 * returns true, the element's inside is skipped. The page plugins look for a few elements in a tree of a
 * thousand nodes. The visitor may replace the element in its parent, but not add or remove siblings.
 */
export function eachElement(parent: HastParent, visitor: (element: Element, index: number, parent: HastParent) => boolean | void): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === "element" && visitor(child, index, parent) !== true) eachElement(child, visitor);
  }
}
