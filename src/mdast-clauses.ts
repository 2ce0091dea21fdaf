/**
 * Wrap clauses of a sentence node in their own statement nodes: "Police said 12 people died" and "the health
 * ministry said the toll was 15." become two elements, each with its own id and reference after it.
 */
import type { PhrasingContent } from "mdast";
import type { Sentence, Statement } from "./mdast.ts";
import { splitText, textLength } from "./remark-sentences.ts";

/** A clause of the sentence's text (offsets, end exclusive) and the properties of its element. */
export interface Clause {
  range: [number, number];
  properties: Record<string, string | string[]>;
}

/**
 * Wrap each clause's inline content in a `statement` node, splitting text nodes at the clause edges. Returns
 * false, leaving the sentence as it was, when an edge falls inside emphasis, a link or inline code (the element
 * would cross another), or when the clauses overlap.
 */
export function wrapClauses(sentence: Sentence, clauses: readonly Clause[]): boolean {
  const sorted = [...clauses].sort((a, b) => a.range[0] - b.range[0]);
  if (sorted.some((c, k) => c.range[0] >= c.range[1] || (k > 0 && sorted[k - 1]!.range[1] > c.range[0]))) return false;
  const edges = [...new Set(sorted.flatMap((c) => c.range))].sort((a, b) => a - b);
  // Split the top-level text nodes at every edge; an edge inside any other node gives up.
  const pieces: Array<{ node: PhrasingContent; start: number; end: number }> = [];
  let offset = 0;
  let e = 0;
  for (const child of sentence.children) {
    const length = textLength(child);
    const end = offset + length;
    let current = child;
    let at = offset;
    while (e < edges.length && edges[e]! <= at) e++;
    while (e < edges.length && edges[e]! < end) {
      if (current.type !== "text") return false;
      const [before, after] = splitText(current, edges[e]! - at);
      pieces.push({ node: before, start: at, end: edges[e]! });
      at = edges[e]!;
      current = after;
      e++;
    }
    pieces.push({ node: current, start: at, end });
    offset = end;
  }
  const children: PhrasingContent[] = [];
  let c = 0;
  let open = null as { clause: Clause; node: Statement } | null;
  for (const piece of pieces) {
    while (c < sorted.length && sorted[c]!.range[1] <= piece.start) c++;
    const clause = sorted[c];
    // A piece with no text (an image without alt) inside a clause stays in it; at an edge it stays outside.
    const inside = clause !== undefined && piece.start >= clause.range[0] && piece.end <= clause.range[1] && (piece.end > piece.start || (piece.start > clause.range[0] && piece.start < clause.range[1]));
    if (!inside) {
      open = null;
      children.push(piece.node);
      continue;
    }
    if (open?.clause !== clause) {
      open = { clause, node: { type: "statement", children: [], data: { hName: "span", hProperties: clause.properties } } };
      children.push(open.node);
    }
    open.node.children.push(piece.node);
  }
  sentence.children = children;
  return true;
}
