/**
 * Eleventy configuration: the templates in `layouts/` turn the processed articles into pages.
 *
 * Articles are data, not templates: `articles` is global data, and `layouts/article.njk` paginates
 * over it to make one page per article. `buildSite` (src/build.ts) loads and checks the articles
 * itself and hands them over; run on its own (e.g. with `--serve`, which `npm start` does through
 * src/serve.ts), this file loads them from `$SOURCED_ARTICLES` (default `articles`).
 *
 * In the preview (`--serve` or `--watch`) an article with errors does not stop the server: its page
 * shows the errors instead (`layouts/problem.njk`), every page carries a banner listing them, and the
 * next save that fixes them brings the article back. A plain build still fails on them.
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join, relative, resolve } from "node:path";
import type { VFile } from "vfile";
import { escapeControls, formatMessages } from "./src/report.ts";
import { ArticleMemo, formatDate, loadSite, sortArticles, type SiteArticle } from "./src/site.ts";
import { sourceHueCss } from "./src/source-hues.ts";
import { articleJsonLd, scriptJson } from "./src/data-exports.ts";
import { eleventyDataFiles } from "./src/eleventy-data-files.ts";
import { isSafeUrl } from "./src/url.ts";
import { ROOT } from "./src/root.ts";
import { renderOnly } from "./src/render-only.ts";

/**
 * The site's name, one-line description and, as global data `site`:
 * - `url`: its absolute base URL, from `$SOURCED_SITE_URL` (e.g. `https://owner.github.io/repo/`), for Open
 *   Graph and the feed's ids; default none (links stay relative, `og:url` is left out).
 * - `pdf`: whether each article's PDF is published beside it (`$SOURCED_PDF=1`, set by the Pages
 *   workflow, which prints them); default false, so the page never links to a missing file.
 */
const SITE = {
  name: "Sourced",
  description: "News articles annotated with their sources: every attributed statement is linked to who said it, and the figures each source gives are compared.",
  url: siteUrl(process.env.SOURCED_SITE_URL),
  pdf: process.env.SOURCED_PDF === "1",
};

/** An http(s) base URL ending in `/` (src/url.ts's rule for front-matter URLs), or null. */
function siteUrl(value: string | undefined): string | null {
  if (!value || !isSafeUrl(value, "front-matter")) return null;
  const url = new URL(value.trim());
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** An article the preview cannot show, as global data `problems` and, when it has a slug, `problemPages` (both empty outside the preview). */
interface Problem {
  /** The Markdown file, relative to the working directory. */
  file: string;
  /** The URL segment its page had (or would have): the error page goes there. Null when it has none. */
  slug: string | null;
  messages: Array<{ place: string; severity: "error" | "warning"; reason: string; ruleId: string | null }>;
}

/** Configure Eleventy for the sourced site. */
export default function (eleventyConfig: UserConfig) {
  // Data: the articles. `buildSite` adds them through the Eleventy constructor's `config` callback,
  // which runs before this file; only load them here when nobody did.
  eleventyConfig.addGlobalData("site", SITE);
  eleventyConfig.addGlobalData("problems", []);
  eleventyConfig.addGlobalData("problemPages", []);
  if (!eleventyConfig.globalData || !("articles" in eleventyConfig.globalData)) {
    const articlesDir = process.env.SOURCED_ARTICLES || "articles";
    const mode = process.env.ELEVENTY_RUN_MODE;
    if (mode === "serve" || mode === "watch") {
      // One load per rebuild, shared by both data keys.
      let current: Promise<{ articles: SiteArticle[]; problems: Problem[] }> | null = null;
      const state: PreviewState = { memo: new ArticleMemo(), lastSlugs: new Map(), articlesOnly: false, renderOnly: null };
      eleventyConfig.on("eleventy.before", () => {
        current = null;
      });
      // A rebuild for saved articles alone renders those articles' pages (and the pages that list them);
      // one for a template, the stylesheet or anything else renders every page.
      eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
        state.articlesOnly = queue.length > 0 && queue.every((path) => /\.(md|markdown)$/i.test(path) && !relative(resolve(articlesDir), resolve(path)).startsWith(".."));
      });
      renderOnly(eleventyConfig, () => state.renderOnly);
      const load = () => (current ??= loadForPreview(articlesDir, state));
      eleventyConfig.addGlobalData("articles", async () => (await load()).articles);
      eleventyConfig.addGlobalData("problems", async () => (await load()).problems);
      eleventyConfig.addGlobalData("problemPages", async () => (await load()).problems.filter((problem) => problem.slug !== null));
    } else {
      eleventyConfig.addGlobalData("articles", async () => {
        const site = await loadSite(articlesDir);
        if (site.files.some((file) => file.messages.length > 0)) process.stderr.write(formatMessages(site.files, { quiet: true }) + "\n");
        if (site.failed) throw new Error(`Cannot build: errors in the articles in \`${articlesDir}\` (see above)`);
        return site.articles;
      });
    }
    // Articles are not templates, so Eleventy would not watch them by itself.
    eleventyConfig.addWatchTarget(join(articlesDir, "*.{md,markdown}"));
  }

  // Preview: a saved file is rebuilt once its size has stayed the same for 40 ms (Eleventy's default waits
  // 150 ms). A save empties the file and writes it again in one go; without any wait the watcher reports
  // the empty file and may not report the rest, and with 20 ms a loaded machine still let the open page
  // miss the reload of the second build.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });

  // Preview behind `npm start`'s guard (src/serve.ts): the dev server's own address is an internal
  // loopback port, not the one to open, so the supervisor prints the address instead.
  if (process.env.SOURCED_PREVIEW_GUARDED) eleventyConfig.setServerOptions({ messageOnStart: () => false });

  // Plugins: every absolute URL (`/style.css`, `/<slug>/`) is put under the path prefix.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Eleventy's own feed plugin: its date filters make the Atom feed (layouts/feed.njk).
  eleventyConfig.addPlugin(rssPlugin);
  // Each article's claims.json and figures.csv, written beside its page (src/eleventy-data-files.ts).
  eleventyDataFiles(eleventyConfig);

  // Passthrough copy: the stylesheet, next to the templates (relative paths are the project root's).
  eleventyConfig.addPassthroughCopy({ [relative(".", join(ROOT, "layouts", "style.css"))]: "style.css" });
  eleventyConfig.addPassthroughCopy({ [relative(".", join(ROOT, "layouts", "favicon.svg"))]: "favicon.svg" });

  // Filters
  eleventyConfig.addFilter("readableDate", formatDate);
  // The colour of each source, as CSS for the page's head (ids are checked slugs: safe unescaped).
  eleventyConfig.addFilter("sourceHueCss", sourceHueCss);
  // Data to take away: the page's JSON-LD (src/data-exports.ts); claims.json and figures.csv beside it.
  eleventyConfig.addFilter("jsonLd", (article: SiteArticle, base: string | null) =>
    scriptJson(articleJsonLd({ ...article, url: base ? new URL(`${article.slug}/`, base).href : null })),
  );
  // A YYYY-MM-DD date as a Date at midnight UTC, for the feed plugin's `dateToRfc3339`.
  eleventyConfig.addFilter("utcDate", (iso: string | null) => new Date(`${iso ?? "1970-01-01"}T00:00:00Z`));
}

/** What the preview keeps between rebuilds: processed articles by file stamp, each file's last good slug, what to render. */
interface PreviewState {
  /** Articles whose files did not change are neither read nor processed again. */
  memo: ArticleMemo;
  /** The slug each article file had when it last loaded, so that its error page replaces that very page. */
  lastSlugs: Map<string, string>;
  /** Whether the rebuild under way was set off by saved articles alone. */
  articlesOnly: boolean;
  /** The slugs whose pages this rebuild renders (`src/render-only.ts`); null for all. */
  renderOnly: Set<string> | null;
}

/** Load the articles for the preview: the good ones as pages, the broken ones as problems; never throw. */
async function loadForPreview(dir: string, state: PreviewState): Promise<{ articles: SiteArticle[]; problems: Problem[] }> {
  let site;
  try {
    site = await loadSite(dir, { memo: state.memo });
  } catch (error) {
    const reason = (error as Error).message;
    process.stderr.write(`sourced preview: ${reason}\n`);
    return { articles: [], problems: [{ file: dir, slug: null, messages: [{ place: dir, severity: "error", reason, ruleId: null }] }] };
  }
  if (site.files.some((file) => file.messages.length > 0)) process.stderr.write(formatMessages(site.files, { quiet: true }) + "\n");
  // Unlike a build, the preview shows the good articles even when others have errors.
  const articles = sortArticles(site.outcomes.flatMap((outcome) => (outcome.article ? [outcome.article] : [])));
  const broken = site.outcomes.filter((outcome) => outcome.article === null);
  if (broken.length > 0) {
    process.stderr.write(`sourced preview: ${broken.length} article${broken.length === 1 ? "" : "s"} not shown: fix the errors above and save; the preview keeps running\n`);
  }
  // Only articles changed: render the pages of those read again (and the page each had before, when its
  // slug changed); the others' pages are as the last rebuild wrote them.
  const changed = site.outcomes.filter((outcome) => !outcome.reused);
  state.renderOnly = state.articlesOnly ? new Set(changed.flatMap((outcome) => [outcome.slug, state.lastSlugs.get(outcome.path) ?? outcome.slug])) : null;
  for (const article of articles) state.lastSlugs.set(article.path, article.slug);

  const taken = new Set(articles.map((article) => article.slug));
  const problems: Problem[] = [];
  for (const { path, slug: own, file } of broken) {
    let slug = state.lastSlugs.get(path) ?? own;
    // A slug another article has (a duplicate) gets no error page of its own: the banner lists it.
    if (taken.has(slug)) slug = "";
    taken.add(slug);
    problems.push({ file: relative(".", path), slug: slug || null, messages: file.messages.map((message) => describe(file, message)) });
  }
  return { articles, problems };
}

/** A message as the error page shows it: `file:line:column`, severity, reason. */
function describe(file: VFile, message: VFile["messages"][number]) {
  const where = message.line ? `${message.line}:${message.column ?? 1}` : "1:1";
  return {
    place: `${relative(".", file.path)}:${where}`,
    severity: message.fatal ? ("error" as const) : ("warning" as const),
    reason: escapeControls(message.reason),
    ruleId: message.ruleId ?? null,
  };
}

/** Directories and formats: only Nunjucks templates, which autoescape. */
export const config = {
  dir: {
    input: "layouts",
    includes: "_includes",
    output: "dist",
  },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
