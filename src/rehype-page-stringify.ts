/**
 * The compiler: the article's tree as HTML, byte for byte as rehype-stringify (hast-util-to-html with its
 * default options) writes it, except that `>` in text is written `&gt;` too, as the strict validators
 * (html-validate's `no-raw-characters`) want.
 *
 * Why not rehype-stringify itself: for each attribute, hast-util-to-html looks the property up in
 * property-information and runs stringify-entities over its name and its value, each time with a new
 * options object. A page of cards, notes and a table has about 900 attributes on 600 elements, and
 * that took as long as tagging a paragraph's figures (2 ms a page, 7 times the cost per byte of plain
 * prose). Here the look-up and the escaped name are made once per property name, and a value or text is
 * escaped only when it holds a character to escape. tests/page-stringify.test.ts checks the bytes against
 * hast-util-to-html on generated articles and on trees made for the corner cases (void, boolean, list and
 * SVG attributes, escapes).
 */
import type { Element, Nodes, Parents, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import { htmlVoidElements } from "html-void-elements";
import { find, html, svg, type Info, type Schema } from "property-information";
import type { Processor } from "unified";

/** Write the tree as HTML: use instead of rehype-stringify. */
export function rehypePageStringify(this: Processor): undefined {
  this.compiler = (tree) => toPageHtml(tree as Nodes);
  return undefined;
}

/** The tree as HTML (hast-util-to-html's defaults, and `&gt;` for `>` in text). */
export function toPageHtml(tree: Nodes): string {
  if (tree.type === "root") return children(tree, html);
  if (tree.type === "element") return element(tree, html);
  if (tree.type === "text") return escapeText(tree.value);
  return toHtml(tree);
}

const VOIDS = new Set(htmlVoidElements);

/** SVG elements whose content is HTML again. */
const HTML_INTEGRATION_POINTS = new Set(["desc", "foreignObject", "title"]);

/** Elements whose text is written as it is. */
const RAW_TEXT = new Set(["script", "style"]);

function element(node: Element, schema: Schema): string {
  // `<svg>` and its attributes are SVG; the content of `<title>` and `<desc>` in it is HTML.
  const own = schema === html && node.tagName === "svg" ? svg : schema;
  const attributes = serializeAttributes(node.properties, own);
  const inner = own === svg && HTML_INTEGRATION_POINTS.has(node.tagName) ? html : own;
  const content = schema === html && node.tagName === "template" ? (node.content ? children(node.content, inner) : "") : children(node, inner);
  const open = `<${node.tagName}${attributes ? ` ${attributes}` : ""}>`;
  // A void element (`<br>`) has no end tag, unless it has content; in SVG every element has one.
  const isVoid = schema !== svg && content === "" && VOIDS.has(node.tagName.toLowerCase());
  return isVoid ? open : `${open}${content}</${node.tagName}>`;
}

function children(parent: Parents, schema: Schema): string {
  const raw = parent.type === "element" && RAW_TEXT.has(parent.tagName);
  let out = "";
  for (const child of parent.children) {
    if (child.type === "element") out += element(child, schema);
    // Raw HTML is text here, as hast-util-to-html writes it without `allowDangerousHtml`.
    else if (child.type === "text" || child.type === "raw") out += raw ? child.value : escapeText(child.value);
    // Comments and doctypes: hast-util-to-html's own way (the pipeline makes neither).
    else out += toHtml(child);
  }
  return out;
}

function serializeAttributes(properties: Properties, schema: Schema): string {
  let out = "";
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const attribute = serializeAttribute(key, value, schema);
    if (attribute) out += out ? ` ${attribute}` : attribute;
  }
  return out;
}

function serializeAttribute(key: string, given: Properties[string], schema: Schema): string {
  const { info, name } = attributeName(key, schema);
  let value = given;
  if (info.overloadedBoolean && (value === info.attribute || value === "")) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== "string" || value === info.attribute || value === "")) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === "number" && Number.isNaN(value))) return "";
  if (value === true) return name;
  const text = Array.isArray(value) ? (info.commaSeparated ? commaList(value) : value.join(" ").trim()) : String(value);
  return `${name}="${escape(text, VALUE, VALUE_TEST)}"`;
}

/** Each schema's property names, looked up and escaped once per process. */
const NAMES = new Map<Schema, Map<string, { info: Info; name: string }>>([
  [html, new Map()],
  [svg, new Map()],
]);

function attributeName(key: string, schema: Schema): { info: Info; name: string } {
  const names = NAMES.get(schema)!;
  let entry = names.get(key);
  if (!entry) {
    const info = find(schema, key);
    entry = { info, name: escape(info.attribute, NAME, NAME_TEST) };
    names.set(key, entry);
  }
  return entry;
}

/** Comma-separated tokens as hast-util-to-html joins them ("a, b"), a last empty one kept. */
function commaList(values: Array<string | number>): string {
  const tokens = values[values.length - 1] === "" ? [...values, ""] : values;
  return tokens.join(", ").trim();
}

// The characters hast-util-to-html writes as references (hexadecimal, as it does) in text, in an attribute
// value in double quotes and in an attribute name; and `>` in text, as `&gt;`.
const TEXT = /[<&>]/g;
const TEXT_TEST = /[<&>]/;
const VALUE = /[\0"&'`]/g;
const VALUE_TEST = /[\0"&'`]/;
const NAME = /[\0\t\n\f\r "&'/<=>`]/g;
const NAME_TEST = /[\0\t\n\f\r "&'/<=>`]/;

function escapeText(value: string): string {
  return escape(value, TEXT, TEXT_TEST);
}

function escape(value: string, characters: RegExp, test: RegExp): string {
  return test.test(value) ? value.replace(characters, reference) : value;
}

function reference(character: string): string {
  return character === ">" ? "&gt;" : `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
}
