/**
 * The hast helpers the page plugins share: `el()` makes what hastscript's `h()` makes, `eachElement()`
 * walks in reading order, and `unnestParentheses()` carries its depth across text without parentheses.
 */
import type { Element, Root } from "hast";
import { h, s } from "hastscript";
import { describe, expect, it } from "vitest";
import { el, unnestParentheses } from "../src/hast-references.ts";
import { eachElement } from "../src/tree-walk.ts";

describe("el", () => {
  it("should make the element h() makes from properties in hast's form", () => {
    expect(el("a", { href: "#fn-police", id: "fnref-a1", dataFootnoteRef: true, ariaDescribedBy: ["sources-label"] }, "1")).toEqual(
      h("a", { href: "#fn-police", id: "fnref-a1", dataFootnoteRef: true, ariaDescribedBy: "sources-label" }, "1"),
    );
    expect(el("li", { id: "fn-police", tabIndex: -1 }, ["\n", el("p", {}, "Police", null, [" ", el("q", {}, "said")])], undefined)).toEqual(
      h("li", { id: "fn-police", tabIndex: -1 }, ["\n", h("p", "Police", null, [" ", h("q", "said")])], undefined),
    );
    expect(el("td", {})).toEqual(h("td"));
  });

  it("should keep numbers as numbers, as s() does for SVG", () => {
    expect(el("circle", { cx: 1.5, cy: 15, r: 5, className: ["chart-mark"] })).toEqual(s("circle", { cx: 1.5, cy: 15, r: 5, className: ["chart-mark"] }));
  });
});

describe("eachElement", () => {
  const tree: Root = {
    type: "root",
    children: [el("p", {}, "a ", el("span", { id: "s1" }, el("data", { value: "3" }, "3")), " b"), el("section", { id: "notes" }, el("ol", {}, el("li", { id: "fn-x" })))],
  };

  it("should visit every element in reading order with its index and parent", () => {
    const seen: string[] = [];
    eachElement(tree, (element, index, parent) => {
      seen.push(`${element.tagName}@${index} in ${parent.type === "root" ? "root" : (parent as Element).tagName}`);
    });
    expect(seen).toEqual(["p@0 in root", "span@1 in p", "data@0 in span", "section@1 in root", "ol@0 in section", "li@0 in ol"]);
  });

  it("should skip the inside of an element where the visitor returns true", () => {
    const seen: string[] = [];
    eachElement(tree, (element) => {
      seen.push(element.tagName);
      return element.tagName === "span" || element.tagName === "section";
    });
    expect(seen).toEqual(["p", "span", "section"]);
  });
});

describe("unnestParentheses", () => {
  it("should carry the depth over text without parentheses", () => {
    expect(unnestParentheses("Police (Deir Ezzor", 0)).toEqual({ text: "Police (Deir Ezzor", depth: 1 });
    expect(unnestParentheses(" province", 1)).toEqual({ text: " province", depth: 1 });
    expect(unnestParentheses(" (city))", 1)).toEqual({ text: " [city])", depth: 0 });
  });
});
