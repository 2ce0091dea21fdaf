/**
 * Helpers the page plugins share to find what rehype-sources made: the footnote references after the
 * statements, the notes they point to, and the attributions behind them.
 */
import type { Element, ElementContent, Parent, Properties, Root } from "hast";
import type { VFile } from "vfile";
import type { ArticleData, Attribution, Source } from "./types.ts";
import { isSafeUrl } from "./url.ts";

/** A reference as rehype-sources writes it: `<sup><a data-footnote-ref href="#fn-<source>" id="fnref-<statement>">N</a></sup>`. */
export interface Reference {
  /** The `<sup>` element, and the element that holds it. */
  sup: Element;
  parent: Parent;
  /** The `<a>` inside the `<sup>`. */
  link: Element;
  /** The statement the reference follows. */
  attribution: Attribution;
  /** The note's number as the reader sees it. */
  number: string;
  /** The closest block that holds the reference (a paragraph, list item, quotation...). */
  block: Parent;
}

const BLOCKS = new Set(["p", "li", "blockquote", "td", "th", "dd", "dt", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** Every footnote reference of the tree, in reading order. */
export function findReferences(tree: Root, data: ArticleData): Reference[] {
  const byId = new Map(data.attributions.map((attribution) => [attribution.id, attribution]));
  const found: Reference[] = [];
  const walk = (parent: Parent, block: Parent): void => {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      const link = child.tagName === "sup" ? child.children.find((node): node is Element => node.type === "element" && node.tagName === "a") : undefined;
      const id = link?.properties.id;
      if (link && link.properties.dataFootnoteRef !== undefined && typeof id === "string" && id.startsWith("fnref-")) {
        const attribution = byId.get(id.slice("fnref-".length));
        if (attribution) found.push({ sup: child, parent, link, attribution, number: textOf(link), block });
        continue;
      }
      walk(child, BLOCKS.has(child.tagName) ? child : block);
    }
  };
  walk(tree, tree);
  return found;
}

/**
 * Return the references of the tree: the ones rehype-reference-runs left (`file.data.references`), or, when it
 * has not run, every one found in the tree. Only rehype-sources makes references and only rehype-reference-runs
 * removes any, so the plugins after it read its list rather than walk the whole page again.
 */
export function referencesOf(tree: Root, file: VFile, data: ArticleData): Reference[] {
  return file.data.references ?? findReferences(tree, data);
}

declare module "vfile" {
  interface DataMap {
    /** The footnote references left after rehype-reference-runs, in reading order. */
    references: Reference[];
  }
}

/** A child as `el()` (and hastscript's `h()`) takes it: a node, a string for a text node, nothing, or a list of them. */
export type Child = ElementContent | string | null | undefined | Child[];

/**
 * Make an element as hastscript's `h()` does, from properties already written as hast has them
 * (`className: ["note"]`, `ariaDescribedBy: ["sources-label"]`, `dataFootnoteRef: true`): no selector to
 * parse and no property to look up, work `h()` repeats for each of the hundreds of elements that a page's
 * cards, notes and tables hold.
 */
export function el(tagName: string, properties: PropertyValues, ...children: Child[]): Element {
  const content: ElementContent[] = [];
  for (const child of children) addChild(content, child);
  // As with `h()`, a number stays a number (an SVG coordinate); hast's types list most attributes as strings.
  return { type: "element", tagName, properties: properties as Properties, children: content };
}

/** Properties as `el()` takes them: hast's names and values, numbers allowed where hast types a string. */
export type PropertyValues = Record<string, boolean | number | string | null | undefined | Array<string | number>>;

function addChild(content: ElementContent[], child: Child): void {
  if (child === null || child === undefined) return;
  if (typeof child === "string") content.push({ type: "text", value: child });
  else if (Array.isArray(child)) for (const each of child) addChild(content, each);
  else content.push(child);
}

/** The source an attribution credits, if the data has it. */
export function sourceOf(data: ArticleData, attribution: Attribution): Source | undefined {
  return data.sources.find((source) => source.id === attribution.source);
}

/** The source's name as the notes give it. */
export function sourceName(data: ArticleData, attribution: Attribution): string {
  return sourceOf(data, attribution)?.name ?? attribution.sourceText;
}

/**
 * Words of a statement a card or note quotes: enough to recognise it beside the text, short enough
 * that a card stays a card (about two lines of a sidenote).
 */
export const QUOTE_WORDS = 18;

/** The statement's sentence, cut to `QUOTE_WORDS` words with an ellipsis; a parenthesis the cut leaves open is closed after it. */
export function shortQuote(sentence: string, words = QUOTE_WORDS): string {
  const all = sentence.trim().split(/\s+/);
  if (all.length <= words) return all.join(" ");
  const kept = all.slice(0, words).join(" ").replace(/[,;:—–-]+$/, "");
  return `${kept}…${")".repeat(unnestParentheses(kept).depth)}`;
}

const PARENTHESIS = /[()]/;

/**
 * Write parentheses inside parentheses as square brackets, as house styles do ("part of 62 (Police
 * [Deir Ezzor])"), so that a note never prints "((…))". `depth` is how many parentheses are open
 * before `text`; the result says how many are open after it. A stray ")" is left as it is.
 */
export function unnestParentheses(text: string, depth = 0): { text: string; depth: number } {
  // Most text has no parenthesis: nothing to rewrite, and the depth carries over as it is.
  if (!PARENTHESIS.test(text)) return { text, depth };
  let out = "";
  for (const char of text) {
    if (char === "(") {
      out += depth >= 1 ? "[" : "(";
      depth++;
    } else if (char === ")" && depth > 0) {
      out += depth >= 2 ? "]" : ")";
      depth--;
    } else {
      out += char;
    }
  }
  return { text: out, depth };
}

/**
 * Rewrite the text of `node` so that no parenthesis opens inside another (`unnestParentheses`), across
 * its text nodes and inline elements; each block inside it (a paragraph, a list item) starts afresh.
 */
export function unnestParenthesesIn(node: Element): void {
  const walk = (parent: Element, depth: number): number => {
    for (const child of parent.children) {
      if (child.type === "text") {
        const result = unnestParentheses(child.value, depth);
        child.value = result.text;
        depth = result.depth;
      } else if (child.type === "element") {
        if (BLOCKS.has(child.tagName) || child.tagName === "ul" || child.tagName === "ol") walk(child, 0);
        else depth = walk(child, depth);
      }
    }
    return depth;
  };
  walk(node, 0);
}

/** Whether a URL is one a reader can follow safely: src/url.ts's rule for front-matter URLs (absolute http(s)). */
export function isWebUrl(value: string | null | undefined): value is string {
  return typeof value === "string" && isSafeUrl(value, "front-matter");
}

/** The text content of a node. */
export function textOf(node: ElementContent | Root): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root") return node.children.map((child) => textOf(child as ElementContent)).join("");
  return "";
}

/** Add a class to an element. */
export function addClass(element: Element, name: string): void {
  const current = element.properties.className;
  const classes = Array.isArray(current) ? current.map(String) : typeof current === "string" ? String(current).split(/\s+/) : [];
  if (!classes.includes(name)) element.properties.className = [...classes, name];
}
