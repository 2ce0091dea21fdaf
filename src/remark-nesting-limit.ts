/**
 * Refuse an article nested deeper than any article is: a thousand list levels or block quotes inside
 * each other would overflow the call stack of the recursive steps after parsing ("Maximum call stack
 * size exceeded", with no place). The tree's depth is measured without recursion, and a tree deeper
 * than `maxDepth` is an error at the deepest node's place.
 */
import type { Root } from "mdast";
import type { Node } from "unist";
import type { VFile } from "vfile";

/** The deepest tree accepted by default: 100 levels of nodes, about 48 lists or block quotes inside each other (a real article nests fewer than 10). */
export const MAX_NESTING_DEPTH = 100;

/** Options of `remarkNestingLimit`. */
export interface NestingLimitOptions {
  /** The deepest tree accepted (the root is level 0). Default: `MAX_NESTING_DEPTH`. */
  maxDepth?: number;
}

/** The depth of a tree and its first deepest node, measured with an explicit stack. */
export function treeDepth(tree: Node): { depth: number; node: Node } {
  let deepest = { depth: 0, node: tree };
  const stack: Array<{ node: Node; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, node };
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return deepest;
}

/** Fail on a Markdown tree nested deeper than `maxDepth`, at its deepest node. */
export function remarkNestingLimit(options: NestingLimitOptions = {}) {
  const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error(`Expected \`maxDepth\` to be a positive integer, found \`${maxDepth}\``);
  return (tree: Root, file: VFile) => {
    const { depth, node } = treeDepth(tree);
    if (depth <= maxDepth) return;
    file.fail(`Nesting too deep: ${depth} levels of lists, quotes or emphasis inside each other, expected at most ${maxDepth}`, {
      place: node.position,
      ruleId: "too-deep",
      source: "sourced",
    });
  };
}
