/**
 * Split every paragraph into `sentence` nodes, so later plugins tag whole sentences.
 */
import type { Paragraph, PhrasingContent, Root, Text } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { type Leaf, paragraphLeaves } from "./nlp/prose.ts";
import { type SentenceSpan, sentenceSpans } from "./nlp/sentences.ts";
import { maskRanges, tokenAt, tokensOf } from "./nlp/tokens.ts";
import type { Sentence } from "./mdast.ts";
import { eachOfType } from "./tree-walk.ts";

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

/**
 * Wrap each sentence of each paragraph in a `sentence` node, with its one token stream (`data.tokens`) made from
 * the paragraph's parse by parse-english through mdast-util-to-nlcst (src/nlp/prose.ts), and its line and column
 * from that tree.
 */
export const remarkSentences: Plugin<[], Root> = function () {
  return (tree, file) => {
    let paragraphIndex = 0;
    // Paragraphs hold no paragraphs, and headings and tables hold none: each paragraph is found once, in order.
    eachOfType<Paragraph>(tree, "paragraph", (paragraph) => {
      paragraph.children = splitParagraph(paragraph, paragraphIndex++, file);
    });
  };
};

/** The sentences of a paragraph, each wrapped in a `sentence` node; the white space between them left outside. */
function splitParagraph(paragraph: Paragraph, paragraphIndex: number, file: VFile): PhrasingContent[] {
  const flat = inlineText(paragraph.children);
  const leaves = paragraphLeaves(paragraph, file, maskRanges(flat.text, flat.protected));
  const spans = joinAcrossCode(sentenceSpans(leaves), flat.protected);
  if (spans.length === 0) return paragraph.children;
  const groups = groupAtCuts(paragraph.children, cutsOf(paragraph.children, spans));
  return wrapGroups(groups, leaves, paragraph, paragraphIndex);
}

/**
 * Where the word at `offset` of a sentence starts in the Markdown file: its token's place in the prose tree, or
 * the sentence's start when the token has none (a paragraph made in code) or no token starts at the offset.
 */
export function placeAt(sentence: Sentence, offset: number): { line: number; column: number } {
  const { tokens } = sentence.data;
  const token = tokens[tokenAt(tokens, offset)];
  if (token?.place && token.start === offset) return { line: token.place.line, column: token.place.column };
  return { line: sentence.data.line, column: sentence.data.column };
}

/** Join a sentence to the one before when it starts inside inline code: a full stop in code ends no sentence. */
function joinAcrossCode(spans: SentenceSpan[], protectedRanges: ReadonlyArray<readonly [number, number]>): SentenceSpan[] {
  for (let i = spans.length - 1; i > 0; i--) {
    if (protectedRanges.some(([from, to]) => spans[i]!.start > from && spans[i]!.start <= to)) {
      spans[i - 1] = { start: spans[i - 1]!.start, end: spans[i]!.end };
      spans.splice(i, 1);
    }
  }
  return spans;
}

/**
 * Cut points between sentences, as offsets into the flattened text. A cut inside emphasis or a link moves to
 * the end of that node: the node stays whole in the earlier sentence.
 */
function cutsOf(children: readonly PhrasingContent[], spans: readonly SentenceSpan[]): number[] {
  const cuts: number[] = [];
  let offset = 0;
  let i = 0;
  const raw = spans.slice(0, -1).map((s) => s.end);
  for (const child of children) {
    const length = textLength(child);
    while (i < raw.length && raw[i]! < offset + length) {
      const inside = raw[i]! > offset && child.type !== "text";
      const cut = inside ? offset + length : raw[i]!;
      if (cuts[cuts.length - 1] !== cut) cuts.push(cut);
      i++;
    }
    offset += length;
  }
  return cuts;
}

/** The paragraph's children in groups, one a sentence, text nodes split at the cuts. */
function groupAtCuts(children: readonly PhrasingContent[], cuts: readonly number[]): PhrasingContent[][] {
  const groups: PhrasingContent[][] = [[]];
  const newGroup = () => {
    if (groups[groups.length - 1]!.length > 0) groups.push([]);
  };
  let offset = 0;
  let cutIndex = 0;
  for (const child of children) {
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
  return groups;
}

/** A cursor over the paragraph's leaves while its sentences are made, in order. */
interface LeafCursor {
  leaves: readonly Leaf[];
  next: number;
}

/** The leaves of the sentence at [from, to) of the paragraph's text: [first, end) indices, read in order. */
function leavesWithin(cursor: LeafCursor, from: number, to: number): [number, number] {
  const { leaves } = cursor;
  while (cursor.next < leaves.length && leaves[cursor.next]!.to <= from) cursor.next++;
  let end = cursor.next;
  while (end < leaves.length && leaves[end]!.from < to) end++;
  return [cursor.next, end];
}

/**
 * Where the sentence starts in the file: its first leaf's place in the prose tree when it opens on plain text;
 * when it opens on markup (a directive, a link, emphasis), where that markup starts, so that an author's
 * `:source[...]` is pointed at as written.
 */
function startPoint(leaves: readonly Leaf[], first: number, end: number, group: readonly PhrasingContent[], fallbackLine: number): { line: number; column: number } {
  if (group[0]?.type !== "text") return firstPoint(group, fallbackLine);
  for (let k = first; k < end; k++) {
    const leaf = leaves[k]!;
    if (leaf.kind !== "space" && leaf.from !== leaf.to) {
      if (leaf.start !== null) return { line: leaf.start.line, column: leaf.start.column };
      break;
    }
  }
  return firstPoint(group, fallbackLine);
}

/** Wrap each group of the paragraph in a `sentence` node with its text, tokens and place. */
function wrapGroups(groups: PhrasingContent[][], leaves: readonly Leaf[], paragraph: Paragraph, paragraphIndex: number): PhrasingContent[] {
  const fallbackLine = paragraph.position?.start.line ?? 1;
  const cursor: LeafCursor = { leaves, next: 0 };
  const children: PhrasingContent[] = [];
  let index = 0;
  let at = 0;
  for (const group of groups) {
    // Leading white space between sentences stays outside the sentence element.
    const first = group[0];
    if (first && first.type === "text") {
      const trimmed = first.value.replace(/^\s+/, "");
      if (trimmed.length !== first.value.length) {
        const [space, rest] = splitText(first, first.value.length - trimmed.length);
        children.push(space);
        at += space.value.length;
        if (rest.value === "") group.shift();
        else group[0] = rest;
      }
    }
    if (group.length === 0) continue;
    const flat = inlineText(group);
    const start = at;
    at += flat.text.length;
    if (flat.text.trim() === "") {
      children.push(...group);
      continue;
    }
    // trimEnd, not /\s+$/: the expression retries at every space of a long run (quadratic).
    const text = flat.text.trimEnd();
    const [from, to] = leavesWithin(cursor, start, start + text.length);
    const data = {
      hName: "span",
      text,
      protected: flat.protected,
      tokens: tokensOf(leaves, from, to, start),
      ...startPoint(leaves, from, to, group, fallbackLine),
      id: `s${paragraphIndex + 1}-${index + 1}`,
      paragraph: paragraphIndex,
      index,
      attributions: [],
      spans: [],
    };
    children.push({ type: "sentence", children: group, data } satisfies Sentence);
    index++;
  }
  return children;
}
