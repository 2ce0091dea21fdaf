/**
 * The programmatic API that the CLI, the Eleventy build and the tests share.
 */
import type { VFile } from "vfile";
import { parseArticle, type FrontMatter } from "./frontmatter.ts";
import { createProcessor } from "./processor.ts";
import type { ArticleData } from "./types.ts";
import { addMessage } from "./message.ts";

export { createProcessor, type ProcessorOptions } from "./processor.ts";
export { parseArticle, slugify, type FrontMatter, type ParsedArticle } from "./frontmatter.ts";
export { FRONT_MATTER_FIELDS, SOURCE_FIELDS, type FrontMatterField, type SourceField } from "./frontmatter-schema.ts";
export type * from "./types.ts";

/** One article, processed: its page HTML, its data and every message about it. */
export interface ProcessedArticle {
  /** The file, carrying every message (front matter and tagging); `fatal` ones are errors. */
  file: VFile;
  frontMatter: FrontMatter;
  /** The article body's HTML (tagged prose, comparison table, sources section). */
  html: string;
  data: ArticleData;
  /** True when an error stopped processing: `html` is empty and `data` has no tags. */
  failed: boolean;
}

/** Process one article's text (front matter and Markdown) into HTML and tagged data. */
export async function processArticle(text: string, path?: string): Promise<ProcessedArticle> {
  const parsed = parseArticle(text, path);
  const { file, frontMatter } = parsed;
  const empty: ArticleData = { article: frontMatter.meta, sources: [], attributions: [], figures: [], numbers: [], comparison: [] };
  if (parsed.failed) return { file, frontMatter, html: "", data: empty, failed: true };

  const processor = createProcessor({
    meta: frontMatter.meta,
    registry: frontMatter.registry,
    registryLines: frontMatter.registryLines,
  });
  // Process the body in the file that carries the front matter messages, so all messages stay together.
  file.value = parsed.body;
  try {
    const result = await processor.process(file);
    return { file, frontMatter, html: String(result), data: file.data.sourced ?? empty, failed: hasErrors(file) };
  } catch (error) {
    // `file.fail` throws after recording a fatal message; anything else is a bug worth a place too.
    if (!file.messages.some((m) => m.fatal)) {
      // A call stack overflow that the nesting limit (src/remark-nesting-limit.ts) did not prevent still gets a place.
      const tooDeep = error instanceof RangeError && /call stack/i.test(error.message);
      const reason = tooDeep ? "Nesting too deep to process: expected lists, quotes or emphasis nested a few levels deep" : `Cannot process article: ${(error as Error).message}`;
      addMessage(file, reason, { place: { line: 1, column: 1 }, ruleId: tooDeep ? "too-deep" : "internal", fatal: true });
    }
    return { file, frontMatter, html: "", data: empty, failed: true };
  } finally {
    file.value = text;
  }
}

/** Whether any message on the file is an error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

/** Throw the first error on a processed article, as a readable message naming file and line. */
function assertOk(article: ProcessedArticle): void {
  const error = article.file.messages.find((m) => m.fatal);
  if (article.failed) {
    const where = `${article.file.path ?? "article"}:${error?.line ?? 1}:${error?.column ?? 1}`;
    throw new Error(`${where}: ${error?.reason ?? "article failed"}`);
  }
}

/** Return the article's tagged data (the JSON `sourced extract` prints). */
export async function extract(text: string, path?: string): Promise<ArticleData> {
  const article = await processArticle(text, path);
  assertOk(article);
  return article.data;
}

/** Return the article body's tagged HTML, before templates. */
export async function render(text: string, path?: string): Promise<string> {
  const article = await processArticle(text, path);
  assertOk(article);
  return article.html;
}
