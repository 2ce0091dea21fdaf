/**
 * A Markdown paragraph's prose tree, as mdast-util-to-nlcst builds it with parse-english: each text node (and
 * image alt text) tokenized by the parser, inline code as one source node, a break as a line ending and a
 * line ending between siblings on different lines, then the parser's sentence, paragraph and root steps. The
 * nodes carry no positions: each leaf holds only the file offset it starts at (`fileOffset`), since the prose
 * layer needs only the leaves' starts and the parser's steps only carry positions along, never read them.
 * tests/prose-tree.test.ts checks the leaves and their places against mdast-util-to-nlcst's.
 */
import type { Nodes as MdastNode, Paragraph, PhrasingContent } from "mdast";
import type { Node as NlcstNode, Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence, SentenceContent } from "nlcst";
import type { ParseEnglish } from "parse-english";
import type { Point } from "unist";

/** A leaf of the prose tree, with the file offset it starts at (none for a leaf the parser's steps made). */
export type PlacedLeaf = NlcstNode & { fileOffset?: number };

/** Inline nodes whose text is code, not prose: one source node each. */
const SOURCE_TYPES = new Set(["inlineCode"]);
/** A run of white space holding a line ending: it ends a paragraph of the prose tree. */
const NEW_LINE = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
/** Marks that end a sentence. */
const TERMINAL_MARKER = /^([!.?\u2026\u203D]+)$/;

interface Build {
  document: string;
  parser: ParseEnglish;
}

/** Build the prose tree of `paragraph`, a node of the Markdown tree of `document` (the file's text). */
export function proseTree(paragraph: Paragraph, document: string, parser: ParseEnglish): NlcstRoot {
  return contentToRoot(parser, children({ document, parser }, paragraph.children));
}

/** The prose nodes of a node (none for HTML and for nodes with no text), their leaves' offsets recorded. */
function one(build: Build, node: MdastNode): SentenceContent[] | undefined {
  let start = node.position?.start.offset;
  const end = node.position?.end.offset;
  let results: SentenceContent[] | undefined;
  if (SOURCE_TYPES.has(node.type)) {
    if (start !== undefined && end !== undefined) results = [{ type: "SourceNode", value: build.document.slice(start, end) }];
  } else if ("children" in node) {
    return children(build, node.children as PhrasingContent[]);
  } else if (node.type === "image" || node.type === "imageReference") {
    if (node.alt) {
      results = build.parser.tokenize(node.alt);
      // The alt text starts after "![".
      if (start !== undefined) start += 2;
    }
  } else if (node.type === "break") {
    results = [{ type: "WhiteSpaceNode", value: "\n" }];
  } else if (node.type === "text") {
    results = build.parser.tokenize(node.value);
  }
  if (results) record(results, start);
  return results;
}

/** The prose nodes of siblings, with a line ending between two that stand on different lines. */
function children(build: Build, nodes: readonly PhrasingContent[]): SentenceContent[] {
  const results: SentenceContent[] = [];
  let end: Point | undefined;
  for (const child of nodes) {
    const start = validPoint(child.position?.start);
    if (end && start && start.line !== end.line) {
      const lineEnding: SentenceContent = { type: "WhiteSpaceNode", value: "\n".repeat(start.line - end.line) };
      record([lineEnding], end.offset);
      // Seen as a break between paragraphs of the prose tree.
      if (lineEnding.value.length < 2) lineEnding.value = "\n\n";
      results.push(lineEnding);
    }
    const result = one(build, child);
    if (result) results.push(...result);
    end = validPoint(child.position?.end);
  }
  return results;
}

/** A point with a line and column (as unist-util-position reads one), else undefined. */
function validPoint(point: Point | undefined): Point | undefined {
  return point && point.line > 0 && point.column > 0 ? point : undefined;
}

/** Record the offset of each leaf of `nodes`, laid end to end from `offset` (none when it is unknown). */
function record(nodes: readonly NlcstNode[], offset: number | undefined): number | undefined {
  let at = offset;
  for (const node of nodes) {
    if ("children" in node) at = record(node.children as NlcstNode[], at);
    else if (at !== undefined) {
      (node as PlacedLeaf).fileOffset = at;
      at += "value" in node && typeof node.value === "string" ? node.value.length : 0;
    }
  }
  return at;
}

/** Sentence content to a root, through the parser's sentence, paragraph and root steps. */
function contentToRoot(parser: ParseEnglish, nodes: SentenceContent[]): NlcstRoot {
  if (nodes.length === 0) return { type: "RootNode", children: [] };
  const sentence: Sentence = { type: "SentenceNode", children: nodes };
  for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence);
  const paragraph: NlcstParagraph = { type: "ParagraphNode", children: splitAt(sentence, "PunctuationNode", TERMINAL_MARKER) as Sentence[] };
  for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph);
  const root: NlcstRoot = { type: "RootNode", children: splitAt(paragraph, "WhiteSpaceNode", NEW_LINE) as NlcstParagraph[] };
  for (const plugin of parser.tokenizeRootPlugins) plugin(root);
  return root;
}

/** Split a parent's children after each child of `type` whose text matches `expression`, into parents of its type. */
function splitAt(node: Sentence | NlcstParagraph, type: string, expression: RegExp): Array<Sentence | NlcstParagraph> {
  const result: Array<Sentence | NlcstParagraph> = [];
  const nodes = node.children as NlcstNode[];
  let start = 0;
  for (let index = 0; index < nodes.length; index++) {
    const token = nodes[index]!;
    if (index === nodes.length - 1 || (token.type === type && expression.test(textOf(token)))) {
      result.push({ type: node.type, children: nodes.slice(start, index + 1) } as Sentence | NlcstParagraph);
      start = index + 1;
    }
  }
  return result;
}

/** The text of a prose node. */
function textOf(node: NlcstNode): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as NlcstNode[]).map(textOf).join("") : "";
}
