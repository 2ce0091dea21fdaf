import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Paragraph } from "mdast";
import { toNlcst } from "mdast-util-to-nlcst";
import type { Node as NlcstNode } from "nlcst";
import { ParseEnglish } from "parse-english";
import type { Point } from "unist";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { createProcessor } from "../src/processor.ts";
import { inlineText } from "../src/remark-sentences.ts";
import { paragraphLeaves } from "../src/nlp/prose.ts";
import { maskRanges } from "../src/nlp/tokens.ts";
import { eachOfType } from "../src/tree-walk.ts";

const DOCUMENTS = [
  "Police said 1,100 people died.\nThe *army* said\n**fewer** died, citing `code.` and [a link\nover lines](https://example.com).",
  "Line one.\r\nLine two with a hard break  \r\nand more.\r\rA lone CR line.",
  "An image ![alt text. With a stop](x.png) and ![][ref] and <b>html</b> in it.\n\n[ref]: y.png",
  "“We won’t leave,” said Dr. Samir al-Khouri — the U.S.-based surgeon… Really?!\\\nNext line.",
  "A :source[Reuters]{#reuters} directive and www.example.com and a@b.co in text.",
  "- a list item. Two sentences.\n- > a quote in it\n  > over two lines.",
  "Trailing spaces   \nand tabs\t\there.",
];

/** The Markdown files under a folder. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md")).map((name) => join(folder, name));
}

/** Every leaf of an nlcst tree, in document order. */
function leaves(node: NlcstNode, out: NlcstNode[] = []): NlcstNode[] {
  if ("children" in node) for (const child of node.children as NlcstNode[]) leaves(child, out);
  else out.push(node);
  return out;
}

describe("paragraphLeaves", () => {
  const documents = [...DOCUMENTS, ...markdownFiles("tests/fixtures").map((path) => readFileSync(path, "utf8"))];

  it("should read the leaves mdast-util-to-nlcst makes, each starting where it says", () => {
    let paragraphs = 0;
    for (const document of documents) {
      const tree = createProcessor().parse(document);
      const file = new VFile(document);
      eachOfType<Paragraph>(tree, "paragraph", (paragraph) => {
        const flat = inlineText(paragraph.children);
        const expected = leaves(toNlcst(paragraph, file, ParseEnglish)).map((leaf) => ({
          value: "value" in leaf ? leaf.value : "",
          start: (leaf.position?.start ?? null) as Point | null,
        }));
        const actual = paragraphLeaves(paragraph, file, maskRanges(flat.text, flat.protected)).map((leaf) => ({ value: leaf.value, start: leaf.start }));
        expect(actual).toEqual(expected);
        paragraphs++;
      });
    }
    expect(paragraphs).toBeGreaterThan(100);
  });
});
