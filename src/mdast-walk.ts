/**
 * Plain walks over an mdast tree for the plugins that run once per article over every node. They find what
 * `unist-util-visit` finds, in the same order, without its cost per node (a closure, a named function and a
 * copy of the ancestors for each node visited): a third of remarkNumbers' and remarkComparison's time went
 * there. Use `visit` where a visitor changes the tree around it; these walks read the children as they go.
 */
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
