/**
 * The plain tree walks the remark plugins use find what `unist-util-visit` finds, in the same order.
 */
import type { Root } from "mdast";
import { unified } from "unified";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import type { Node } from "unist";
import { SKIP, visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { eachNode, eachOfType } from "../src/tree-walk.ts";

const MARKDOWN = [
  "# A *heading*",
  "",
  "Police said **5 people** died, [the agency](https://example.org) reported.",
  "",
  "> A quote with `code` and :source[text]{#a}.",
  ">",
  "> - a list *item* with **strong _nested_ text**",
  "",
  "| a | b |",
  "| - | - |",
  "| *c* | d |",
  "",
  ":::note",
  "Inside a container.",
  ":::",
].join("\n");

const tree = () => unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(MARKDOWN) as Root;

describe("eachNode", () => {
  it("should call back on every node under the root in the order visit does", () => {
    const root = tree();
    const visited: Node[] = [];
    visit(root, (node) => {
      if (node !== root) visited.push(node);
    });
    const walked: Node[] = [];
    eachNode(root, (node) => walked.push(node));
    expect(walked.length).toBe(visited.length);
    expect(walked.every((node, k) => node === visited[k])).toBe(true);
    expect(walked.length).toBeGreaterThan(30);
  });
});

describe("eachOfType", () => {
  it("should find the nodes of a type with their parents, in order, without entering them, as visit returning SKIP does", () => {
    const root = tree();
    for (const type of ["paragraph", "emphasis", "strong", "text", "listItem"]) {
      const visited: Array<[Node, Node | undefined]> = [];
      visit(root, type, (node, _index, parent) => {
        visited.push([node, parent]);
        return SKIP;
      });
      const walked: Array<[Node, Node]> = [];
      eachOfType(root, type, (node, parent) => walked.push([node, parent]));
      expect(walked.length).toBe(visited.length);
      expect(walked.every(([node, parent], k) => node === visited[k]![0] && parent === visited[k]![1])).toBe(true);
      expect(walked.length).toBeGreaterThan(0);
    }
  });
});
