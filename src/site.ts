/**
 * Load every article of a folder for the site: process each one, check the set as a whole
 * (slugs must be unique) and shape what the templates need.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { VFile } from "vfile";
import { processArticle } from "./index.ts";
import type { ArticleData } from "./types.ts";

/** One article, as the templates see it. */
export interface SiteArticle {
  /** The Markdown file it came from. */
  path: string;
  /** The page's URL segment: the page is `/<slug>/`. */
  slug: string;
  title: string;
  /** ISO date (YYYY-MM-DD), or null. */
  date: string | null;
  /** The BCP 47 language tag of the page. */
  lang: string;
  /** A one-line summary for the description meta. */
  description: string;
  byline: string | null;
  publisher: string | null;
  license: string | null;
  /** A note on what part of the original is reproduced. */
  excerpt: string | null;
  /** Where the original was published; only ever an http(s) URL. */
  sourceUrl: string | null;
  /** Where this copy was taken from; only ever an http(s) URL. */
  retrievedFrom: string | null;
  /** The pipeline's body HTML: the one string templates output unescaped. */
  html: string;
  data: ArticleData;
  counts: { statements: number; figures: number; sources: number };
  /** The counts in words, e.g. "18 attributed statements, 4 figures". */
  summary: string;
}

/** Every article of a folder, with every message about them. */
export interface LoadedSite {
  /** The articles, newest first (date descending, then slug); empty when `failed`. */
  articles: SiteArticle[];
  /** One file per article, in file-name order, carrying its messages. */
  files: VFile[];
  /** True when any article has an error: the site must not be built. */
  failed: boolean;
}

/** Read and process every `*.md` file in `dir`; throw when the folder cannot be read or holds no articles. */
export async function loadSite(dir: string): Promise<LoadedSite> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((entry) => !entry.isDirectory() && !entry.name.startsWith(".") && /\.md$/i.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (cause) {
    throw new Error(`Cannot read articles folder \`${dir}\`: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  if (names.length === 0) {
    throw new Error(`No articles in \`${dir}\`: expected Markdown files (\`*.md\`) with front matter`);
  }

  const files: VFile[] = [];
  const articles: SiteArticle[] = [];
  const slugs = new Map<string, string>();
  let failed = false;
  for (const name of names) {
    const path = join(dir, name);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (cause) {
      throw new Error(`Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
    }
    const processed = await processArticle(text, path);
    const { file, frontMatter } = processed;
    files.push(file);

    const slug = frontMatter.meta.slug;
    const other = slugs.get(slug);
    if (other === undefined) {
      slugs.set(slug, path);
    } else {
      const message = file.message(
        `Duplicate slug \`${slug}\`: \`${other}\` and \`${path}\` would both be \`/${slug}/\`; give one a different \`slug\` in its front matter`,
        { place: { line: lineOfKey(text, "slug"), column: 1 }, ruleId: "duplicate-slug", source: "sourced" },
      );
      message.fatal = true;
      failed = true;
      continue;
    }
    if (processed.failed) {
      failed = true;
      continue;
    }
    articles.push(toSiteArticle(path, processed.html, processed.data, frontMatter.fields, frontMatter.meta));
  }

  if (failed) return { articles: [], files, failed };
  articles.sort((a, b) => compareDates(b.date, a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { articles, files, failed };
}

/** Format an ISO date (YYYY-MM-DD) for readers: "17 September 2016". */
export function formatDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return iso ?? "";
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Describe what was tagged in an article, e.g. "18 attributed statements, 4 figures". */
export function summarize(counts: { statements: number; figures: number }): string {
  if (counts.statements === 0 && counts.figures === 0) return "No attributed statements or figures";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.statements, "attributed statement")}, ${plural(counts.figures, "figure")}`;
}

function toSiteArticle(
  path: string,
  html: string,
  data: ArticleData,
  fields: Record<string, string>,
  meta: { title: string; slug: string; date: string | null },
): SiteArticle {
  const field = (key: string): string | null => (fields[key] ? fields[key] : null);
  // The front matter parser rejects other schemes already; checked again because these become hrefs.
  const httpUrl = (key: string): string | null => {
    const url = field(key);
    return url && /^https?:\/\//i.test(url) ? url : null;
  };
  const counts = { statements: data.attributions.length, figures: data.figures.length, sources: data.sources.length };
  const summary = summarize(counts);
  return {
    path,
    slug: meta.slug,
    title: meta.title,
    date: meta.date,
    lang: field("lang") ?? "en",
    description: field("description") ?? `${meta.title}: the article, each statement and figure linked to its source.`,
    byline: field("byline") ?? field("author"),
    publisher: field("publisher"),
    license: field("license"),
    excerpt: field("excerpt"),
    sourceUrl: httpUrl("source_url"),
    retrievedFrom: httpUrl("retrieved_from"),
    html,
    data,
    counts,
    summary,
  };
}

/** Order ISO dates; articles without a date sort as the oldest. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The 1-based line of a top-level front-matter key, or 1 when it is not there. */
function lineOfKey(text: string, key: string): number {
  const index = text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
