/**
 * Turn a PolNeAR article (plain text: the headline on the first line, then paragraphs) into the Markdown
 * that `sourced extract` reads, and map the tagger's sentences back to offsets in the original text.
 *
 * The headline becomes the front matter's `title`; each non-blank line after it becomes one Markdown
 * paragraph, trimmed, with every character that Markdown, GFM or directives could read as syntax
 * backslash-escaped, so that the paragraph's text (what the tagger sees) is the line itself.
 */
import type { Range } from "./brat.ts";

/** One Markdown paragraph and the line of the original text it came from. */
export interface ParagraphMap {
  /** 1-based line of the paragraph in the Markdown file. */
  line: number;
  /** The paragraph's text in the original, as UTF-16 offsets (trimmed of white space). */
  start: number;
  end: number;
}

/** An article converted to Markdown, with what is needed to map results back. */
export interface ConvertedArticle {
  markdown: string;
  /** The headline's range in the original text (the front matter title, not tagged). */
  headline: Range;
  paragraphs: ParagraphMap[];
}

/**
 * Characters escaped wherever they occur: inline syntax (emphasis, code, links, footnotes, HTML,
 * character references, strikethrough, table cells, directives) and the backslash itself.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>&~|:{}]/g;
/** A line start that Markdown reads as a block (heading, list, quote, thematic break, setext underline). */
const BLOCK_START = /^(#|[-+=]|\d{1,9}[.)])/;

/** Escape a line of plain text so that Markdown reads it back as the same text in one paragraph. */
export function escapeMarkdown(line: string): string {
  let out = line.replace(INLINE_SYNTAX, (ch) => `\\${ch}`);
  const block = BLOCK_START.exec(out);
  if (block) {
    const marker = block[1]!;
    // Escape the marker's punctuation: `\#`, `\-`, `1\.`.
    out = /^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}${out.slice(marker.length)}` : `\\${out}`;
  }
  return out;
}

/** Convert one article's text into Markdown with a minimal front matter (`title`, and `date` when known). */
export function convertArticle(text: string, options: { date?: string; fallbackTitle?: string } = {}): ConvertedArticle {
  const lineRanges: Range[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    lineRanges.push({ start: at, end: at + raw.length });
    at += raw.length + 1;
  }
  const trimmed = (r: Range): Range => {
    const slice = text.slice(r.start, r.end);
    const lead = slice.length - slice.trimStart().length;
    return { start: r.start + lead, end: r.start + lead + slice.trim().length };
  };
  const firstText = lineRanges.findIndex((r) => text.slice(r.start, r.end).trim() !== "");
  const headline = firstText < 0 ? { start: 0, end: 0 } : trimmed(lineRanges[firstText]!);
  const title = text.slice(headline.start, headline.end) || options.fallbackTitle || "Untitled";

  const out = ["---", `title: ${JSON.stringify(title)}`];
  if (options.date) out.push(`date: ${options.date}`);
  out.push("---");
  const paragraphs: ParagraphMap[] = [];
  for (const range of lineRanges.slice(firstText + 1)) {
    const r = trimmed(range);
    if (r.start === r.end) continue;
    out.push("");
    out.push(escapeMarkdown(text.slice(r.start, r.end)));
    paragraphs.push({ line: out.length, start: r.start, end: r.end });
  }
  return { markdown: out.join("\n") + "\n", headline, paragraphs };
}

/**
 * Find a tagged sentence in the original text: in the paragraph on Markdown line `line`, at or after
 * `from` when it occurs there (the same sentence can occur twice), ignoring differences of white space.
 * Returns null when the sentence is not in that paragraph.
 */
export function locateSentence(article: ConvertedArticle, text: string, line: number, sentence: string, from = 0): Range | null {
  const paragraph = article.paragraphs.find((p) => p.line === line);
  if (!paragraph) return null;
  // Squeeze white space out of both, keeping where each kept character sits in the original.
  const positions: number[] = [];
  let squeezed = "";
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    squeezed += ch;
    positions.push(i);
  }
  const needle = sentence.replace(/\s+/g, "");
  if (needle === "") return null;
  const fromSqueezed = positions.findIndex((p) => p >= from);
  let index = fromSqueezed < 0 ? -1 : squeezed.indexOf(needle, fromSqueezed);
  if (index < 0) index = squeezed.indexOf(needle);
  if (index < 0) return null;
  return { start: positions[index]!, end: positions[index + needle.length - 1]! + 1 };
}
