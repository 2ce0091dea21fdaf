/**
 * The data a reader can take away from an article's page, made from the same data the page shows:
 * `claims.json` (what `sourced extract` prints), `figures.csv` (one row per outcome figure), and the
 * page's JSON-LD (a schema.org `NewsArticle` whose parts are the attributed statements as `Claim`s,
 * each authored by its source and appearing in the page). Pure functions: the templates call them.
 */
import type { ArticleData, Figure } from "./types.ts";
import { isSafeUrl } from "./url.ts";

/** The article's tagged data as JSON, two-space indented, keys in a fixed order: the same bytes for the same input. */
export function claimsJson(data: ArticleData): string {
  return JSON.stringify(data, null, 2) + "\n";
}

/** The columns of figures.csv, in order. */
export const FIGURE_COLUMNS = ["id", "metric", "value", "value_max", "qualifier", "text", "source_id", "source_name", "scope_relation", "scope_group", "scope_place", "scope_time", "part_of", "excluded", "statement_id", "sentence_id", "line"] as const;

/** One outcome figure per row, with a header row (RFC 4180: CRLF line ends, fields quoted when needed). */
export function figuresCsv(data: ArticleData): string {
  const names = new Map(data.sources.map((source) => [source.id, source.name]));
  const row = (figure: Figure): Array<string | number | boolean | null> => [
    figure.id,
    figure.metric,
    figure.value,
    figure.valueMax,
    figure.qualifier,
    figure.text,
    figure.source,
    figure.source === null ? null : (names.get(figure.source) ?? figure.source),
    figure.scope.relation,
    figure.scope.group,
    figure.scope.place,
    figure.scope.time,
    figure.scope.partOf,
    figure.excluded,
    figure.attribution,
    figure.sentenceId,
    figure.line,
  ];
  return [FIGURE_COLUMNS as readonly string[], ...data.figures.map(row)].map((fields) => fields.map(csvField).join(",") + "\r\n").join("");
}

/** A CSV field: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula gets a leading `'`. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  // OWASP's advice against CSV injection: a cell starting with = + - @ or a control character is a formula to Excel.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What `articleJsonLd` needs to know about the page besides its data. */
export interface JsonLdPage {
  title: string;
  date: string | null;
  lang: string;
  description: string;
  byline: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  /** The page's absolute URL when the site's base URL is known, else null (the ids stay fragment-relative). */
  url: string | null;
  data: ArticleData;
}

/**
 * The page's JSON-LD: a `NewsArticle` with each attributed statement as a `Claim` (its text, its source as
 * author, the article as where it appears). Sources are not typed: the tagger does not know whether a
 * source is a person or an organisation, and a guess would be published as fact.
 */
export function articleJsonLd(page: JsonLdPage): Record<string, unknown> {
  const base = page.url ?? "";
  const articleId = `${base}#article`;
  const sources = new Map(page.data.sources.map((source) => [source.id, source]));
  const sourceNode = (id: string) => {
    const source = sources.get(id);
    return {
      "@id": `${base}#fn-${id}`,
      name: source?.name ?? id,
      ...(source?.description ? { description: source.description } : {}),
      ...(source?.url && isSafeUrl(source.url, "front-matter") ? { url: source.url } : {}),
    };
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": articleId,
    headline: page.title,
    ...(page.date ? { datePublished: page.date } : {}),
    inLanguage: page.lang,
    description: page.description,
    ...(page.url ? { url: page.url, mainEntityOfPage: page.url } : {}),
    ...(page.byline ? { author: { name: page.byline } } : {}),
    ...(page.publisher ? { publisher: { "@type": "Organization", name: page.publisher } } : {}),
    ...(page.sourceUrl ? { isBasedOn: page.sourceUrl } : {}),
    hasPart: page.data.attributions.map((attribution) => ({
      "@type": "Claim",
      "@id": `${base}#${attribution.id}`,
      text: attribution.sentence,
      author: sourceNode(attribution.source),
      appearance: { "@id": articleId },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` written as `\u003c`, so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
