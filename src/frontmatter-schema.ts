/**
 * The front matter, described once: each key with its type, default and meaning. `parseArticle`
 * (src/frontmatter.ts) validates by this table, and the README's front-matter reference is made from it
 * (`frontMatterTable`; tests/frontmatter-schema.test.ts checks the README against it).
 */

/** How a key's value is read and checked. */
export type FieldType =
  /** A string (a number is read as its digits), trimmed. */
  | "string"
  /** A string, used as the page's URL segment: letters and digits, the rest dashes. */
  | "slug"
  /** A real calendar date written YYYY-MM-DD. */
  | "date"
  /** An absolute http(s) URL with a host (src/url.ts's front-matter rule), percent-encoded for the page. */
  | "url"
  /** A BCP 47 language tag such as `en` or `pt-BR`. */
  | "language"
  /** The list of canonical sources, each entry described by `SOURCE_FIELDS`. */
  | "sources";

/** One front-matter key. */
export interface FrontMatterField {
  key: string;
  type: FieldType;
  /** Whether an article must have it. */
  required: boolean;
  /** What holds when the key is absent, as the reference shows it; null when nothing does. */
  default: string | null;
  /** What the key means, one line. */
  doc: string;
}

/** Every key the tool reads, in the reference's order; any other key is kept but warned about. */
export const FRONT_MATTER_FIELDS: readonly FrontMatterField[] = [
  { key: "title", type: "string", required: true, default: null, doc: "the headline" },
  { key: "date", type: "date", required: false, default: null, doc: 'the report\'s date; gives "September 17" its year' },
  { key: "slug", type: "slug", required: false, default: "the file name", doc: "the page's URL segment" },
  { key: "sources", type: "sources", required: false, default: "named from the text", doc: "the canonical sources" },
  { key: "byline", type: "string", required: false, default: "`author`", doc: "who wrote the article" },
  { key: "author", type: "string", required: false, default: null, doc: "same as `byline`" },
  { key: "publisher", type: "string", required: false, default: null, doc: "who published the original" },
  { key: "source_url", type: "url", required: false, default: null, doc: "where the original was published" },
  { key: "retrieved_from", type: "url", required: false, default: null, doc: "where this copy was taken from" },
  { key: "license", type: "string", required: false, default: null, doc: "the licence and credit line" },
  { key: "excerpt", type: "string", required: false, default: null, doc: "what part of the original is reproduced" },
  { key: "event", type: "string", required: false, default: null, doc: "the event the article reports" },
  { key: "description", type: "string", required: false, default: "made from `title`", doc: "a one-line summary" },
  { key: "lang", type: "language", required: false, default: "`en`", doc: "the page's language" },
];

/** How a key of a `sources` entry is read and checked. */
export type SourceFieldType = "id" | "string" | "strings" | "url";

/** One key of a `sources` entry. */
export interface SourceField {
  key: string;
  type: SourceFieldType;
  required: boolean;
  doc: string;
}

/** Every key of a `sources` entry; any other key is warned about. */
export const SOURCE_FIELDS: readonly SourceField[] = [
  { key: "id", type: "id", required: true, doc: "how directives and data name the source" },
  { key: "name", type: "string", required: true, doc: "its full name, as the notes show it" },
  { key: "aliases", type: "strings", required: false, doc: "other names the text uses for it" },
  { key: "description", type: "string", required: false, doc: "who it is, for its card" },
  { key: "url", type: "url", required: false, doc: "its site" },
];

/** The type of each field, as the reference names it. */
const TYPE_NAMES: Record<FieldType | SourceFieldType, string> = {
  string: "string",
  slug: "string",
  date: "`YYYY-MM-DD`",
  url: "http(s) URL",
  language: "language tag",
  sources: "list",
  id: "letters, digits, `-`, `_`",
  strings: "list",
};

/** The field of each top-level key. */
export const FIELD_BY_KEY: ReadonlyMap<string, FrontMatterField> = new Map(FRONT_MATTER_FIELDS.map((field) => [field.key, field]));

/** Describe the known keys for an "unknown key" message: `title, date, ...`. */
export function knownKeyList(fields: ReadonlyArray<{ key: string }> = FRONT_MATTER_FIELDS): string {
  return fields.map((field) => field.key).join(", ");
}

/** Make the README's front-matter reference: a table of the keys, a `sources` entry's keys in its row. */
export function frontMatterTable(): string {
  const type = (field: { type: FieldType | SourceFieldType }) => TYPE_NAMES[field.type];
  const key = (field: SourceField) => `\`${field.key}\`${field.type === "string" ? "" : ` (${type(field)})`}`;
  const sourceKeys = `${SOURCE_FIELDS.filter((f) => f.required).map(key).join(", ")}; optional ${SOURCE_FIELDS.filter((f) => !f.required).map(key).join(", ")}`;
  const doc = (field: FrontMatterField) => (field.type === "sources" ? `${field.doc}: ${sourceKeys}` : field.doc);
  return [
    "| key | type | default | meaning |",
    "| --- | --- | --- | --- |",
    ...FRONT_MATTER_FIELDS.map((field) => `| \`${field.key}\` | ${type(field)} | ${field.required ? "**required**" : (field.default ?? "")} | ${doc(field)} |`),
  ].join("\n");
}
