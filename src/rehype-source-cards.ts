/**
 * Source cards in place: after each footnote reference, a card (the source's name, description and
 * link, and what it said here: the cue and the statement) that the reference shows when the reader
 * hovers or focuses it. No script: the card is an HTML `popover="hint"` and the reference its interest
 * invoker (`interestfor`), so the browser opens it on hover and focus, keeps it while it is hovered and
 * closes it with Esc; the stylesheet anchors it to the reference. Where a browser has no interest
 * invokers the card stays hidden and the reference is what it always was, a link to the note.
 *
 * The reference's accessible name says whose note it is ("Source 4: Syrian Observatory for Human
 * Rights"), not only its number. Runs after rehype-sources and rehype-reference-runs.
 */
import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { VFile } from "vfile";
import { findReferences, isWebUrl, shortQuote, sourceName, sourceOf } from "./hast-references.ts";
import type { ArticleData, Attribution } from "./types.ts";
import "./mdast.ts";
import "./rehype-reference-runs.ts";

/** Put a source card after every reference, and name each reference by its source. */
export function rehypeSourceCards() {
  return (tree: Root, file: VFile) => {
    const data = file.data.sourced;
    if (!data) return;
    const byId = new Map(data.attributions.map((attribution) => [attribution.id, attribution]));
    for (const reference of findReferences(tree, data)) {
      const { attribution, link, number } = reference;
      const run = (file.data.referenceRuns?.[attribution.id] ?? [attribution.id]).map((id: string) => byId.get(id)).filter((a): a is Attribution => a !== undefined);
      const cardId = `card-${attribution.id}`;
      const name = sourceName(data, attribution);
      delete link.properties.ariaDescribedBy;
      link.properties.ariaLabel = `Source ${number}: ${name}`;
      link.properties.interestfor = cardId;
      const at = reference.parent.children.indexOf(reference.sup);
      reference.parent.children.splice(at + 1, 0, renderCard(cardId, number, data, attribution, run));
    }
  };
}

/** The card of one reference: who, what they are, what they said in the statements of its run. */
function renderCard(id: string, number: string, data: ArticleData, attribution: Attribution, run: Attribution[]): Element {
  const source = sourceOf(data, attribution);
  const name = sourceName(data, attribution);
  const description = source?.description?.trim();
  const url = isWebUrl(source?.url) ? source.url : null;
  const said = run.map((statement) => h("span", { className: ["card-said"] }, ...saidParts(statement)));
  const links: Array<ElementContent | string> = [];
  if (url) links.push(h("a", { href: url, className: ["card-url"] }, new URL(url).hostname.replace(/^www\./, "")), " · ");
  links.push(h("a", { href: `#fn-${attribution.source}` }, `Note ${number}: all it said`));
  return h(
    "span",
    { id, popover: "hint", className: ["source-card"], dataSource: attribution.source },
    h("span", { className: ["card-head"] }, h("span", { className: ["card-number"] }, number), " ", h("strong", { className: ["card-name"] }, name)),
    description ? h("span", { className: ["card-description"] }, description) : null,
    said,
    h("span", { className: ["card-links"] }, links),
  );
}

/** The cue as the text words it ("put the death toll at"), labelled, then the statement, quoted short. */
export function saidParts(statement: Attribution): Array<ElementContent | string> {
  const quote = h("q", shortQuote(statement.sentence.slice(...statement.clause)));
  const cue = statement.cue.trim().replace(/^\((.*)\)$/, "$1");
  if (cue === "") return [quote];
  return [h("span", { className: ["card-cue"] }, h("span", { className: ["card-label"] }, "Cue:"), " ", cue), " ", quote];
}
