/**
 * The JavaScript dependencies that `bin/sourced.js` and the site's worker threads load natively, before
 * tsx registers its loader hooks: through the hooks, each module costs a round trip to the loader thread
 * in Node 20, and loading the unified stack that way takes about twice as long. The TypeScript modules
 * that import them later find them already loaded. A dependency missing here still works: it just loads
 * through the hooks. Plain JavaScript, so that it can itself be loaded before tsx.
 */

/** Package names to import before tsx's hooks, in any order. */
export const PRELOAD = [
  "gray-matter",
  "hast-util-to-html",
  "html-void-elements",
  "property-information",
  "remark-directive",
  "remark-gfm",
  "remark-parse",
  "remark-rehype",
  "unified",
  "unist-util-visit",
  "vfile",
  "vfile-reporter",
  "yaml",
];
