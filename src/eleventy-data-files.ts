/**
 * Eleventy plugin: the data to take away beside each article's page, `claims.json` and `figures.csv`
 * (their text from src/data-exports.ts), written once Eleventy has written the page.
 *
 * They are not templates of their own: for each page Eleventy does the same work however small the page
 * (its data, permalink and output), and two templates paginated over the articles tripled the pages of a
 * build (3,003 for 1000 articles: 1.55-1.85 s of Eleventy's run, against 0.9-1.1 s for the 1,003 others;
 * writing the 2,000 data files here costs 0.2-0.27 s: making their text and writing it, about half each).
 * Written after the page, they follow it in every build: all of them, or only those of the articles a
 * build or the preview renders again (src/render-only.ts).
 */
import { writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { claimsJson, figuresCsv } from "./data-exports.ts";
import type { SiteArticle } from "./site.ts";
import type { ArticleData } from "./types.ts";

/** The template that makes each article's page (`layouts/article.njk`, `/<slug>/index.html`). */
const ARTICLE_TEMPLATE = "article.njk";

/** The files written beside each article's page: name and text. */
const DATA_FILES: ReadonlyArray<{ name: string; text: (data: ArticleData) => string }> = [
  { name: "claims.json", text: claimsJson },
  { name: "figures.csv", text: figuresCsv },
];

/** One page Eleventy wrote, as its `write()` results and `eleventy.after` event give it. */
interface WrittenPage {
  inputPath?: unknown;
  outputPath?: unknown;
}

/** What the plugin needs of Eleventy's configuration API. */
interface DataFilesConfig {
  globalData?: object;
  on: (event: "eleventy.after", callback: (event: { results?: unknown }) => Promise<void>) => unknown;
}

/** The output path of each article page among `results`, a list of pages Eleventy wrote. */
function articlePages(results: unknown): string[] {
  if (!Array.isArray(results)) return [];
  return (results as WrittenPage[]).flatMap((page) =>
    typeof page?.inputPath === "string" && typeof page.outputPath === "string" && basename(page.inputPath) === ARTICLE_TEMPLATE ? [resolve(page.outputPath)] : [],
  );
}

/** The data files beside the article pages among `results` (pages Eleventy wrote): absolute paths. */
export function dataFilesOf(results: unknown): string[] {
  return articlePages(results).flatMap((page) => DATA_FILES.map(({ name }) => join(dirname(page), name)));
}

/** The articles, global data `articles`: an array, or a function that gives one (the preview's). */
async function globalArticles(eleventyConfig: DataFilesConfig): Promise<SiteArticle[]> {
  const value = (eleventyConfig.globalData as { articles?: unknown } | undefined)?.articles;
  const articles = typeof value === "function" ? await (value as () => unknown)() : value;
  return Array.isArray(articles) ? (articles as SiteArticle[]) : [];
}

/** Register the plugin: after each run, write the data files of every article page the run wrote. */
export function eleventyDataFiles(eleventyConfig: DataFilesConfig): void {
  eleventyConfig.on("eleventy.after", async ({ results }) => {
    const pages = articlePages(results);
    if (pages.length === 0) return;
    const bySlug = new Map((await globalArticles(eleventyConfig)).map((article) => [article.slug, article]));
    // Synchronous: two thousand small files through the thread pool took longer, and held every text
    // until the last was written.
    for (const page of pages) {
      const article = bySlug.get(basename(dirname(page)));
      if (!article) throw new Error(`No article for the page \`${page}\`: its data files cannot be written`);
      for (const { name, text } of DATA_FILES) writeFileSync(join(dirname(page), name), text(article.data));
    }
  });
}
