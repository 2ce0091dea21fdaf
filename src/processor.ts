/**
 * The one place that decides the plugin order. The site, the CLI and the tests all call it,
 * so what is tested is what is published.
 */
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Processor } from "unified";
import { TAGGED_NODE_HANDLERS } from "./hast-tagged-nodes.ts";
import { rehypePageHtml } from "./rehype-page-html.ts";
import { rehypePageStringify } from "./rehype-page-stringify.ts";
import { rehypeFigureChart } from "./rehype-figure-chart.ts";
import { rehypeNoteStatements } from "./rehype-note-statements.ts";
import { rehypeReferenceRuns } from "./rehype-reference-runs.ts";
import { rehypeSidenotes } from "./rehype-sidenotes.ts";
import { rehypeSourceCards } from "./rehype-source-cards.ts";
import { rehypeSources } from "./rehype-sources.ts";
import { remarkAutolinkLiteralsWhereUsed } from "./remark-autolink-literals.ts";
import { remarkAttribution } from "./remark-attribution.ts";
import { remarkCheck } from "./remark-check.ts";
import { remarkComparison } from "./remark-comparison.ts";
import { remarkNestingLimit } from "./remark-nesting-limit.ts";
import { remarkNumbers } from "./remark-numbers.ts";
import { remarkOverrides, remarkRestoreNumericDirectives, remarkUnwrapDirectives } from "./remark-overrides.ts";
import { remarkSentences } from "./remark-sentences.ts";
import { remarkTextDirectives } from "./remark-text-directives.ts";
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

/** The extensions remark-gfm and remark-directive add (micromark, mdast-util-from-markdown and -to-markdown ones), made once per process. */
let syntax: Record<string, unknown[] | undefined> | null = null;

const SYNTAX_KEYS = ["micromarkExtensions", "fromMarkdownExtensions", "toMarkdownExtensions"];

/**
 * remark-gfm then remark-directive (text directives only at a word boundary: src/remark-text-directives.ts), sharing one set of their extensions between processors: the
 * extensions are stateless tables of constructs and handlers, but making them (combining micromark's
 * tables) cost as much as 0.06 ms per processor, and the site makes one processor per article.
 */
function remarkGfmAndDirective(this: Processor): undefined {
  const shared = (syntax ??= unified().use(remarkGfm).use(remarkTextDirectives).freeze().data() as Record<string, unknown[] | undefined>);
  const data = this.data() as Record<string, unknown[] | undefined>;
  for (const key of SYNTAX_KEYS) (data[key] ??= []).push(...(shared[key] ?? []));
  return undefined;
}

/** Create the Markdown body -> tagged HTML processor; the tagged data lands on `file.data.sourced`. */
export function createProcessor(options: ProcessorOptions = {}) {
  const meta = options.meta ?? { title: "", slug: "article", date: null };
  return unified()
    .use(remarkParse)
    .use(remarkNestingLimit)
    .use(remarkGfmAndDirective)
    .use(remarkAutolinkLiteralsWhereUsed)
    .use(remarkRestoreNumericDirectives)
    .use(remarkSentences)
    .use(remarkOverrides)
    .use(remarkAttribution, { registry: options.registry ?? [], meta })
    .use(remarkNumbers, { date: meta.date })
    .use(remarkUnwrapDirectives)
    .use(remarkComparison)
    .use(remarkCheck, { registry: options.registry ?? [], registryLines: options.registryLines ?? {} })
    .use(remarkRehype, { allowDangerousHtml: false, handlers: TAGGED_NODE_HANDLERS })
    .use(rehypePageHtml)
    .use(rehypeSources)
    .use(rehypeFigureChart)
    .use(rehypeReferenceRuns)
    .use(rehypeNoteStatements)
    .use(rehypeSourceCards)
    .use(rehypeSidenotes)
    .use(rehypePageStringify);
}
