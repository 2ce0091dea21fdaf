/**
 * Make the serialised HTML strict for a page: write `>` in text as `&gt;`.
 *
 * hast-util-to-html writes `<` in text as a character reference, so every `<` opens a tag, and it quotes
 * every attribute value with `"`. It leaves `>` raw in text: valid HTML, but the strict validators
 * (html-validate's `no-raw-characters`) want `&gt;`. This wraps the compiler that rehype-stringify sets,
 * so that what the processor returns (`render()`, `processArticle()`) is what the site publishes.
 */
import type { Processor } from "unified";

/** A tag (attribute values quoted, which may hold `>`), or a `>` in text. */
const TAG_OR_GT = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[^"'>]|"[^"]*"|'[^']*')*>|>/g;

/** Write `>` in the text of serialised HTML as `&gt;`, leaving tags as they are. */
export function escapeTextGt(html: string): string {
  return html.replace(TAG_OR_GT, (match) => (match === ">" ? "&gt;" : match));
}

/** Wrap the compiler (use after rehype-stringify) so that its HTML writes `>` in text as `&gt;`. */
export function rehypeStrictText(this: Processor): undefined {
  const compile = this.compiler;
  if (!compile) throw new Error("rehypeStrictText: expected rehype-stringify before it");
  this.compiler = (tree, file) => {
    const result = compile(tree, file);
    return typeof result === "string" ? escapeTextGt(result) : result;
  };
  return undefined;
}
