/**
 * Read and validate an article's front matter.
 *
 * gray-matter splits the file; the YAML is parsed by `yaml` (YAML 1.2: `062` is 62, not octal 50)
 * so that every key keeps its line for messages.
 */
import matter from "gray-matter";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair, type YAMLError } from "yaml";
import { VFile } from "vfile";
import type { ArticleMeta, RegistryEntry } from "./types.ts";
import { encodeUrlForPage, isSafeUrl } from "./url.ts";
import { FIELD_BY_KEY, knownKeyList, SOURCE_FIELDS, type FrontMatterField, type SourceFieldType } from "./frontmatter-schema.ts";
import { defaultSlug, slugify } from "./slug.ts";
import { addMessage } from "./message.ts";

export { defaultSlug, slugify } from "./slug.ts";

/** The front matter, validated. */
export interface FrontMatter {
  meta: ArticleMeta;
  registry: RegistryEntry[];
  /** Every string-valued key, as given (publisher, license, ...), for templates. */
  fields: Record<string, string>;
  /** The line of each `sources` entry, by id, for messages. */
  registryLines: Record<string, number>;
  /** The line of each top-level key, for messages about the set of articles (e.g. a duplicate `slug`). */
  keyLines: Record<string, number>;
}

/** An article split into validated front matter and a body whose lines match the file's. */
export interface ParsedArticle {
  file: VFile;
  frontMatter: FrontMatter;
  /** The Markdown body, front matter blanked out so that line numbers are the file's own. */
  body: string;
  /** True when an error was reported (messages with `fatal: true` on `file`). */
  failed: boolean;
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** A place in the file for a message: a line, or a line and a column. */
type Place = number | { line: number; column: number };

/**
 * Write every line ending as LF: CRLF (Windows, git's `autocrlf`) and a lone CR (old Mac editors) each
 * become one `\n`. A line ending is always the last thing on its line, so every line and every column
 * stays the file's own.
 */
export function normalizeLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Messages on the article's file: errors (fatal) and warnings, each with a place and a rule. */
class Report {
  /** True once an error was reported. */
  failed = false;

  constructor(readonly file: VFile) {}

  error = (reason: string, place: Place, ruleId: string): void => {
    addMessage(this.file, reason, { place: placeOf(place), ruleId, fatal: true });
    this.failed = true;
  };

  warn = (reason: string, place: Place, ruleId: string): void => {
    addMessage(this.file, reason, { place: placeOf(place), ruleId });
  };
}

/** A line alone is the line's first column. */
function placeOf(place: Place): { line: number; column: number } {
  return typeof place === "number" ? { line: place, column: 1 } : place;
}

/** The article split: the front matter's YAML (from line 2) and the body, front matter blanked out. */
interface Split {
  hasFrontMatter: boolean;
  yamlText: string;
  body: string;
  /** The body's text, without the blank lines standing for the front matter. */
  content: string;
  /** How many lines the front matter and its `---` lines take. */
  frontLines: number;
}

/** The front matter's first line: the line after the opening `---`. */
const FIRST_YAML_LINE = 2;

/** Split and validate an article; problems become messages on the returned file. */
export function parseArticle(original: string, path?: string): ParsedArticle {
  const text = normalizeLineEndings(original);
  const file = new VFile({ path, value: text });
  const report = new Report(file);
  const empty: FrontMatter = {
    meta: { title: "", slug: defaultSlug(path), date: null },
    registry: [],
    fields: {},
    registryLines: {},
    keyLines: {},
  };
  const split = checkText(text, report) ? splitArticle(text, report) : null;
  if (!split) return { file, frontMatter: empty, body: "", failed: report.failed };
  const yaml = readYaml(split.yamlText, report);
  if (!yaml) return { file, frontMatter: empty, body: split.body, failed: report.failed };
  if (yaml.doc.contents && !isMap(yaml.doc.contents)) {
    report.error("Expected front matter to be a mapping of `key: value` lines", yaml.lineOf(yaml.doc.contents), "front-matter-type");
    return { file, frontMatter: empty, body: split.body, failed: report.failed };
  }
  const frontMatter = readKeys(yaml, empty.meta, report);
  if (!frontMatter.titleSeen && !report.failed) {
    const reason = split.hasFrontMatter
      ? "Missing `title` in front matter: expected `title: <headline>`"
      : "Missing front matter: expected the file to start with `---`, `title: <headline>`, `---`";
    report.error(reason, 1, "missing-title");
  }
  if (split.content.trim() === "" && !report.failed) {
    report.error("Empty article: expected Markdown text after the front matter", Math.max(1, split.frontLines), "empty-article");
  }
  const { titleSeen: _seen, ...validated } = frontMatter;
  return { file, frontMatter: validated, body: split.body, failed: report.failed };
}

/** Check the text as a whole (no NUL byte, not empty; a replacement character is a warning); false after an error. */
function checkText(text: string, report: Report): boolean {
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    report.error("Unexpected NUL byte: expected a UTF-8 text file", pointAt(text, nul), "not-text");
    return false;
  }
  // The text is already decoded, so a replacement character may be real text: only a warning here.
  // Callers that read bytes (`loadSite`) reject invalid UTF-8 as an error before this.
  const replacement = text.indexOf("\uFFFD");
  if (replacement !== -1) {
    report.warn("Unexpected replacement character `U+FFFD`: expected UTF-8 text; the file may have been decoded from another encoding", pointAt(text, replacement), "not-utf8");
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    report.error("Empty article: expected front matter (`---`, `title: ...`, `---`) and Markdown text", 1, "empty-article");
    return false;
  }
  return true;
}

/** Split the front matter from the body, whose lines stay the file's own; null after an error. */
function splitArticle(text: string, report: Report): Split | null {
  const hasFrontMatter = /^\uFEFF?---[ \t]*\r?\n/.test(text);
  if (hasFrontMatter && !/\n---[ \t]*(\r?\n|$)/.test(text)) {
    report.error("Unclosed front matter: expected a line `---` after the front matter that starts on line 1", 1, "front-matter");
    return null;
  }
  // gray-matter only splits here: parsing is ours, so the YAML engine returns the raw text.
  let result: { matter: string; content: string };
  try {
    result = matter(text.replace(/^\uFEFF/, ""), { engines: { yaml: () => ({}) } });
  } catch (cause) {
    report.error(`Cannot split front matter: ${(cause as Error).message}`, 1, "front-matter");
    return null;
  }
  const consumed = hasFrontMatter ? text.length - result.content.length : 0;
  const frontLines = text.slice(0, consumed).split("\n").length - 1;
  return {
    hasFrontMatter,
    yamlText: hasFrontMatter ? result.matter.replace(/^\r?\n/, "") : "",
    body: "\n".repeat(frontLines) + result.content,
    content: result.content,
    frontLines,
  };
}

/** The front matter's YAML document, with the ways to place and read its nodes. */
interface Yaml extends SourcesContext {
  doc: ReturnType<typeof parseDocument>;
}

/** Parse the front matter's YAML; null after reporting its errors. */
function readYaml(yamlText: string, report: Report): Yaml | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + FIRST_YAML_LINE - 1, column: col };
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const opened = e.code === "MISSING_CHAR" ? openQuote(doc, e) : null;
      if (opened !== null) {
        report.error(`Invalid YAML in front matter: missing closing \`${yamlText[opened]}\` for the string that opens here`, placeOf(opened), "front-matter-yaml");
      } else {
        report.error(`Invalid YAML in front matter: ${e.message.split("\n")[0]}`, placeOf(e.pos[0]), "front-matter-yaml");
      }
    }
    return null;
  }
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && "range" in node ? node.range : node && "key" in node ? (node.key as Node | null)?.range : null;
    return range ? placeOf(range[0]).line : 1;
  };
  return {
    doc,
    placeOf,
    lineOf,
    // An alias (`*name`) stands for the node its anchor (`&name`) marks: values are read through it, and
    // messages about its value say so. At most `MAX_ALIASES` are expanded (a "billion laughs" guard).
    resolved: (node: unknown): Node | null => (isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : ((node as Node | null) ?? null)),
    toJS: (node: Node | null): unknown => (node ? node.toJS(doc, { maxAliasCount: MAX_ALIASES }) : null),
    error: report.error,
    warn: report.warn,
  };
}

/** Read and check each top-level key of the front matter (a mapping) by the schema. */
function readKeys(yaml: Yaml, defaults: ArticleMeta, report: Report): FrontMatter & { titleSeen: boolean } {
  const { doc, lineOf, resolved, toJS } = yaml;
  const read: FrontMatter & { titleSeen: boolean } = { meta: { ...defaults }, registry: [], fields: {}, registryLines: {}, keyLines: {}, titleSeen: false };
  const pairs = doc.contents && isMap(doc.contents) ? doc.contents.items : [];
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key as Node);
    setOwn(read.keyLines, key, line);
    const node = resolved(pair.value);
    const via = isAlias(pair.value) ? ` (through the alias \`*${pair.value.source}\`)` : "";
    let value: unknown;
    try {
      value = toJS(node);
    } catch (cause) {
      report.error(`Invalid YAML in front matter: ${(cause as Error).message}`, line, "front-matter-yaml");
      continue;
    }
    // Own keys only: `toString:` or `constructor:` is an unknown key like any other.
    const field = FIELD_BY_KEY.get(key);
    if (field === undefined) {
      report.warn(`Unknown front-matter key \`${key}\`: kept, but not used (known keys: ${knownKeyList()})`, line, "unknown-key");
      if (typeof value === "string") setOwn(read.fields, key, value);
      continue;
    }
    if (value === null || value === undefined) {
      if (field.required) report.error(`Expected \`${key}\` to be a non-empty string, found nothing`, line, "front-matter-type");
      continue;
    }
    if (field.type === "sources") {
      if (isSeq(node)) readSources(node.items, yaml, read.registry, read.registryLines);
      else report.error(`Expected \`sources\` to be a list of sources, found ${describe(value)}${via}`, line, "front-matter-type");
      continue;
    }
    const text = readScalar(field, value, via, (reason, ruleId) => report.error(reason, line, ruleId));
    if (text === null) continue;
    if (field.type !== "date") read.fields[key] = text;
    if (key === "title") {
      read.meta.title = text;
      read.titleSeen = true;
    }
    if (field.type === "slug") read.meta.slug = slugify(text);
    if (field.type === "date") read.meta.date = text;
  }
  return read;
}

/**
 * Check a scalar key's value by its field type (src/frontmatter-schema.ts); return the text to keep, or
 * null after reporting why it cannot be used.
 */
function readScalar(field: FrontMatterField, value: unknown, via: string, error: (reason: string, ruleId: string) => void): string | null {
  const { key } = field;
  if (field.type === "date") {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    if (typeof value !== "string" && !(value instanceof Date)) error(`Expected \`date\` to be a date written YYYY-MM-DD, found ${describe(value)}${via}`, "front-matter-type");
    else if (!isIsoDate(text)) error(`Expected \`date\` to be a date written YYYY-MM-DD, found \`${text}\``, "front-matter-type");
    else return text;
    return null;
  }
  if (typeof value !== "string" && typeof value !== "number") {
    error(`Expected \`${key}\` to be a string, found ${describe(value)}${via}`, "front-matter-type");
    return null;
  }
  const text = String(value).trim();
  if (field.required && text === "") {
    error(`Expected \`${key}\` to be a non-empty string`, "front-matter-type");
    return null;
  }
  switch (field.type) {
    case "url":
      if (isSafeUrl(text, "front-matter")) return encodeUrlForPage(text);
      error(`Expected \`${key}\` to be an http(s) URL, found \`${text}\``, "front-matter-url");
      return null;
    case "language":
      if (/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(text)) return text;
      error(`Expected \`${key}\` to be a BCP 47 language tag such as \`en\` or \`pt-BR\`, found \`${text}\``, "front-matter-type");
      return null;
    case "slug":
      if (slugify(text)) return text;
      error(`Expected \`${key}\` to contain letters or digits, found \`${text}\``, "front-matter-type");
      return null;
    default:
      return text;
  }
}

/** What reading the `sources` list needs from the document being read. */
interface SourcesContext {
  lineOf: (node: Node | Pair | null | undefined) => number;
  placeOf: (offset: number) => { line: number; column: number };
  resolved: (node: unknown) => Node | null;
  toJS: (node: Node | null) => unknown;
  error: (reason: string, place: Place, ruleId: string) => void;
  warn: (reason: string, place: Place, ruleId: string) => void;
}

/** Read each entry of `sources` into `registry` (and its line into `registryLines`), reporting bad and duplicate entries. */
function readSources(items: unknown[], context: SourcesContext, registry: RegistryEntry[], registryLines: Record<string, number>): void {
  const { lineOf, placeOf, resolved, toJS, error, warn } = context;
  const seen = new Map<string, number>();
  for (const written of items) {
    const itemLine = lineOf(written as Node);
    const item = resolved(written);
    if (!isMap(item)) {
      error("Expected each entry of `sources` to be a mapping with `id` and `name`", itemLine, "front-matter-type");
      continue;
    }
    // Messages about one key of the entry point at that key.
    const keyPlace = (name: string): Place => {
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === name);
      const range = pair && isScalar(pair.key) ? pair.key.range : null;
      return range ? placeOf(range[0]) : itemLine;
    };
    const entry = readSource(toJS(item) as Record<string, unknown>, keyPlace, error, warn);
    if (!entry) continue;
    const previous = seen.get(entry.id);
    if (previous !== undefined) {
      error(`Duplicate source id \`${entry.id}\` in \`sources\`: first defined on line ${previous}`, keyPlace("id"), "duplicate-source");
      continue;
    }
    seen.set(entry.id, itemLine);
    registryLines[entry.id] = itemLine;
    registry.push(entry);
  }
}

/** The most aliases (`*name`) one front matter may expand: far more than an article needs, far fewer than an attack. */
const MAX_ALIASES = 100;

/** Set `record[key]` as an own property, whatever the key (`__proto__` too). */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The 1-based line and column of an offset in `text`. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** The offset of the quotation mark that opens a string YAML found unclosed, or null for other errors. */
function openQuote(doc: ReturnType<typeof parseDocument>, e: YAMLError): number | null {
  if (!/quote/i.test(e.message)) return null;
  let found: number | null = null;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      // The unclosed string runs to where YAML gave up.
      if (quoted && node.range && node.range[1] >= e.pos[0] - 1 && node.range[0] <= e.pos[0]) found = node.range[0];
    },
  });
  return found;
}

/** What a value of each `sources` key type must be, how it is read, and the rule that reports it otherwise. */
const SOURCE_TYPES: Record<SourceFieldType, { expected: (required: boolean) => string; ruleId: string; read: (value: unknown) => string | string[] | null }> = {
  id: {
    expected: () => "letters, digits, `-` or `_`",
    ruleId: "front-matter-type",
    read: (value) => (typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(value) ? value : null),
  },
  string: {
    expected: (required) => (required ? "a non-empty string" : "a string"),
    ruleId: "front-matter-type",
    read: (value) => (typeof value === "string" ? value.trim() : null),
  },
  strings: {
    expected: () => "a list of strings",
    ruleId: "front-matter-type",
    read: (value) => (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number") ? value.map(String) : null),
  },
  url: {
    expected: () => "an http(s) URL",
    ruleId: "front-matter-url",
    read: (value) => (typeof value === "string" && isSafeUrl(value, "front-matter") ? encodeUrlForPage(value) : null),
  },
};

/**
 * Read one `sources` entry by its schema (`SOURCE_FIELDS`): each key checked by its type, a required one
 * present and not empty; the first key that fails is reported at that key, and the entry is dropped.
 */
function readSource(
  raw: Record<string, unknown>,
  placeOf: (key: string) => Place,
  error: (reason: string, place: Place, ruleId: string) => void,
  warn: (reason: string, place: Place, ruleId: string) => void,
): RegistryEntry | null {
  for (const key of Object.keys(raw)) {
    if (!SOURCE_FIELDS.some((field) => field.key === key)) {
      warn(`Unknown key \`${key}\` in a \`sources\` entry (known: ${knownKeyList(SOURCE_FIELDS)})`, placeOf(key), "unknown-key");
    }
  }
  const read: Record<string, string | string[] | null> = {};
  for (const field of SOURCE_FIELDS) {
    const value = raw[field.key];
    const type = SOURCE_TYPES[field.type];
    const absent = value === undefined || value === null;
    const text = absent ? null : type.read(value);
    if ((absent && field.required) || (!absent && (text === null || (field.required && text === "")))) {
      // The schema lists `id` first: every later key's message names the entry by it.
      const subject = field.key === "id" ? "`id` of a `sources` entry" : `\`${field.key}\` of source \`${String(read.id)}\``;
      error(`Expected ${subject} to be ${type.expected(field.required)}, found ${describe(value)}`, placeOf(field.key), type.ruleId);
      return null;
    }
    read[field.key] = text;
  }
  const string = (key: string): string | null => (typeof read[key] === "string" ? read[key] : null);
  const strings = (key: string): string[] => (Array.isArray(read[key]) ? read[key] : []);
  return { id: string("id") ?? "", name: string("name") ?? "", aliases: strings("aliases"), description: string("description"), url: string("url") };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} \`${String(value)}\``;
}
