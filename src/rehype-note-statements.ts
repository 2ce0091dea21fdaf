/**
 * Notes that inform: each note under "Sources" lists what the source said, one line per statement (a
 * link back to it, the cue as the text words it and a short quotation), instead of a row of bare "↩"
 * backlinks; "Named in the text as" keeps only names, not pronouns ("It", "he") or descriptions
 * ("a spokesman", "the statement"); and parentheses inside parentheses print as brackets.
 *
 * Works on the notes rehype-sources writes (`li#fn-<source>` holding `a[data-footnote-backref]`), after
 * rehype-reference-runs has pointed each backlink at its statement or reference.
 */
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";
import { el, shortQuote, textOf, unnestParenthesesIn } from "./hast-references.ts";
import { eachElement } from "./tree-walk.ts";
import type { Attribution } from "./types.ts";
import "./mdast.ts";

/** Words that stand for a source without naming it: never listed as one of its names. */
const PRONOUNS = new Set(["it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "we", "us", "our", "i", "me", "my", "you"]);

/** Nouns that end a description of where words came from, not a name ("the Syrian statement"). */
const REPORT_NOUNS = new Set(["statement", "statements", "report", "reports", "release", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "letter", "post"]);

/** Whether a mention names its source, rather than pointing at it ("It") or describing it ("a spokesman"). */
export function isName(mention: string): boolean {
  const words = mention.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const lower = words.map((word) => word.toLowerCase().replace(/[’']s$/, "").replace(/[^\p{L}\p{N}-]/gu, ""));
  if (words.length === 1 && PRONOUNS.has(lower[0]!)) return false;
  if (REPORT_NOUNS.has(lower[lower.length - 1]!)) return false;
  // A name has a capital after any opening word ("the Interior Ministry"); "the ministry" has none.
  return words.slice(1).some((word) => /^\p{Lu}/u.test(word)) || /^\p{Lu}/u.test(words[0]!) && !/^(?:The|A|An|This|That|These|Those)$/.test(words[0]!);
}

/** Turn each note's backlinks into a list of the statements, and drop pronouns and descriptions from its names. */
export function rehypeNoteStatements() {
  return (tree: Root, file: VFile) => {
    const data = file.data.sourced;
    if (!data) return;
    const byId = new Map(data.attributions.map((attribution) => [attribution.id, attribution]));
    eachElement(tree, (note) => {
      const id = note.properties.id;
      if (note.tagName !== "li" || typeof id !== "string" || !id.startsWith("fn-")) return false;
      const items = takeBacklinks(note, byId).map(({ link, attribution }) => statementItem(link, attribution));
      filterMentions(note);
      if (items.length > 0) note.children.push(el("ul", { className: ["note-statements"] }, items), { type: "text", value: "\n" });
      // A name, mention or quotation with parentheses of its own never prints "((…))".
      unnestParenthesesIn(note);
      return true;
    });
  };
}

/** Take the backlinks to known statements out of `parent` (each with the space before it), in reading order. */
function takeBacklinks(parent: Element, byId: Map<string, Attribution>): Array<{ link: Element; attribution: Attribution }> {
  const taken: Array<{ link: Element; attribution: Attribution }> = [];
  const kept: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type === "element") {
      const attribution = child.properties.dataFootnoteBackref === undefined ? undefined : byId.get(String(child.properties.href ?? "").replace(/^#(?:fnref-)?/, ""));
      if (attribution) {
        const before = kept[kept.length - 1];
        if (before?.type === "text" && before.value.trim() === "") kept.pop();
        taken.push({ link: child, attribution });
        continue;
      }
      taken.push(...takeBacklinks(child, byId));
    }
    kept.push(child);
  }
  if (taken.length > 0) parent.children = kept;
  return taken;
}

/** One line of a note: "↩ said: “…”", the arrow being the backlink, named by its statement. */
function statementItem(link: Element, attribution: Attribution): Element {
  const cue = attribution.cue.trim().replace(/^\((.*)\)$/, "$1");
  // Keep only the arrow: the line's number comes from the list itself.
  link.children = [{ type: "text", value: "↩" }];
  return el("li", {}, link, " ", cue ? [el("span", { className: ["note-cue"] }, cue), ": "] : null, el("q", {}, shortQuote(attribution.sentence.slice(...attribution.clause))));
}

/** Keep in "Named in the text as" only the mentions that are names; drop the line when none is left. */
function filterMentions(note: Element): void {
  const index = note.children.findIndex((child) => child.type === "element" && (child.properties.className as string[] | undefined)?.includes("source-mentions"));
  if (index < 0) return;
  const paragraph = note.children[index] as Element;
  const names = paragraph.children.filter((child): child is Element => child.type === "element" && child.tagName === "q" && isName(textOf(child)));
  if (names.length === 0) {
    const next = note.children[index + 1];
    note.children.splice(index, next?.type === "text" && next.value.trim() === "" ? 2 : 1);
    return;
  }
  const joined: ElementContent[] = names.flatMap((name, i) => (i === 0 ? [name] : [{ type: "text" as const, value: i === names.length - 1 ? " and " : ", " }, name]));
  paragraph.children = [{ type: "text", value: "Named in the text as " }, ...joined, { type: "text", value: "." }];
}
