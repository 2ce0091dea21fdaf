/**
 * Slugs: an article's URL segment, from its front matter's `slug` or its file name. Apart from the front
 * matter parser so that a build where nothing changed need not load it.
 */

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

/** The slug of an article without a `slug` key: its file name's, else `article`. */
export function defaultSlug(path: string | undefined): string {
  const baseName = (path ?? "article.md").split(/[\\/]/).pop()!.replace(/\.(md|markdown)$/i, "");
  return slugify(baseName) || "article";
}
