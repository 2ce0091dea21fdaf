/**
 * The author's corrections, written with remark-directive's text directives:
 *
 * - `:source[The group said 40 died.]{#sohr}` credits the sentence to the source `sohr` (a registry id,
 *   or the id of a source the text names earlier);
 * - `:unattributed[The ceasefire was said to hold.]` marks a sentence as the article's own narration;
 * - `:figure[36 people]{exclude}` keeps a figure out of the comparison table, and
 *   `:figure[36 people died]{scope="June riots"}` notes that it counts another event or scope.
 *
 * `remarkOverrides` runs after `remarkSentences` and records the corrections on the sentences;
 * `remarkUnwrapDirectives` runs last and leaves the directives' text in place of the directives.
 */
import type { Parent, PhrasingContent, Root } from "mdast";
import type { Directives, TextDirective } from "mdast-util-directive";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { Sentence } from "./mdast.ts";
import { eachNode, eachOfType } from "./tree-walk.ts";
import { addMessage } from "./message.ts";

/** The directive names sourced understands. */
export const DIRECTIVES = ["source", "unattributed", "figure"] as const;

/** A figure override found in a sentence: the offsets it covers and what it says. */
export interface FigureOverride {
  start: number;
  end: number;
  exclude: boolean;
  scope: string | null;
  line: number;
  column: number;
}

declare module "vfile" {
  interface DataMap {
    /** Whether the tree holds any directive: set by `remarkOverrides`, so `remarkUnwrapDirectives` can skip its walk. */
    sourcedDirectives: boolean;
  }
}

declare module "./mdast.ts" {
  interface SentenceData {
    /** Where the override was written, for messages. */
    overridePlace?: { line: number; column: number };
    /** `:figure` overrides in the sentence. */
    figureOverrides?: FigureOverride[];
  }
}

/** Read `:source`, `:unattributed` and `:figure` directives into the sentences that hold them. */
export const remarkOverrides: Plugin<[], Root> = function () {
  return (tree, file) => {
    let textDirectives = false;
    let blockDirectives = false;
    eachNode(tree, (node) => {
      if (node.type === "textDirective") textDirectives = true;
      else if (node.type === "leafDirective" || node.type === "containerDirective") {
        blockDirectives = true;
        addMessage(file, `Unexpected block directive \`::${node.name}\`: expected a text directive such as \`:source[...]{#id}\``, {
          place: node.position,
          ruleId: "unknown-directive",
        });
      }
    });
    file.data.sourcedDirectives = textDirectives || blockDirectives;
    // Most articles have no overrides: then there is nothing to read from the sentences.
    if (!textDirectives) return;
    eachOfType<Sentence>(tree, "sentence", (sentence) => {
      let offset = 0;
      const walk = (parent: Parent) => {
        for (const child of parent.children as PhrasingContent[]) {
          if (child.type === "textDirective") {
            const start = offset;
            walk(child);
            read(child, sentence, start, offset);
          } else if (child.type === "text" || child.type === "inlineCode" || child.type === "html") offset += child.value.length;
          else if (child.type === "break") offset += 1;
          else if ("children" in child) walk(child as Parent);
        }
      };
      const read = (directive: TextDirective, node: Sentence, start: number, end: number) => {
        const place = { line: directive.position?.start.line ?? node.data.line, column: directive.position?.start.column ?? 1 };
        const attributes = directive.attributes ?? {};
        if (directive.name === "source") {
          const id = attributes.id ?? attributes.ref ?? "";
          if (!id) {
            addMessage(file, "Expected a source id on `:source[...]`, as in `:source[...]{#sohr}`", { place, ruleId: "override-syntax", fatal: true });
            return;
          }
          node.data.override = id;
          node.data.overridePlace = place;
        } else if (directive.name === "unattributed") {
          node.data.override = "none";
          node.data.overridePlace = place;
        } else if (directive.name === "figure") {
          (node.data.figureOverrides ??= []).push({
            start,
            end,
            exclude: "exclude" in attributes,
            scope: attributes.scope?.trim() || null,
            line: place.line,
            column: place.column,
          });
        } else {
          addMessage(file, `Unknown directive \`:${directive.name}\`: expected \`:source\`, \`:unattributed\` or \`:figure\``, {
            place,
            ruleId: "unknown-directive",
          });
        }
      };
      walk(sentence);
    });
  };
};

/**
 * Replace every directive with its content, so the page shows the author's text and no markup.
 * A directive sourced does not know ("Note:This") is most likely prose: it goes back to its source text.
 */
export const remarkUnwrapDirectives: Plugin<[], Root> = function () {
  return (tree, file) => {
    // `remarkOverrides` saw no directive in the tree: nothing to unwrap.
    if (file.data.sourcedDirectives === false) return;
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (!isDirective(node)) return;
      let replacement: Array<Root["children"][number] | PhrasingContent>;
      const known = (DIRECTIVES as readonly string[]).includes(node.name);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!known && node.type === "textDirective" && start !== undefined && end !== undefined) {
        replacement = [{ type: "text", value: String(file.value).slice(start, end) }];
      } else if (node.type === "leafDirective") {
        replacement = [{ type: "paragraph", children: node.children }];
      } else {
        replacement = node.children;
      }
      (parent.children as unknown[]).splice(index, 1, ...replacement);
      return [SKIP, index];
    });
  };
};

function isDirective(node: { type: string }): node is Directives {
  return node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective";
}

/**
 * Give times and ratios back to the prose before sentences are split: remark-directive reads the
 * ":15" of "2:15 p.m." (and "10:30am", "3:1") as a text directive, which would drop it from the
 * sentence. A directive name that starts with a digit is never one of ours: it becomes text again,
 * merged with the text around it.
 */
export const remarkRestoreNumericDirectives: Plugin<[], Root> = function () {
  return (tree, file) => {
    const restore = (node: Root | Root["children"][number]) => {
      if (!("children" in node)) return;
      const parent = node as Parent;
      if (!parent.children.some((c) => c.type === "textDirective" && /^\d/.test((c as TextDirective).name))) return;
      const out: PhrasingContent[] = [];
      for (const child of parent.children as PhrasingContent[]) {
        let replacement: PhrasingContent = child;
        if (child.type === "textDirective" && /^\d/.test(child.name)) {
          const start = child.position?.start.offset;
          const end = child.position?.end.offset;
          const value = start !== undefined && end !== undefined ? String(file.value).slice(start, end) : `:${child.name}`;
          replacement = { type: "text", value, position: child.position };
        }
        const last = out[out.length - 1];
        if (replacement.type === "text" && last?.type === "text") {
          const position = last.position && replacement.position ? { start: last.position.start, end: replacement.position.end } : undefined;
          out[out.length - 1] = { type: "text", value: last.value + replacement.value, ...(position ? { position } : {}) };
        } else out.push(replacement);
      }
      parent.children = out as Parent["children"];
    };
    restore(tree);
    eachNode(tree, restore);
  };
};
