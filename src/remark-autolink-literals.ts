/**
 * GFM's autolink literals (`www.example.com`, `https://example.com`, `user@example.com` written as plain
 * text) cost more to parse than the rest of GFM together: micromark tries an email autolink at every
 * letter and digit of the prose, which makes parsing about twice as slow. A document that cannot hold one
 * is parsed without that one extension, and so comes out exactly the same, only faster.
 *
 * Every autolink literal needs `@` (emails, `mailto:`, `xmpp:`), `www` or `http` in its text; text
 * holds such characters only where the Markdown source has them or a character reference (`&...;`)
 * makes them. So a source with no `@`, `&`, `www` or `http` (in any case) has no autolink literal.
 * Tables, strikethrough, footnotes and task lists are parsed as always.
 *
 * Use right after remark-parse, remark-gfm and remark-directive: it wraps the parser they set up.
 */
import type { Data, Processor } from "unified";

type MicromarkExtension = NonNullable<Data["micromarkExtensions"]>[number];
type FromMarkdownExtensions = NonNullable<Data["fromMarkdownExtensions"]>;

/** What a Markdown source needs for any autolink literal to be possible. */
const MAY_HOLD_AUTOLINK_LITERAL = /[@&]|www|http/i;

/** The constructs of micromark-extension-gfm-autolink-literal, by name. */
const AUTOLINK_LITERAL_CONSTRUCTS = new Set(["wwwAutolink", "protocolAutolink", "emailAutolink"]);

/** The fields of a micromark extension that map character codes to constructs. */
const CONSTRUCT_FIELDS = new Set(["contentInitial", "document", "flowInitial", "flow", "string", "text"]);

const leanSyntax = new WeakMap<MicromarkExtension, MicromarkExtension>();

/** A micromark extension without the autolink literal constructs (the same object when it has none). */
function withoutLiteralSyntax(extension: MicromarkExtension): MicromarkExtension {
  let lean = leanSyntax.get(extension);
  if (lean !== undefined) return lean;
  let changed = false;
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(extension)) {
    if (!CONSTRUCT_FIELDS.has(field) || value === undefined || value === null) {
      copy[field] = value;
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(value as Record<string, unknown>)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]) as Array<{ name?: string }>;
      const kept = list.filter((construct) => !AUTOLINK_LITERAL_CONSTRUCTS.has(construct?.name ?? ""));
      if (kept.length !== list.length) changed = true;
      if (kept.length > 0) record[code] = Array.isArray(constructs) ? kept : kept[0];
    }
    copy[field] = record;
  }
  lean = changed ? (copy as MicromarkExtension) : extension;
  leanSyntax.set(extension, lean);
  return lean;
}

/** Whether an mdast-util-from-markdown extension is the autolink literal one (it turns `literalAutolink` tokens into links). */
function isLiteralFromMarkdown(extension: unknown): boolean {
  const enter = (extension as { enter?: Record<string, unknown> } | null)?.enter;
  return enter !== undefined && "literalAutolink" in enter;
}

function withoutLiteralFromMarkdown(extensions: FromMarkdownExtensions): FromMarkdownExtensions {
  return extensions.map((item) => (Array.isArray(item) ? item.filter((extension) => !isLiteralFromMarkdown(extension)) : item)).filter((item) => !isLiteralFromMarkdown(item));
}

/** Parse documents that cannot hold an autolink literal without GFM's autolink literal extension. */
export function remarkAutolinkLiteralsWhereUsed(this: Processor): undefined {
  const self = this;
  const parse = self.parser;
  if (!parse) throw new Error("remarkAutolinkLiteralsWhereUsed: expected remark-parse before it");
  self.parser = (document, file) => {
    if (MAY_HOLD_AUTOLINK_LITERAL.test(document)) return parse(document, file);
    // remark-parse reads the extensions at each parse: hand it the lean lists for this one document.
    const data = self.data();
    const { micromarkExtensions, fromMarkdownExtensions } = data;
    data.micromarkExtensions = micromarkExtensions?.map(withoutLiteralSyntax);
    data.fromMarkdownExtensions = fromMarkdownExtensions && withoutLiteralFromMarkdown(fromMarkdownExtensions);
    try {
      return parse(document, file);
    } finally {
      data.micromarkExtensions = micromarkExtensions;
      data.fromMarkdownExtensions = fromMarkdownExtensions;
    }
  };
  return undefined;
}
