/**
 * Find and read article files, trusting nothing about them: an articles folder may come from a pull
 * request. Only regular files are read; a symbolic link is followed only to a regular file inside the
 * articles folder; a FIFO, a device, a socket or a folder is an error and is never opened; a file larger
 * than the size limit is an error before a byte of it is read; the text must be UTF-8.
 *
 * The file operations on one article are synchronous: a build reads a thousand small files, and through
 * the thread pool each of the six steps (lstat, open, fstat, two reads, close) is a round trip that a busy
 * machine makes wait; synchronous, a regular file is read in a few tens of microseconds. Nothing here can
 * block: a FIFO is opened with O_NONBLOCK and never read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import type { Stats } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { VFile } from "vfile";

/** The largest article read, in bytes (10 MB): a long news article is under 100 KB; a 5 MB one builds in seconds. */
export const MAX_ARTICLE_BYTES = 10_000_000;

/** The file names that are articles: `.md` and `.markdown`, any case, not hidden. */
export const ARTICLE_NAME = /^[^.].*\.(?:md|markdown)$/i;

/** Options of `readArticle`. */
export interface ReadOptions {
  /** The folder a symbolic link must point inside. Default: the folder the article is in. */
  root?: string;
  /** The size limit in bytes. Default: `MAX_ARTICLE_BYTES`. */
  maxBytes?: number;
}

/** What `readArticle` gives: the text, or a file whose one error says why there is none. */
export type ReadResult = { text: string; file?: undefined } | { text?: undefined; file: VFile };

/** The articles of a folder (sorted paths) and the names of the other entries, which are not articles. */
export async function listArticles(dir: string): Promise<{ paths: string[]; ignored: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (cause) {
    throw new Error(`Cannot read articles folder \`${dir}\`: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  // Whether an entry is a regular file is `readArticle`'s to check: a FIFO named `x.md` is an error, not ignored.
  return { paths: names.filter((name) => ARTICLE_NAME.test(name)).map((name) => join(dir, name)), ignored: names.filter((name) => !ARTICLE_NAME.test(name)) };
}

/** A one-line note naming the entries of `dir` that are not articles, or null when there are none. */
export function describeIgnored(dir: string, ignored: string[]): string | null {
  if (ignored.length === 0) return null;
  const shown = ignored.slice(0, 10).map((name) => `\`${name}\``).join(", ");
  const more = ignored.length > 10 ? ` and ${ignored.length - 10} more` : "";
  return `ignored ${ignored.length} entr${ignored.length === 1 ? "y" : "ies"} of \`${dir}\` that ${ignored.length === 1 ? "is" : "are"} not an article (\`*.md\` or \`*.markdown\`, not hidden): ${shown}${more}`;
}

/**
 * Read an article as UTF-8: its text, or a file whose error says why not (not a regular file, a link
 * out of the folder, too large, or the line and column of the first invalid byte). Throw only on an I/O
 * error such as a missing file.
 */
export async function readArticle(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const target = regularTarget(path, options.root ?? dirname(path));
  if ("file" in target) return target;
  if (target.size > maxBytes) return refuse(path, `Article too large: ${formatBytes(target.size)}, expected at most ${formatBytes(maxBytes)} (the article size limit)`, "too-large");

  let bytes: Uint8Array;
  try {
    bytes = readAtMost(target.real, maxBytes + 1);
  } catch (cause) {
    throw new Error(`Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  if (bytes === NOT_REGULAR) return refuse(path, "Expected a regular file: it was replaced while being read", "not-regular-file");
  if (bytes.length > maxBytes) return refuse(path, `Article too large: more than ${formatBytes(maxBytes)} (the article size limit)`, "too-large");
  try {
    // `fatal`: invalid bytes throw instead of silently becoming U+FFFD; a leading BOM is dropped.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return refuse(path, `Invalid UTF-8 byte \`0x${hex}\`: expected a UTF-8 text file; save it as UTF-8`, "not-utf8", byteToPoint(bytes, offset));
  }
}

/** A file carrying one error about `path`, at `place` (default 1:1). */
function refuse(path: string, reason: string, ruleId: string, place = { line: 1, column: 1 }): { file: VFile } {
  const file = new VFile({ path });
  const message = file.message(reason, { place, ruleId, source: "sourced" });
  message.fatal = true;
  return { file };
}

/** What `stat` calls a file that is not a regular one, for messages. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/** The real path and size of the regular file `path` is or links to inside `root`, or a file saying why there is none. */
function regularTarget(path: string, root: string): { real: string; size: number } | { file: VFile } {
  let own: Stats;
  try {
    own = lstatSync(path);
  } catch (cause) {
    throw new Error(`Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  if (!own.isSymbolicLink()) {
    if (!own.isFile()) return refuse(path, `Expected a regular file, found ${kindOf(own)}: an article is a Markdown text file`, "not-regular-file");
    return { real: path, size: own.size };
  }
  const link = attempt(() => readlinkSync(path), "?");
  const target = attempt(() => realpathSync(path), null);
  if (target === null) return refuse(path, `Symbolic link \`${path}\` points to \`${link}\`, which does not exist`, "bad-symlink");
  const realRoot = attempt(() => realpathSync(root), root);
  const inside = target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  if (!inside) {
    return refuse(path, `Symbolic link \`${path}\` points to \`${target}\`, outside the articles folder \`${root}\`: expected a link to an article inside it`, "bad-symlink");
  }
  const stats = statSync(target);
  if (!stats.isFile()) {
    return refuse(path, `Symbolic link \`${path}\` points to \`${relative(realRoot, target)}\`, which is ${kindOf(stats)}: expected a link to a regular file`, "bad-symlink");
  }
  return { real: target, size: stats.size };
}

/** What `read()` gives, or `fallback` when it throws. */
function attempt<T, F>(read: () => T, fallback: F): T | F {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Returned by `readAtMost` when the path is no longer a regular file when opened. */
const NOT_REGULAR = new Uint8Array(0);

/** Read at most `limit` bytes of the regular file at `path`, or `NOT_REGULAR` if it is not one any more. */
function readAtMost(path: string, limit: number): Uint8Array {
  // O_NONBLOCK: should a FIFO have taken the file's place since `lstat`, opening it does not wait for a
  // writer; O_NOFOLLOW: nor is a link that has taken its place followed.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return NOT_REGULAR;
    const buffer = Buffer.alloc(Math.min(limit, stats.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Bytes for people: "12.5 MB" (decimal units, one decimal when under 100). */
function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 100 ? Number(value.toFixed(1)) : Math.round(value)} ${units[unit]}`;
}

/** The 1-based line and column of byte `offset`: lines end at LF, CRLF or a lone CR; columns count characters. */
function byteToPoint(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The ranges of the Unicode standard's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}
