/**
 * Source cards in place: after each footnote reference, a card (the source's name, description and
 * link, and what it said here: the cue and the statement) that the reference shows when the reader
 * hovers or focuses it. No script: the card is an HTML `popover="hint"` and the reference its interest
 * invoker (`interestfor`), so the browser opens it on hover and focus, keeps it while it is hovered and
 * closes it with Esc; the stylesheet anchors it to the reference. Where a browser has no interest
 * invokers the card stays hidden and the reference is what it always was, a link to the note.
 *
 * The reference's accessible name says whose note it is ("Source 4: Syrian Observatory for Human
 * Rights"), not only its number, and its description is the card's: what the source is and what it said. Runs after rehype-sources and rehype-reference-runs.
 */
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";
import { el, referencesOf, isWebUrl, shortQuote, sourceName, sourceOf, unnestParenthesesIn } from "./hast-references.ts";
import type { ArticleData, Attribution } from "./types.ts";
import "./mdast.ts";
import "./rehype-reference-runs.ts";

/** Put a source card after every reference, and name each reference by its source. */
export function rehypeSourceCards() {
  return (tree: Root, file: VFile) => {
    const data = file.data.sourced;
    if (!data) return;
    const byId = new Map(data.attributions.map((attribution) => [attribution.id, attribution]));
    for (const reference of referencesOf(tree, file, data)) {
      const { attribution, link, number } = reference;
      const run = (file.data.referenceRuns?.[attribution.id] ?? [attribution.id]).map((id: string) => byId.get(id)).filter((a): a is Attribution => a !== undefined);
      const cardId = `card-${attribution.id}`;
      const name = sourceName(data, attribution);
      const card = renderCard(cardId, number, data, attribution, run);
      link.properties.ariaLabel = `Source ${number}: ${name}`;
      // A screen reader hears on the reference what the card shows the eye: what the source is and what it said.
      link.properties.ariaDescribedBy = describedBy(card);
      link.properties.interestfor = cardId;
      const at = reference.parent.children.indexOf(reference.sup);
      reference.parent.children.splice(at + 1, 0, card);
    }
  };
}

/**
 * Statements a card lists at most: a run longer than this (a paragraph of one source's statements)
 * shows the first ones and how many more the note lists, so that a card stays a card.
 */
export const CARD_STATEMENTS = 4;

/** The card of one reference: who, what they are, what they said in the statements of its run. */
function renderCard(id: string, number: string, data: ArticleData, attribution: Attribution, run: Attribution[]): Element {
  const source = sourceOf(data, attribution);
  const name = sourceName(data, attribution);
  const description = source?.description?.trim();
  const url = isWebUrl(source?.url) ? source.url : null;
  const shown = run.length > CARD_STATEMENTS ? run.slice(0, CARD_STATEMENTS - 1) : run;
  const said = shown.map((statement, index) => el("span", { id: `${id}-said-${index + 1}`, className: ["card-said"] }, ...saidParts(statement)));
  if (shown.length < run.length) said.push(el("span", { id: `${id}-said-more`, className: ["card-said", "card-more"] }, `and ${run.length - shown.length} more statements here: see the note`));
  const links: Array<ElementContent | string> = [];
  if (url) links.push(el("a", { href: url, className: ["card-url"] }, new URL(url).hostname.replace(/^www\./, "")), " · ");
  links.push(el("a", { href: `#fn-${attribution.source}` }, `Note ${number}: all it said`));
  const card = el(
    "span",
    { id, popover: "hint", className: ["source-card"], dataSource: attribution.source },
    el("span", { className: ["card-head"] }, el("span", { className: ["card-number"] }, number), " ", el("strong", { className: ["card-name"] }, name)),
    description ? el("span", { id: `${id}-description`, className: ["card-description"] }, description) : null,
    said,
    el("span", { className: ["card-links"] }, links),
  );
  unnestParenthesesIn(card);
  return card;
}

/** The ids of a card's description and statements, the parts that describe its reference. */
function describedBy(card: Element): string[] {
  return card.children.flatMap((child) => (child.type === "element" && typeof child.properties.id === "string" ? [child.properties.id] : []));
}

/** The cue as the text words it ("put the death toll at"), labelled, then the statement, quoted short. */
export function saidParts(statement: Attribution): Array<ElementContent | string> {
  const quote = el("q", {}, shortQuote(statement.sentence.slice(...statement.clause)));
  const cue = statement.cue.trim().replace(/^\((.*)\)$/, "$1");
  if (cue === "") return [quote];
  return [el("span", { className: ["card-cue"] }, el("span", { className: ["card-label"] }, "Cue:"), " ", cue), " ", quote];
}
