/**
 * Sidenotes: beside each reference, a short margin note (the number, the source's name and what it
 * is). The stylesheet floats them into the right margin on wide screens, each below the one before
 * so that notes close together never overlap, and hides them on narrower ones, where the notes at the
 * end and the cards do the same work.
 *
 * A sidenote repeats what the card and the note say, for the eye only: it is `aria-hidden` and has no
 * links, so a screen reader or keyboard meets each source once. Runs after rehype-source-cards.
 */
import type { Root } from "hast";
import type { VFile } from "vfile";
import { el, referencesOf, sourceName, sourceOf } from "./hast-references.ts";
import "./mdast.ts";

/** Put a margin note after every reference (and its card). */
export function rehypeSidenotes() {
  return (tree: Root, file: VFile) => {
    const data = file.data.sourced;
    if (!data) return;
    for (const reference of referencesOf(tree, file, data)) {
      const { attribution, number } = reference;
      const description = sourceOf(data, attribution)?.description?.trim();
      const note = el(
        "span",
        { className: ["sidenote"], ariaHidden: "true", dataSource: attribution.source },
        el("span", { className: ["sidenote-number"] }, number),
        " ",
        el("strong", {}, sourceName(data, attribution)),
        description ? ` — ${description}` : null,
      );
      const at = reference.parent.children.indexOf(reference.sup);
      // After the card, which rehype-source-cards put right after the reference.
      const next = reference.parent.children[at + 1];
      const after = next?.type === "element" && next.properties.popover !== undefined ? at + 1 : at;
      reference.parent.children.splice(after + 1, 0, note);
    }
    // The last reader of the list: it holds parts of the page's tree, which the file outlives.
    delete file.data.references;
  };
}
