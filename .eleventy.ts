/**
 * Eleventy configuration: the templates in `layouts/` turn the processed articles into pages.
 *
 * Articles are data, not templates: `articles` is global data, and `layouts/article.njk` paginates
 * over it to make one page per article. `buildSite` (src/build.ts) loads and checks the articles
 * itself and hands them over; run on its own (e.g. with `--serve`), this file loads them from
 * `$SOURCED_ARTICLES` (default `articles`).
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { reporter } from "vfile-reporter";
import { formatDate, loadSite } from "./src/site.ts";

/** The site's name and one-line description, as global data `site`. */
const SITE = {
  name: "Sourced",
  description: "News articles annotated with their sources: every attributed statement is linked to who said it, and the figures each source gives are compared.",
};

/** Configure Eleventy for the sourced site. */
export default function (eleventyConfig: UserConfig) {
  // Data: the articles. `buildSite` adds them through the Eleventy constructor's `config` callback,
  // which runs before this file; only load them here when nobody did.
  eleventyConfig.addGlobalData("site", SITE);
  if (!eleventyConfig.globalData || !("articles" in eleventyConfig.globalData)) {
    const articlesDir = process.env.SOURCED_ARTICLES || "articles";
    eleventyConfig.addGlobalData("articles", async () => {
      const site = await loadSite(articlesDir);
      if (site.files.some((file) => file.messages.length > 0)) process.stderr.write(reporter(site.files, { quiet: true }) + "\n");
      if (site.failed) throw new Error(`Cannot build: errors in the articles in \`${articlesDir}\` (see above)`);
      return site.articles;
    });
    // Articles are not templates, so Eleventy would not watch them by itself.
    eleventyConfig.addWatchTarget(join(articlesDir, "*.md"));
  }

  // Plugins: every absolute URL (`/style.css`, `/<slug>/`) is put under the path prefix.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Passthrough copy: the stylesheet, next to the templates (relative paths are the project root's).
  eleventyConfig.addPassthroughCopy({ [relative(".", fileURLToPath(new URL("./layouts/style.css", import.meta.url)))]: "style.css" });

  // Filters
  eleventyConfig.addFilter("readableDate", formatDate);
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
