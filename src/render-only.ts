/**
 * Render the pages of some articles only: a build renders those of the articles that changed and keeps the
 * others (src/build.ts), the preview renders those of the article just saved (.eleventy.ts).
 */
import type { SiteArticle } from "./site.ts";

/** What `renderOnly` needs of Eleventy's configuration API. */
export interface EleventyConfig {
  addGlobalData: (name: string, data: unknown) => unknown;
  addPreprocessor: (name: string, extensions: string, callback: (data: Record<string, unknown>, content: string) => unknown) => unknown;
}

/**
 * Render each per-article template (paginated over `articles`, one article a page) only for the slugs
 * `slugs()` gives when Eleventy paginates (all of them when it gives null), through pagination's `before`
 * filter; templates that list the articles still see them all.
 */
export function renderOnly(eleventyConfig: EleventyConfig, slugs: () => Set<string> | null): void {
  eleventyConfig.addPreprocessor("sourced-changed-pages", "njk", (data) => {
    const pagination = data.pagination as { data?: unknown; size?: unknown; before?: unknown } | undefined;
    if (pagination?.data !== "articles" || pagination.size !== 1) return undefined;
    const before = typeof pagination.before === "function" ? (pagination.before as (items: unknown[], data: unknown) => unknown[]) : null;
    data.pagination = {
      ...pagination,
      before(this: unknown, items: SiteArticle[], all: unknown) {
        const only = slugs();
        const mine = only ? items.filter((article) => only.has(article.slug)) : items;
        return before ? before.call(this, mine, all) : mine;
      },
    };
    return undefined;
  });
}
