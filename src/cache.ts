/**
 * The build cache: what processing an article gave (its data and messages, and its HTML in a file beside
 * them), kept on disk so that a build only tags the articles that changed.
 *
 * An entry's key is a hash of the article's path and bytes (front matter included); entries live in a
 * folder named for a fingerprint of the tool itself (its version, its dependencies' lockfile and every
 * file under `src/`), so a result is never trusted across versions: opening the cache deletes the
 * folders of other fingerprints. The cache is only an accelerator: an entry that cannot be read is a
 * miss, one that cannot be written is skipped, and deleting the whole folder is always safe.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { ROOT } from "./root.ts";

/** Where the command line keeps the cache, relative to the working directory (git-ignored). */
export const DEFAULT_CACHE_DIR = ".cache/sourced";


/**
 * At or above this many files, `ArticleCache.writeAll` writes them on a thread of its own: a build of a
 * thousand articles writes two thousand files (about 0.3 ms each here, most of it in the kernel), which
 * then takes the core the page rendering leaves idle.
 */
export const WRITE_THREAD_FROM = 64;

/** A file for `ArticleCache.writeAll`: its path and its text, or a value written as JSON. */
export type CacheWrite = [path: string, content: string | { json: unknown }];

/** Hex digits of the fingerprint used as the folder name: 64 bits tell versions apart. */
const FINGERPRINT_LENGTH = 16;

/** Hash what decides an article's result besides its own bytes: the tool's version, its lockfile and its source files. */
export async function toolFingerprint(root: string = ROOT): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(join(root, "src"), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of [join(root, "package.json"), join(root, "package-lock.json"), ...names]) {
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(path);
    } catch {
      // A missing lockfile hashes as missing.
    }
    // The path (relative to the root) and the length delimit each file's bytes in the hash.
    hash.update(`${path.slice(root.length)}\0${bytes === null ? -1 : bytes.length}\0`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest("hex").slice(0, FINGERPRINT_LENGTH);
}

/** A folder of cached results for one fingerprint of the tool. */
export class ArticleCache {
  /** The folder holding this fingerprint's entries. */
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Open the cache under `root` for the current tool, removing entries made by other versions. */
  static async open(root: string, fingerprint?: string): Promise<ArticleCache> {
    const current = fingerprint ?? (await toolFingerprint());
    await mkdir(join(root, current), { recursive: true });
    const stale = (await readdir(root).catch(() => [])).filter((name) => name !== current && /^[0-9a-f]+$/.test(name));
    await Promise.all(stale.map((name) => rm(join(root, name), { recursive: true, force: true }).catch(() => undefined)));
    return new ArticleCache(join(root, current));
  }

  /** The key of an article: a hash of its path (messages and the default slug name it) and its bytes. */
  key(path: string, bytes: Uint8Array): string {
    return createHash("sha256").update(path).update("\0").update(bytes).digest("hex");
  }

  /** The value stored under `key`, or null when there is none or it cannot be read. */
  get<T>(key: string): T | null {
    try {
      // Synchronous: a build reads a thousand small entries, and through the thread pool each read is four
      // round trips (open, stat, read, close) that a busy machine makes wait; from the page cache a
      // synchronous read is a few microseconds.
      return JSON.parse(readFileSync(this.entryPath(key), "utf8")) as T;
    } catch {
      return null;
    }
  }

  /** Store `value` (plain JSON data) under `key`; written whole or not at all, never half. Resolve to whether it was written. */
  async set(key: string, value: unknown): Promise<boolean> {
    return writeFiles([[this.entryPath(key), { json: value }]], NODE_FS, process.pid) === 1;
  }

  /** The file of `key`'s entry (`set`). */
  entryPath(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /**
   * The file of the HTML stored beside `key`'s entry (`writeAll`): kept apart, as most of an entry's bytes,
   * so that a build reads it only for the pages it renders.
   */
  htmlPath(key: string): string {
    return join(this.dir, `${key}.html`);
  }

  /**
   * Write `files` (entries, `entryPath`, with their value as `{ json }`; HTML, `htmlPath`, as text) in order,
   * each whole or not at all, as `set` does; from `WRITE_THREAD_FROM` files on a thread of its own.
   * Resolve once they are written, or could not be (never reject: the cache is only an accelerator).
   */
  async writeAll(files: CacheWrite[]): Promise<void> {
    if (files.length < WRITE_THREAD_FROM) {
      writeFiles(files, NODE_FS, process.pid);
      return;
    }
    const code = `const { parentPort, workerData } = require("node:worker_threads");
const { writeFileSync, renameSync, rmSync } = require("node:fs");
(${writeFiles.toString()})(workerData.files, { writeFileSync, renameSync, rmSync }, workerData.pid);
parentPort.postMessage("done");`;
    try {
      await new Promise<void>((resolve) => {
        const worker = new Worker(code, { eval: true, workerData: { files, pid: process.pid } });
        worker.once("message", () => resolve());
        worker.once("error", () => resolve());
        worker.once("exit", () => resolve());
      });
    } catch {
      // No thread could be started: written here instead.
      writeFiles(files, NODE_FS, process.pid);
    }
  }
}

/** The file calls `writeFiles` makes: passed in, since the writing thread runs its source on its own. */
interface WriteCalls {
  writeFileSync: (path: string, text: string) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (path: string, options: { force: true }) => void;
}

const NODE_FS: WriteCalls = { writeFileSync, renameSync, rmSync };

/**
 * Write each file whole or not at all (a temporary file renamed into place); a file that cannot be written
 * is skipped. Return how many were written. Self-contained (it uses its arguments only): the writing thread
 * runs its source.
 */
function writeFiles(files: CacheWrite[], fs: WriteCalls, pid: number): number {
  let written = 0;
  for (const [path, content] of files) {
    const temp = `${path}.${pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.writeFileSync(temp, typeof content === "string" ? content : JSON.stringify(content.json));
      fs.renameSync(temp, path);
      written++;
    } catch {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // Left behind: a `.tmp` file is never read as an entry.
      }
    }
  }
  return written;
}
