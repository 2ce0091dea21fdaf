/**
 * Split every paragraph into `sentence` nodes, so later plugins tag whole sentences.
 */
import type { Paragraph, PhrasingContent, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { splitSentences } from "./nlp/sentences.ts";
import { maskRanges, tokenize } from "./nlp/tokens.ts";
import type { Sentence } from "./mdast.ts";

/** Flatten inline content to text, noting where inline code sits. */
export function inlineText(
  nodes: readonly PhrasingContent[],
  out: { text: string; protected: Array<[number, number]> } = { text: "", protected: [] },
): { text: string; protected: Array<[number, number]> } {
  for (const node of nodes) {
    if (node.type === "text") out.text += node.value;
    else if (node.type === "inlineCode") {
      out.protected.push([out.text.length, out.text.length + node.value.length]);
      out.text += node.value;
    } else if (node.type === "break") out.text += "\n";
    else if ("children" in node) inlineText(node.children as PhrasingContent[], out);
    else if (node.type === "html") {
      out.protected.push([out.text.length, out.text.length + node.value.length]);
      out.text += node.value;
    }
  }
  return out;
}

/** The length of a node's flattened text. */
export function textLength(node: PhrasingContent): number {
  return inlineText([node]).text.length;
}

/** Split a text node at `offset`, keeping positions when the value matches the source. */
export function splitText(node: Text, offset: number): [Text, Text] {
  const before: Text = { type: "text", value: node.value.slice(0, offset) };
  const after: Text = { type: "text", value: node.value.slice(offset) };
  const start = node.position?.start;
  if (start) {
    const lines = before.value.split("\n");
    const line = start.line + lines.length - 1;
    const column = lines.length === 1 ? start.column + offset : lines[lines.length - 1]!.length + 1;
    before.position = { start, end: { line, column } };
    after.position = { start: { line, column }, end: node.position!.end };
  }
  return [before, after];
}

/** The line and column at which a run of inline nodes starts (the first node with a position). */
function firstPoint(nodes: readonly PhrasingContent[], fallbackLine: number): { line: number; column: number } {
  for (const node of nodes) {
    if (node.position) return { line: node.position.start.line, column: node.position.start.column };
  }
  return { line: fallbackLine, column: 1 };
}

/** Wrap each sentence of each paragraph in a `sentence` node. */
export const remarkSentences: Plugin<[], Root> = function () {
  return (tree) => {
    let paragraphIndex = 0;
    visit(tree, (node) => {
      if (node.type === "heading" || node.type === "code" || node.type === "html" || node.type === "table") return SKIP;
      if (node.type !== "paragraph") return;
      const paragraph = node as Paragraph;
      paragraph.children = splitParagraph(paragraph, paragraphIndex++);
      return SKIP;
    });
  };
};

function splitParagraph(paragraph: Paragraph, paragraphIndex: number): PhrasingContent[] {
  const flat = inlineText(paragraph.children);
  // A full stop inside inline code ends no sentence.
  const spans = splitSentences(flat.text);
  for (let i = spans.length - 1; i > 0; i--) {
    if (flat.protected.some(([from, to]) => spans[i]!.start > from && spans[i]!.start <= to)) {
      spans[i - 1] = { start: spans[i - 1]!.start, end: spans[i]!.end };
      spans.splice(i, 1);
    }
  }
  if (spans.length === 0) return paragraph.children;
  // Cut points between sentences, as offsets into the flattened text. A cut inside emphasis or a
  // link moves to the end of that node: the node stays whole in the earlier sentence.
  const cuts: number[] = [];
  {
    let offset = 0;
    let i = 0;
    const raw = spans.slice(0, -1).map((s) => s.end);
    for (const child of paragraph.children) {
      const length = textLength(child);
      while (i < raw.length && raw[i]! < offset + length) {
        const inside = raw[i]! > offset && child.type !== "text";
        const cut = inside ? offset + length : raw[i]!;
        if (cuts[cuts.length - 1] !== cut) cuts.push(cut);
        i++;
      }
      offset += length;
    }
  }
  const groups: PhrasingContent[][] = [[]];
  const newGroup = () => {
    if (groups[groups.length - 1]!.length > 0) groups.push([]);
  };
  let offset = 0;
  let cutIndex = 0;
  for (const child of paragraph.children) {
    while (cutIndex < cuts.length && cuts[cutIndex]! <= offset) {
      newGroup();
      cutIndex++;
    }
    let current: PhrasingContent = child;
    const length = textLength(child);
    let consumed = 0;
    while (current.type === "text" && cutIndex < cuts.length && cuts[cutIndex]! < offset + length) {
      const [before, after] = splitText(current, cuts[cutIndex]! - offset - consumed);
      groups[groups.length - 1]!.push(before);
      groups.push([]);
      consumed = cuts[cutIndex]! - offset;
      current = after;
      cutIndex++;
    }
    groups[groups.length - 1]!.push(current);
    offset += length;
  }
  const fallbackLine = paragraph.position?.start.line ?? 1;
  const children: PhrasingContent[] = [];
  let index = 0;
  for (const group of groups) {
    // Leading white space between sentences stays outside the sentence element.
    const first = group[0];
    if (first && first.type === "text") {
      const trimmed = first.value.replace(/^\s+/, "");
      if (trimmed.length !== first.value.length) {
        const [space, rest] = splitText(first, first.value.length - trimmed.length);
        children.push(space);
        if (rest.value === "") group.shift();
        else group[0] = rest;
      }
    }
    if (group.length === 0) continue;
    const flat = inlineText(group);
    if (flat.text.trim() === "") {
      children.push(...group);
      continue;
    }
    const sentence: Sentence = {
      type: "sentence",
      children: group,
      data: {
        hName: "span",
        // trimEnd, not /\s+$/: the expression retries at every space of a long run (quadratic).
        text: flat.text.trimEnd(),
        protected: flat.protected,
        tokens: tokenize(maskRanges(flat.text.trimEnd(), flat.protected)),
        ...firstPoint(group, fallbackLine),
        id: `s${paragraphIndex + 1}-${index + 1}`,
        paragraph: paragraphIndex,
        index,
        attributions: [],
        spans: [],
      },
    };
    index++;
    children.push(sentence);
  }
  return children;
}
