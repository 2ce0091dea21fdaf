/**
 * The spare site: the site a build replaced, kept beside the output (`.<output>-spare`) for the next build
 * to write over, instead of writing a new folder and removing the old one.
 *
 * Writing over a file, or over a kept page's hard link, keeps the folders and files' inodes; a new folder
 * makes one inode a page and a folder, and removing the old one frees as many (about 4,000 for a
 * 1,000-article site, 1,000 folders for a build that keeps every page but one). Freeing and making thousands of inodes costs the kernel
 * more than writing over as many files, and on ext4 without a journal much more: for minutes after, it
 * allocates each new inode by stepping over every recently freed one in its group, so a build made soon
 * after another spent seconds in the kernel creating its files.
 *
 * The spare is never trusted: before a build writes over it, every entry of it that is not a folder or a
 * file of its own is removed (a kept page is a hard link shared with the site in place, and writing
 * through it would change the published site before the swap; a symbolic link could point anywhere), and
 * after the pages are written, every file the build did not write is removed. Deleting it is always safe.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { dataFilesOf } from "./eleventy-data-files.ts";

/** The folder a build writes the new site into (`path`): the spare taken over when there is one, else a new one. */
export class BuildFolder {
  readonly path: string;
  #spare: string;
  /** Whether the folder is the spare taken over; null until it is made. */
  #recycled: boolean | null = null;

  constructor(path: string, spare: string) {
    this.path = path;
    this.#spare = spare;
  }

  /** Make the folder, once: the spare, ready to be written over, when there is one; else an empty folder. */
  make(): void {
    if (this.#recycled !== null) return;
    this.#recycled = takeSpare(this.#spare, this.path);
    if (!this.#recycled) mkdirSync(this.path, { recursive: true });
  }

  /** Once the pages are in: remove what the spare held that the build neither wrote nor kept (`files`, absolute paths). */
  finish(files: ReadonlySet<string>): void {
    if (this.#recycled) removeUnwritten(this.path, files);
  }

  /** Give the folder up (a failed build, or one with nothing to write): back to being the spare when it was one, else removed. */
  async discard(): Promise<void> {
    if (this.#recycled && keepAsSpare(this.path, this.#spare)) return;
    await rm(this.path, { recursive: true, force: true });
  }
}

/** The spare of the output whose hidden sibling folders start with `prefix` (see `siblingNames` in src/build.ts). */
export function sparePath(prefix: string): string {
  return `${prefix}spare`;
}

/**
 * Make the spare the folder a build writes into, `temp` (which must not exist, or be empty), ready to be
 * written over: true when it is; false when there is no spare (or it could not be made ready, and is gone).
 */
export function takeSpare(spare: string, temp: string): boolean {
  try {
    rmdirSync(temp);
  } catch {
    // Not there (or not empty: the rename below then fails, and a fresh folder is used).
  }
  try {
    // One rename: of two builds at once, one takes the spare, the other writes a fresh folder.
    renameSync(spare, temp);
  } catch {
    return false;
  }
  try {
    removeShared(temp);
    return true;
  } catch {
    rmSync(temp, { recursive: true, force: true });
    return false;
  }
}

/** Remove from `dir`, at any depth, every entry that is neither a folder nor a file with no other link. */
function removeShared(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeShared(path);
    else if (!entry.isFile() || lstatSync(path).nlink !== 1) unlinkSync(path);
  }
}

/**
 * Remove from `temp`, taken from the spare, every file the build did not write (`written`, absolute paths)
 * and every folder left empty: the pages of articles gone since, or anything else the spare held.
 */
export function removeUnwritten(temp: string, written: ReadonlySet<string>): void {
  const sweep = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (!entry.isDirectory()) {
        if (!written.has(path)) unlinkSync(path);
        continue;
      }
      sweep(path);
      try {
        rmdirSync(path);
      } catch {
        // Not empty: it holds a page.
      }
    }
  };
  sweep(temp);
}

/**
 * The files Eleventy's `write()` reports it wrote (`[passthroughCopies, templates]`): each template page's
 * `outputPath`, the data files beside each article page (src/eleventy-data-files.ts), and each passthrough
 * copy's destinations, as absolute paths.
 */
export function writtenFiles(results: unknown): Set<string> {
  const written = new Set<string>();
  const [copies, pages] = Array.isArray(results) ? results : [[], []];
  const templates = [pages].flat(Infinity) as Array<{ outputPath?: unknown }>;
  for (const page of templates) if (typeof page?.outputPath === "string") written.add(resolve(page.outputPath));
  for (const file of dataFilesOf(templates)) written.add(file);
  for (const copy of [copies].flat(Infinity) as Array<{ map?: Record<string, unknown> }>) {
    for (const destination of Object.values(copy?.map ?? {})) if (typeof destination === "string") written.add(resolve(destination));
  }
  return written;
}

/** Keep `old`, the site just replaced, as the spare when there is none: true when it is now the spare. */
export function keepAsSpare(old: string, spare: string): boolean {
  try {
    // Fails when a spare is there already (a folder that is not empty is never replaced by a rename).
    renameSync(old, spare);
    return true;
  } catch {
    return false;
  }
}
