/**
 * Tag every number in the prose with its kind, and collect the outcome figures with their sources.
 *
 * Runs after `remarkAttribution`: a figure inside an attributed sentence belongs to the statement whose
 * span holds it ("Organisers estimated ... at over 150,000, however the police put the number at
 * 45,000" gives one figure to each). Numbers become `<data value>` elements (`<time datetime>` for dates
 * and years); nothing is tagged in inline code, link URLs or headings (headings hold no sentences).
 */
import type { Parent, PhrasingContent, Root, Text } from "mdast";
import type { Plugin } from "unified";
import type { Sentence } from "./mdast.ts";
import { eachOfType } from "./tree-walk.ts";
import { readSentenceNumbers, type NumberMatch } from "./nlp/numbers.ts";
import { readScopes } from "./nlp/scope.ts";
import type { Figure, FigureScope, Metric, NumberMention } from "./types.ts";
import { addMessage, lineStart } from "./message.ts";
import { placeAt } from "./remark-sentences.ts";

/** Options of `remarkNumbers`. */
export interface NumbersOptions {
  /** The article's date (YYYY-MM-DD), which gives the year of "September 17". Default: none. */
  date?: string | null;
}

/** A number in the prose, rendered as `<data>` or `<time>`. */
export interface NumberNode extends Parent {
  type: "number";
  children: PhrasingContent[];
}

declare module "mdast" {
  interface PhrasingContentMap {
    number: NumberNode;
  }
  interface RootContentMap {
    number: NumberNode;
  }
}

interface Segment {
  node: Text;
  parent: Parent;
  /** The node's index in its parent. */
  index: number;
  start: number;
}

/** Wrap numbers in `<data>`/`<time>` and collect figures and numbers on `file.data.sourced`. */
export const remarkNumbers: Plugin<[NumbersOptions?], Root> = function (options = {}) {
  const year = options.date ? Number(options.date.slice(0, 4)) : null;
  return (tree, file) => {
    const data = (file.data.sourced ??= {
      article: { title: "", slug: "article", date: options.date ?? null },
      sources: [],
      attributions: [],
      figures: [],
      numbers: [],
      comparison: [],
    });
    const figures: Figure[] = [];
    const numbers: NumberMention[] = [];
    let previousMetric: Metric | null = null;
    const untagged: Array<{ node: Sentence; parent: Parent }> = [];

    eachOfType<Sentence>(tree, "sentence", (node, parent) => {
      const text = node.data.text;
      const read = readSentenceNumbers(text, { year, previousMetric }, node.data.tokens);
      const isProtected = node.data.protected;
      const matches = isProtected.length === 0 ? read.matches : read.matches.filter((m) => !isProtected.some(([from, to]) => m.start < to && m.end > from));
      previousMetric = read.metric ?? previousMetric;
      const overrides = node.data.figureOverrides ?? [];
      for (const o of overrides) {
        if (!matches.some((m) => m.kind === "figure" && m.start >= o.start && m.end <= o.end)) {
          addMessage(file, "Override changed nothing: no figure inside `:figure[...]`", {
            place: lineStart(o.line, o.column),
            ruleId: "useless-override",
          });
        }
      }
      // Scopes of the sentence's figures (only figures: dates and counts have none), read in one pass over it.
      const isFigure = (m: NumberMatch) => m.kind === "figure" && typeof m.value === "number";
      const scopes = readScopes(text, matches.filter(isFigure).map((m) => [m.start, m.end] as const), node.data.spans, node.data.tokens);
      let nextScope = 0;
      const made = matches.map((match) => {
        const figure = isFigure(match) ? toFigure(match, node, figures.length, scopes[nextScope++]!) : null;
        if (figure) {
          const override = overrides.find((o) => match.start >= o.start && match.end <= o.end);
          if (override) {
            figure.excluded = override.exclude;
            if (override.scope) figure.scope = { ...figure.scope, relation: "other-event", text: override.scope, rule: "override" };
          }
          figures.push(figure);
        }
        numbers.push({ id: `n${numbers.length + 1}`, text: match.text, kind: match.kind, value: match.value, line: node.data.line });
        return { match, figure };
      });
      // Group the matches by the text node that holds them (one forward pass), then rebuild each
      // node once, last node first so that sibling indices stay valid: linear in the sentence.
      const groups = new Map<Segment, Array<{ match: NumberMatch; figure: Figure | null }>>();
      // A sentence with no number has no text node to split: its text nodes are not listed.
      const segments = made.length > 0 ? textSegments(node) : [];
      let cursor = 0;
      for (const item of made) {
        while (cursor < segments.length && segments[cursor]!.start + segments[cursor]!.node.value.length <= item.match.start) cursor++;
        const segment = segments[cursor];
        if (!segment || item.match.start < segment.start || item.match.end > segment.start + segment.node.value.length) continue;
        if (!groups.has(segment)) groups.set(segment, []);
        groups.get(segment)!.push(item);
      }
      for (const [segment, items] of [...groups].reverse()) wrap(segment, items);
      const hasFigure = matches.some((m) => m.kind === "figure");
      if (hasFigure && node.data.attributions.length === 0) {
        node.data.hProperties = { ...(node.data.hProperties ?? {}), id: node.data.id };
      }
      if (node.data.attributions.length === 0 && !hasFigure) untagged.push({ node, parent });
    });

    data.numbers = numbers;
    data.figures = figures;
    // Sentences with nothing to say stay plain text: no empty <span> wrappers.
    const plain = new Set<Sentence>(untagged.map((u) => u.node));
    for (const parent of new Set(untagged.map((u) => u.parent))) {
      (parent.children as PhrasingContent[]) = (parent.children as PhrasingContent[]).flatMap((child) =>
        child.type === "sentence" && plain.has(child) ? child.children : [child],
      );
    }
  };
};

/** Make the figure of a match, credited to the statement whose span holds it. */
function toFigure(match: NumberMatch, sentence: Sentence, index: number, scope: FigureScope): Figure {
  const { attributions, spans } = sentence.data;
  let best = -1;
  for (let k = 0; k < attributions.length; k++) {
    const [from, to] = spans[k] ?? [0, sentence.data.text.length];
    if (match.start >= from && match.end <= to) {
      if (best < 0 || to - from < spans[best]![1] - spans[best]![0]) best = k;
    }
  }
  const attribution = best >= 0 ? attributions[best]! : null;
  return {
    id: `f${index + 1}`,
    text: match.text,
    value: match.value as number,
    valueMax: match.valueMax,
    qualifier: match.qualifier,
    metric: match.metric ?? "other",
    source: attribution?.source ?? null,
    attribution: attribution?.id ?? null,
    sentenceId: attribution?.id ?? sentence.data.id,
    ...placeAt(sentence, match.start),
    excluded: false,
    scope,
    rule: match.rule,
  };
}

/** The text nodes of a sentence with their offsets in its flattened text (inline code counts, untagged). */
function textSegments(sentence: Sentence): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  const walk = (parent: Parent) => {
    for (const [index, child] of (parent.children as PhrasingContent[]).entries()) {
      if (child.type === "text") {
        segments.push({ node: child, parent, index, start: offset });
        offset += child.value.length;
      } else if (child.type === "inlineCode" || child.type === "html") {
        offset += child.value.length;
      } else if (child.type === "break") {
        offset += 1;
      } else if ("children" in child) {
        walk(child as Parent);
      }
    }
  };
  walk(sentence);
  return segments;
}

/** Replace a text node by its text with each match wrapped in a number element. */
function wrap(segment: Segment, items: Array<{ match: NumberMatch; figure: Figure | null }>): void {
  const { node, parent, index } = segment;
  const replacement: PhrasingContent[] = [];
  let position = 0;
  // Found once: asking of each match whether a line break comes before it would be quadratic.
  const firstBreak = node.value.indexOf("\n");
  for (const { match, figure } of items) {
    const from = match.start - segment.start;
    const to = match.end - segment.start;
    if (from < position) continue;
    if (from > position) replacement.push({ type: "text", value: node.value.slice(position, from) });
    const number = numberNode(node.value.slice(from, to), match, figure);
    // A number keeps its place in the Markdown when the text before it, on its line, is as written there.
    const start = node.position?.start;
    if (start && (firstBreak === -1 || firstBreak >= from) && node.position!.end.offset !== undefined && start.offset !== undefined && node.position!.end.offset - start.offset === node.value.length) {
      number.position = {
        start: { line: start.line, column: start.column + from, offset: start.offset + from },
        end: { line: start.line, column: start.column + to, offset: start.offset + to },
      };
    }
    replacement.push(number);
    position = to;
  }
  if (position < node.value.length) replacement.push({ type: "text", value: node.value.slice(position) });
  const children = parent.children as PhrasingContent[];
  // No spread into splice: a node may hold more matches than the call stack has room for arguments.
  parent.children = children.slice(0, index).concat(replacement, children.slice(index + 1)) as Parent["children"];
}

/** Make the `<data>` or `<time>` element of one number. */
function numberNode(text: string, match: NumberMatch, figure: Figure | null): NumberNode {
  const isTime = (match.kind === "date" || match.kind === "year") && match.datetime !== null;
  const properties: Record<string, string | string[]> = {
    className: ["number", `number-${match.kind}`],
    dataKind: match.kind,
  };
  if (isTime) properties.dateTime = match.datetime!;
  else properties.value = String(match.value);
  if (figure) {
    properties.id = figure.id;
    properties.dataMetric = figure.metric;
    properties.dataQualifier = figure.qualifier;
    if (figure.valueMax !== null) properties.dataValueMax = String(figure.valueMax);
    if (figure.source) properties.dataSource = figure.source;
  }
  return { type: "number", children: [{ type: "text", value: text }], data: { hName: isTime ? "time" : "data", hProperties: properties } };
}
