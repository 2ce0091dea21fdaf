/**
 * Read and validate an article's front matter.
 *
 * gray-matter splits the file; the YAML is parsed by `yaml` (YAML 1.2: `062` is 62, not octal 50)
 * so that every key keeps its line for messages.
 */
import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair, type YAMLError } from "yaml";
import { VFile } from "vfile";
import type { ArticleMeta, RegistryEntry } from "./types.ts";

/** Front-matter keys the tool reads; anything else is kept but warned about (it may be a typo). */
export const KNOWN_KEYS: Record<string, string> = {
  title: "string (required): the headline",
  date: "YYYY-MM-DD: the date of the report; years of dates in the text default to it",
  slug: "string: the page's URL segment (default: the file name)",
  byline: "string: who wrote the article",
  author: "string: same as byline",
  publisher: "string: who published the original",
  source_url: "URL: where the original was published",
  retrieved_from: "URL: where this copy was taken from",
  license: "string: the licence and credit line",
  event: "string: the event the article reports",
  excerpt: "string: a note on what part of the original is reproduced",
  description: "string: a one-line summary for the index page",
  lang: "string: the BCP 47 language tag (default `en`)",
  sources: "list of {id, name, aliases, description, url}: the canonical sources",
};

const STRING_KEYS = [
  "title",
  "slug",
  "byline",
  "author",
  "publisher",
  "license",
  "event",
  "excerpt",
  "description",
  "lang",
];
const URL_KEYS = ["source_url", "retrieved_from"];
const SOURCE_KEYS = ["id", "name", "aliases", "description", "url"];

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

/** Make a URL-safe slug from a file name or title. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** Whether a URL is safe to link to (http, https or mailto). */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim());
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

/** Split and validate an article; problems become messages on the returned file. */
export function parseArticle(original: string, path?: string): ParsedArticle {
  const text = normalizeLineEndings(original);
  const file = new VFile({ path, value: text });
  let failed = false;
  const at = (place: Place) => (typeof place === "number" ? { line: place, column: 1 } : place);
  const error = (reason: string, place: Place, ruleId: string) => {
    const message = file.message(reason, { place: at(place), ruleId, source: "sourced" });
    message.fatal = true;
    failed = true;
  };
  const warn = (reason: string, place: Place, ruleId: string) => {
    file.message(reason, { place: at(place), ruleId, source: "sourced" });
  };

  const baseName = (path ?? "article.md").split(/[\\/]/).pop()!.replace(/\.(md|markdown)$/i, "");
  const empty: FrontMatter = {
    meta: { title: "", slug: slugify(baseName) || "article", date: null },
    registry: [],
    fields: {},
    registryLines: {},
    keyLines: {},
  };

  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    error("Unexpected NUL byte: expected a UTF-8 text file", pointAt(text, nul), "not-text");
    return { file, frontMatter: empty, body: "", failed };
  }
  // The text is already decoded, so a replacement character may be real text: only a warning here.
  // Callers that read bytes (`loadSite`) reject invalid UTF-8 as an error before this.
  const replacement = text.indexOf("\uFFFD");
  if (replacement !== -1) {
    warn("Unexpected replacement character `U+FFFD`: expected UTF-8 text; the file may have been decoded from another encoding", pointAt(text, replacement), "not-utf8");
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    error("Empty article: expected front matter (`---`, `title: ...`, `---`) and Markdown text", 1, "empty-article");
    return { file, frontMatter: empty, body: "", failed };
  }

  const hasFrontMatter = /^\uFEFF?---[ \t]*\r?\n/.test(text);
  if (hasFrontMatter && !/\n---[ \t]*(\r?\n|$)/.test(text)) {
    error("Unclosed front matter: expected a line `---` after the front matter that starts on line 1", 1, "front-matter");
    return { file, frontMatter: empty, body: "", failed };
  }

  // gray-matter only splits here: parsing is ours, so the YAML engine returns the raw text.
  let split: { matter: string; content: string };
  try {
    const result = matter(text.replace(/^\uFEFF/, ""), { engines: { yaml: () => ({}) } });
    split = { matter: result.matter, content: result.content };
  } catch (cause) {
    error(`Cannot split front matter: ${(cause as Error).message}`, 1, "front-matter");
    return { file, frontMatter: empty, body: "", failed };
  }

  // The front matter starts on line 2 (after the opening `---`).
  const yamlText = hasFrontMatter ? split.matter.replace(/^\r?\n/, "") : "";
  const firstYamlLine = 2;
  const consumed = hasFrontMatter ? text.length - split.content.length : 0;
  const frontLines = text.slice(0, consumed).split("\n").length - 1;
  const body = "\n".repeat(frontLines) + split.content;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstYamlLine - 1, column: col };
  };
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && "range" in node ? node.range : node && "key" in node ? (node.key as Node | null)?.range : null;
    return range ? placeOf(range[0]).line : 1;
  };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const opened = e.code === "MISSING_CHAR" ? openQuote(doc, e) : null;
      if (opened !== null) {
        error(`Invalid YAML in front matter: missing closing \`${yamlText[opened]}\` for the string that opens here`, placeOf(opened), "front-matter-yaml");
      } else {
        error(`Invalid YAML in front matter: ${e.message.split("\n")[0]}`, placeOf(e.pos[0]), "front-matter-yaml");
      }
    }
    return { file, frontMatter: empty, body, failed };
  }

  const root = doc.contents;
  const fields: Record<string, string> = {};
  const meta: ArticleMeta = { ...empty.meta };
  const registry: RegistryEntry[] = [];
  const registryLines: Record<string, number> = {};
  const keyLines: Record<string, number> = {};

  if (root && !isMap(root)) {
    error("Expected front matter to be a mapping of `key: value` lines", lineOf(root), "front-matter-type");
    return { file, frontMatter: empty, body, failed };
  }

  const pairs = root && isMap(root) ? root.items : [];
  let titleSeen = false;
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key as Node);
    keyLines[key] = line;
    const node = pair.value as Node | null;
    const value: unknown = node ? (node as Node).toJSON() : null;
    if (!(key in KNOWN_KEYS)) {
      warn(`Unknown front-matter key \`${key}\`: kept, but not used (known keys: ${Object.keys(KNOWN_KEYS).join(", ")})`, line, "unknown-key");
      if (typeof value === "string") fields[key] = value;
      continue;
    }
    if (value === null || value === undefined) {
      if (key === "title") error("Expected `title` to be a non-empty string, found nothing", line, "front-matter-type");
      continue;
    }
    if (STRING_KEYS.includes(key) || URL_KEYS.includes(key)) {
      if (typeof value !== "string" && typeof value !== "number") {
        error(`Expected \`${key}\` to be a string, found ${describe(value)}`, line, "front-matter-type");
        continue;
      }
      const text = String(value).trim();
      if (URL_KEYS.includes(key) && !isSafeUrl(text)) {
        error(`Expected \`${key}\` to be an http(s) URL, found \`${text}\``, line, "front-matter-url");
        continue;
      }
      if (key === "lang" && !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(text)) {
        error(`Expected \`lang\` to be a BCP 47 language tag such as \`en\` or \`pt-BR\`, found \`${text}\``, line, "front-matter-type");
        continue;
      }
      fields[key] = text;
      if (key === "title") {
        if (text === "") error("Expected `title` to be a non-empty string", line, "front-matter-type");
        meta.title = text;
        titleSeen = true;
      }
      if (key === "slug") {
        const slug = slugify(text);
        if (!slug) error(`Expected \`slug\` to contain letters or digits, found \`${text}\``, line, "front-matter-type");
        else meta.slug = slug;
      }
      continue;
    }
    if (key === "date") {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      if (typeof value !== "string" && !(value instanceof Date)) {
        error(`Expected \`date\` to be a date written YYYY-MM-DD, found ${describe(value)}`, line, "front-matter-type");
      } else if (!isIsoDate(text)) {
        error(`Expected \`date\` to be a date written YYYY-MM-DD, found \`${text}\``, line, "front-matter-type");
      } else {
        meta.date = text;
      }
      continue;
    }
    if (key === "sources") {
      if (!isSeq(node)) {
        error(`Expected \`sources\` to be a list of sources, found ${describe(value)}`, line, "front-matter-type");
        continue;
      }
      const seen = new Map<string, number>();
      for (const item of node.items) {
        const itemLine = lineOf(item as Node);
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
        const entry = readSource(item.toJSON() as Record<string, unknown>, keyPlace, error, warn);
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
  }

  if (!titleSeen && !failed) {
    const reason = hasFrontMatter
      ? "Missing `title` in front matter: expected `title: <headline>`"
      : "Missing front matter: expected the file to start with `---`, `title: <headline>`, `---`";
    error(reason, 1, "missing-title");
  }
  if (split.content.trim() === "" && !failed) {
    error("Empty article: expected Markdown text after the front matter", Math.max(1, frontLines), "empty-article");
  }

  return { file, frontMatter: { meta, registry, fields, registryLines, keyLines }, body, failed };
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

function readSource(
  raw: Record<string, unknown>,
  placeOf: (key: string) => Place,
  error: (reason: string, place: Place, ruleId: string) => void,
  warn: (reason: string, place: Place, ruleId: string) => void,
): RegistryEntry | null {
  for (const key of Object.keys(raw)) {
    if (!SOURCE_KEYS.includes(key)) {
      warn(`Unknown key \`${key}\` in a \`sources\` entry (known: ${SOURCE_KEYS.join(", ")})`, placeOf(key), "unknown-key");
    }
  }
  const { id, name, aliases, description, url } = raw;
  if (typeof id !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id)) {
    error(`Expected \`id\` of a \`sources\` entry to be letters, digits, \`-\` or \`_\`, found ${describe(id)}`, placeOf("id"), "front-matter-type");
    return null;
  }
  if (typeof name !== "string" || name.trim() === "") {
    error(`Expected \`name\` of source \`${id}\` to be a non-empty string, found ${describe(name)}`, placeOf("name"), "front-matter-type");
    return null;
  }
  let aliasList: string[] = [];
  if (aliases !== undefined && aliases !== null) {
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" && typeof a !== "number")) {
      error(`Expected \`aliases\` of source \`${id}\` to be a list of strings, found ${describe(aliases)}`, placeOf("aliases"), "front-matter-type");
      return null;
    }
    aliasList = aliases.map(String);
  }
  if (description !== undefined && description !== null && typeof description !== "string") {
    error(`Expected \`description\` of source \`${id}\` to be a string, found ${describe(description)}`, placeOf("description"), "front-matter-type");
    return null;
  }
  if (url !== undefined && url !== null && (typeof url !== "string" || !isSafeUrl(url))) {
    error(`Expected \`url\` of source \`${id}\` to be an http(s) URL, found ${describe(url)}`, placeOf("url"), "front-matter-url");
    return null;
  }
  return {
    id,
    name: name.trim(),
    aliases: aliasList,
    description: typeof description === "string" ? description.trim() : null,
    url: typeof url === "string" ? url.trim() : null,
  };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} \`${String(value)}\``;
}
