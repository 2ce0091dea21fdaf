/**
 * The one place that decides the plugin order. The site, the CLI and the tests all call it,
 * so what is tested is what is published.
 */
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeSources } from "./rehype-sources.ts";
import { remarkAutolinkLiteralsWhereUsed } from "./remark-autolink-literals.ts";
import { remarkAttribution } from "./remark-attribution.ts";
import { remarkCheck } from "./remark-check.ts";
import { remarkNumbers } from "./remark-numbers.ts";
import { remarkOverrides, remarkUnwrapDirectives } from "./remark-overrides.ts";
import { remarkSentences } from "./remark-sentences.ts";
import type { ArticleMeta, RegistryEntry } from "./types.ts";

/** Options of `createProcessor`. */
export interface ProcessorOptions {
  /** The article's title, slug and date (the date gives the year of "September 17"). Default: none. */
  meta?: ArticleMeta;
  /** The front matter's `sources` registry. Default: none, sources are named from the text. */
  registry?: RegistryEntry[];
  /** The line of each registry entry, for messages. Default: line 1. */
  registryLines?: Record<string, number>;
}

/** Create the Markdown body -> tagged HTML processor; the tagged data lands on `file.data.sourced`. */
export function createProcessor(options: ProcessorOptions = {}) {
  const meta = options.meta ?? { title: "", slug: "article", date: null };
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkAutolinkLiteralsWhereUsed)
    .use(remarkSentences)
    .use(remarkOverrides)
    .use(remarkAttribution, { registry: options.registry ?? [], meta })
    .use(remarkNumbers, { date: meta.date })
    .use(remarkUnwrapDirectives)
    .use(remarkCheck, { registry: options.registry ?? [], registryLines: options.registryLines ?? {} })
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeSources)
    .use(rehypeStringify);
}
