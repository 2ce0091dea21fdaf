/**
 * The prose layer: each paragraph parsed once by parse-english (the unified collective's English parser),
 * into the prose tree mdast-util-to-nlcst would build when the paragraph comes from a Markdown file
 * (prose-tree.ts), so that every word keeps its line and column in the file. The nlcst leaves (text, punctuation, symbols, white space, inline code) are laid
 * out on the paragraph's plain text (the text remarkSentences cuts into sentences), and the library's
 * sentences are read off them.
 */
import type { Paragraph as MdastParagraph, PhrasingContent } from "mdast";
import type { Node as NlcstNode, Root as NlcstRoot } from "nlcst";
import type { Point } from "unist";
import type { VFile } from "vfile";
import { ProseParser } from "./prose-parser.ts";
import { type PlacedLeaf, proseTree } from "./prose-tree.ts";

/** What an nlcst leaf is, for the token adapter. */
export type LeafKind = "text" | "punct" | "symbol" | "space" | "code";

/** One nlcst leaf, placed on the paragraph's plain text. */
export interface Leaf {
  kind: LeafKind;
  value: string;
  /** Offsets in the paragraph's plain text (end exclusive); inline code spans its code. */
  from: number;
  to: number;
  /** Index of the library's sentence that holds the leaf, -1 for white space between sentences. */
  sentence: number;
  /** Whether the library put the leaf inside a word ("U.S.", the full stop of "Dr." or of "50,000."). */
  inWord: boolean;
  /** Where the leaf starts in the Markdown file, when the tree knows. */
  start: Point | null;
}

/**
 * The parser: parse-english, its first step faster (prose-parser.ts). It keeps no state between calls (its
 * plugins are fixed lists on the prototype, its character tables are made once), so one instance serves every
 * paragraph.
 */
const PARSER = new ProseParser();

const KINDS: Readonly<Record<string, LeafKind>> = {
  TextNode: "text",
  PunctuationNode: "punct",
  SymbolNode: "symbol",
  WhiteSpaceNode: "space",
  SourceNode: "code",
};

/** The leaves of an nlcst tree in document order, each with the index of its sentence and its place (`placeOf`), not yet placed (offsets 0). */
function rawLeaves(root: NlcstRoot, placeOf: (leaf: NlcstNode) => Point | null = () => null): Leaf[] {
  const out: Leaf[] = [];
  let sentences = 0;
  const walk = (node: NlcstNode, sentence: number, inWord: boolean): void => {
    if ("children" in node && Array.isArray(node.children)) {
      const inner = node.type === "SentenceNode" ? sentences++ : sentence;
      for (const child of node.children as NlcstNode[]) walk(child, inner, node.type === "WordNode");
      return;
    }
    const value = "value" in node && typeof node.value === "string" ? node.value : "";
    out.push({ kind: KINDS[node.type] ?? "symbol", value, from: 0, to: 0, sentence, inWord, start: placeOf(node) });
  };
  walk(root, -1, false);
  return out;
}

/**
 * The longest text given to the library in one piece. parse-english's steps spread a sentence's nodes into
 * function arguments and splice merged sentences out one by one, so one paragraph of a megabyte overflows the
 * call stack and one of many short "sentences" ("A. A. A. ...") takes quadratic time. News paragraphs run to a
 * few hundred characters; longer text is parsed in pieces of at most this many, cut after a sentence end.
 */
const PIECE_LIMIT = 10_000;
/** How far back from the limit a piece looks for a sentence end, then for white space, to cut at. */
const CUT_REACH = 2_000;

/** Where to end the piece of `text` that starts at `from`: after a full stop and white space, else at white space. */
function pieceEnd(text: string, from: number): number {
  const limit = from + PIECE_LIMIT;
  if (limit >= text.length) return text.length;
  let space = -1;
  for (let k = limit; k > limit - CUT_REACH; k--) {
    if (text[k] !== " " && text[k] !== "\n") continue;
    if (".!?".includes(text[k - 1]!)) return k;
    if (space < 0) space = k;
  }
  return space > from ? space : limit;
}

/** Parse plain text (no Markdown): the leaves' offsets are offsets in `text`. */
export function textLeaves(text: string): Leaf[] {
  const out: Leaf[] = [];
  let sentences = 0;
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    let at = from;
    let last = -1;
    for (const leaf of rawLeaves(PARSER.parse(text.slice(from, to)))) {
      if (leaf.sentence >= 0) leaf.sentence += sentences;
      last = Math.max(last, leaf.sentence);
      leaf.from = at;
      at += leaf.value.length;
      leaf.to = at;
      leaf.start = null;
      out.push(leaf);
    }
    sentences = last + 1;
    from = to;
  }
  return out;
}

/** Tokenize one sentence of plain text with the library (no sentence splitting): its leaves, offsets in `text`. */
export function sentenceLeaves(text: string): Leaf[] {
  let at = 0;
  const out: Leaf[] = [];
  const walk = (node: NlcstNode, inWord: boolean): void => {
    if ("children" in node && Array.isArray(node.children)) {
      for (const child of node.children as NlcstNode[]) walk(child, node.type === "WordNode");
      return;
    }
    const value = "value" in node && typeof node.value === "string" ? node.value : "";
    out.push({ kind: KINDS[node.type] ?? "symbol", value, sentence: 0, inWord, from: at, to: at + value.length, start: null });
    at += value.length;
  };
  for (const node of PARSER.tokenize(text)) walk(node, false);
  return out;
}

/**
 * Parse a Markdown paragraph into its prose tree (prose-tree.ts, as mdast-util-to-nlcst builds it), its leaves
 * placed on the paragraph's plain text (`plainText`: text, inline code and HTML as their values, a line break
 * as "\n"; inline code masked) and in the file. Falls back to parsing the plain text when the paragraph has no
 * position or the file has no text (a tree made in code), or when the two do not line up.
 */
export function paragraphLeaves(paragraph: MdastParagraph, file: VFile, plainText: string): Leaf[] {
  const document = String(file);
  const start = paragraph.position?.start;
  const end = paragraph.position?.end.offset;
  if (document.length === 0 || start?.offset === undefined || end === undefined || plainText.length > PIECE_LIMIT) return textLeaves(plainText);
  const lines = paragraphLines(document, start, end);
  const raw = rawLeaves(proseTree(paragraph, document, PARSER), (leaf: PlacedLeaf) => (leaf.fileOffset === undefined ? null : pointAt(lines, leaf.fileOffset)));
  const placed = placeLeaves(paragraph.children, raw);
  return placed !== null && placed.length > 0 && placed[placed.length - 1]!.to === plainText.length ? placed : textLeaves(plainText);
}

/** The lines a paragraph stands on: the line and offset of the first, where each later one starts, and where the paragraph ends. */
interface ParagraphLines {
  line: number;
  from: number;
  starts: number[];
  to: number;
}

/**
 * The lines of the paragraph that starts at `start` and ends at offset `to`: its own lines only (a line ends
 * after "\r\n", "\r" or "\n"), so that each paragraph costs its own length, however long the file.
 */
function paragraphLines(document: string, start: Point, to: number): ParagraphLines {
  const from = start.offset! - (start.column - 1);
  const starts: number[] = [];
  for (let k = from; k < to; k++) {
    const code = document.charCodeAt(k);
    if (code === 13 && k + 1 < to && document.charCodeAt(k + 1) === 10) k++;
    if (code === 13 || code === 10) starts.push(k + 1);
  }
  return { line: start.line, from, starts, to };
}

/** The line and column of a file offset in the paragraph's lines; null outside them. */
function pointAt(lines: ParagraphLines, offset: number): Point | null {
  if (offset < lines.from || offset > lines.to) return null;
  let before = 0;
  while (before < lines.starts.length && lines.starts[before]! <= offset) before++;
  const lineStart = before > 0 ? lines.starts[before - 1]! : lines.from;
  return { line: lines.line + before, column: offset - lineStart + 1, offset };
}

/** A cursor over the raw leaves while they are placed on the plain text. */
interface Placing {
  raw: Leaf[];
  next: number;
  at: number;
  out: Leaf[];
}

/**
 * Lay the leaves of mdast-util-to-nlcst on the plain text, walking the Markdown children in the order it
 * does: a text node's leaves spell its value, inline code is one source leaf, a break one white space leaf,
 * an image's alt text has leaves but no plain text, HTML has plain text but no leaves, and between two
 * siblings on different lines the library adds a line ending of its own. Null when they do not line up.
 */
function placeLeaves(children: readonly PhrasingContent[], raw: Leaf[]): Leaf[] | null {
  const state: Placing = { raw, next: 0, at: 0, out: [] };
  return placeChildren(state, children) && state.next === raw.length ? state.out : null;
}

function placeChildren(state: Placing, children: readonly PhrasingContent[]): boolean {
  let previousEnd: Point | undefined;
  for (const child of children) {
    const start = child.position?.start;
    if (previousEnd && start && start.line !== previousEnd.line) {
      // mdast-util-to-nlcst's own line ending between siblings: a leaf with no plain text.
      if (state.raw[state.next]?.kind !== "space") return false;
      place(state, state.raw[state.next++]!, 0);
    }
    if (!placeNode(state, child)) return false;
    previousEnd = child.position?.end;
  }
  return true;
}

function placeNode(state: Placing, node: PhrasingContent): boolean {
  if (node.type === "text") return placeSpelled(state, node.value.length, true);
  if (node.type === "image" || node.type === "imageReference") return node.alt ? placeSpelled(state, node.alt.length, false) : true;
  if (node.type === "html") {
    state.at += node.value.length;
    return true;
  }
  if (node.type === "inlineCode" || node.type === "break") {
    const leaf = state.raw[state.next];
    if (leaf === undefined || leaf.kind !== (node.type === "break" ? "space" : "code")) return false;
    state.next++;
    place(state, leaf, node.type === "break" ? 1 : node.value.length);
    return true;
  }
  return "children" in node ? placeChildren(state, node.children as PhrasingContent[]) : true;
}

/** Place one leaf at the cursor, `size` characters of plain text long. */
function place(state: Placing, leaf: Leaf, size: number): void {
  leaf.from = state.at;
  state.at += size;
  leaf.to = state.at;
  state.out.push(leaf);
}

/** Place the leaves that spell `length` characters; `plain` says whether those characters are plain text. */
function placeSpelled(state: Placing, length: number, plain: boolean): boolean {
  let left = length;
  while (left > 0) {
    const leaf = state.raw[state.next];
    if (leaf === undefined || leaf.value.length > left) return false;
    place(state, leaf, plain ? leaf.value.length : 0);
    state.next++;
    left -= leaf.value.length;
  }
  return true;
}
