/**
 * Tag attributed sentences with their source.
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { ArticleMeta, RegistryEntry } from "./types.ts";
import "./mdast.ts";

/** Options of `remarkAttribution`. */
export interface AttributionOptions {
  /** Canonical sources and their aliases. Default: none. */
  registry?: RegistryEntry[];
  /** The article's title, slug and date. */
  meta?: ArticleMeta;
}

/** Find attributed statements and resolve their sources (placeholder until the tagger lands). */
export const remarkAttribution: Plugin<[AttributionOptions?], Root> = function (options = {}) {
  const meta = options.meta ?? { title: "", slug: "article", date: null };
  return (_tree, file) => {
    file.data.sourced = { article: meta, sources: [], attributions: [], figures: [], numbers: [] };
  };
};
