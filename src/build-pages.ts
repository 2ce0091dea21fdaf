/**
 * Builds that skip what did not change: an article's pages (`/<slug>/index.html`, `claims.json`,
 * `figures.csv`) are a function of its file (path and bytes), the tool, the templates and the site's
 * settings only, so a build renders the pages of the articles that changed and takes the others from the
 * previous build, as hard links (or copies) into the new folder; the home page, the feed and every other
 * page that lists articles are rendered every time.
 *
 * A manifest in the build cache (beside the tagging results, so never trusted across versions of the tool)
 * records, for one output folder, what each article's pages were made from and a stamp of each file
 * (inode, size, modification time). A page is kept only when its article's key, the render settings and
 * every file's stamp are unchanged: a page edited or deleted by hand, or a folder built by another
 * command, is rendered again. Without a cache, or without a manifest, every page is rendered.
 *
 * The file operations on pages are synchronous: a build checks, links and records thousands of small
 * files, and through the thread pool each is a round trip that a busy machine makes wait; synchronous, each
 * is a few microseconds.
 */
import { createHash } from "node:crypto";
import { type Dirent, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** What one article's pages were made from, and their files with their stamps. */
interface PageEntry {
  /** The article's cache key (a hash of its path and bytes). */
  key: string;
  /** Each file's path relative to the output folder (with `/`), and its stamp. */
  files: Record<string, string>;
}

/** The pages of one output folder, as the last build that wrote it left them. */
export interface PageManifest {
  /** The render settings' hash (`renderKey`): templates, configuration, path prefix, site settings. */
  render: string;
  /** Each article's pages, by slug. */
  pages: Record<string, PageEntry>;
  /**
   * The pages that list articles or belong to none (home page, feed, stylesheet, ...): what they were made
   * from (`siteKey`), and their files. Absent when not recorded.
   */
  site?: PageEntry;
  /** The stamp of each folder of the output holding a page, `.` for the output itself. Absent when not recorded. */
  folders?: Record<string, string>;
}

/** An article to be published: its slug and its cache key (null when not known: always rendered). */
export interface PageInput {
  slug: string;
  key: string | null;
}

/** What a build renders and what it keeps. */
export interface PagePlan {
  /** The slugs whose pages are rendered. */
  render: Set<string>;
  /** The pages kept from the previous build, by slug. */
  keep: Map<string, PageEntry>;
  /** The site's own pages (`PageManifest.site`) when they too are as the previous build left them, else null. */
  site: PageEntry | null;
  /** The previous build's folder stamps (`PageManifest.folders`), or null. */
  folders: Record<string, string> | null;
}

/** What the site's own pages are made from besides the render settings: every article's slug and key, in order. */
export function siteKey(articles: PageInput[]): string {
  return createHash("sha256").update(JSON.stringify(articles.map(({ slug, key }) => [slug, key]))).digest("hex");
}

/**
 * Hash what an article's pages depend on besides the article and the tool's source: every file of the
 * templates' folder, the Eleventy configuration, the path prefix and the site settings (`$SOURCED_SITE_URL`,
 * `$SOURCED_PDF`).
 */
export async function renderKey(root: string, pathPrefix: string): Promise<string> {
  const hash = createHash("sha256");
  const layouts = join(root, "layouts");
  const names = (await readdir(layouts, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of [join(root, ".eleventy.ts"), ...names]) {
    const bytes = readFileSync(path);
    hash.update(`${relative(root, path)}\0${bytes.length}\0`).update(bytes);
  }
  hash.update(JSON.stringify([pathPrefix, process.env.SOURCED_SITE_URL ?? "", process.env.SOURCED_PDF ?? ""]));
  return hash.digest("hex");
}

/** Where the manifest of the output folder `output` lives in the cache folder `cacheDir`. */
export function manifestPath(cacheDir: string, output: string): string {
  return join(cacheDir, `pages-${createHash("sha256").update(output).digest("hex").slice(0, 16)}.json`);
}

/** The manifest at `path`, or null when there is none or it cannot be read. */
export function readManifest(path: string): PageManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as PageManifest;
    return typeof manifest.render === "string" && typeof manifest.pages === "object" ? manifest : null;
  } catch {
    return null;
  }
}

/** Write the manifest whole or not at all; a manifest that cannot be written only means a full render next time. */
export async function writeManifest(path: string, manifest: PageManifest): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, JSON.stringify(manifest));
    await rename(temp, path);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** A file's stamp: inode, size and modification time; null when it is not a regular file. */
function stampOf(path: string): string | null {
  // Not `bigint`: a number holds an inode and a time to the microsecond, and is read faster.
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : null;
}

/**
 * A folder's stamp: inode and modification time; null when it is not a folder. Adding, removing or
 * renaming an entry changes a folder's modification time, so an unchanged stamp means the same entries.
 */
function folderStampOf(path: string): string | null {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats?.isDirectory() ? `${stats.ino}:${stats.mtimeMs}` : null;
}

/** The folders holding `files` (paths relative to the output, with `/`), and the output itself, `.`. */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>(["."]);
  for (const file of files) for (let dir = dirname(file); dir !== "." && !folders.has(dir); dir = dirname(dir)) folders.add(dir);
  return folders;
}

/** Stamp every folder of `output` that holds a page of `manifest`, once the output is in place: `PageManifest.folders`. */
export function recordFolders(output: string, manifest: PageManifest): PageManifest {
  if (!manifest.site) return manifest;
  const files = [...Object.values(manifest.pages), manifest.site].flatMap((entry) => Object.keys(entry.files));
  const folders: Record<string, string> = {};
  for (const folder of foldersOf(files)) {
    const stamp = folderStampOf(join(output, ...folder.split("/")));
    if (stamp === null) return manifest;
    folders[folder] = stamp;
  }
  return { ...manifest, folders };
}

/**
 * Decide which articles' pages to render: those the manifest of `output` does not describe as made from the
 * same article and render settings, with every file still as written.
 */
export function planPages(articles: PageInput[], manifest: PageManifest | null, render: string, output: string): PagePlan {
  const plan: PagePlan = { render: new Set(), keep: new Map(), site: null, folders: manifest?.folders ?? null };
  const usable = manifest !== null && manifest.render === render;
  const unchanged = (entry: PageEntry | undefined, key: string | null): entry is PageEntry =>
    entry?.key === key &&
    Object.keys(entry.files).length > 0 &&
    Object.entries(entry.files).every(([file, stamp]) => stampOf(join(output, ...file.split("/"))) === stamp);
  for (const { slug, key } of articles) {
    const entry = usable && key !== null && Object.hasOwn(manifest.pages, slug) ? manifest.pages[slug] : undefined;
    if (unchanged(entry, key)) plan.keep.set(slug, entry);
    else plan.render.add(slug);
  }
  const known = articles.every(({ key }) => key !== null);
  if (usable && known && unchanged(manifest.site, siteKey(articles))) plan.site = manifest.site;
  return plan;
}

/**
 * Whether `output` holds the previous build as the plan keeps it, whole and with nothing else: every page
 * kept, the site's own pages too, and no file or folder besides theirs. A build can then leave it as it is.
 */
export function unchangedOutput(plan: PagePlan, output: string): boolean {
  if (plan.render.size > 0 || plan.site === null || plan.folders === null) return false;
  // Every file kept was checked by its stamp; the folders that hold them, with an unchanged stamp each,
  // hold nothing else; and they are all the folders the previous build recorded.
  const folders = foldersOf([...plan.keep.values(), plan.site].flatMap((entry) => Object.keys(entry.files)));
  if (folders.size !== Object.keys(plan.folders).length) return false;
  for (const folder of folders) {
    const stamp = plan.folders[folder];
    if (stamp === undefined || folderStampOf(join(output, ...folder.split("/"))) !== stamp) return false;
  }
  return true;
}

/**
 * Put the kept pages of `output` into the folder being built, `temp`: a hard link each (the same file, so
 * its stamp stays), or a copy where linking fails. `placed` are the slugs whose pages an earlier call put
 * there already: those the plan keeps stay, the others are removed. Returns the slugs that could not be
 * kept, to render.
 */
export function keepPages(plan: PagePlan, output: string, temp: string, placed: ReadonlySet<string> = new Set()): string[] {
  const lost: string[] = [];
  const made = new Set<string>();
  for (const slug of placed) if (!plan.keep.has(slug)) rmSync(join(temp, slug), { recursive: true, force: true });
  for (const [slug, entry] of plan.keep) {
    if (placed.has(slug)) continue;
    try {
      for (const file of Object.keys(entry.files)) {
        const from = join(output, ...file.split("/"));
        const to = join(temp, ...file.split("/"));
        const dir = dirname(to);
        if (!made.has(dir)) mkdirSync(dir, { recursive: true });
        made.add(dir);
        try {
          linkSync(from, to);
        } catch {
          // Written over a page the spare site held (src/build-spare.ts), or copied where linking fails.
          rmSync(to, { force: true });
          try {
            linkSync(from, to);
          } catch {
            copyFileSync(from, to);
          }
        }
      }
    } catch {
      lost.push(slug);
    }
  }
  for (const slug of lost) {
    plan.keep.delete(slug);
    plan.render.add(slug);
    // Its folder is rendered afresh: no link may stay there, or rendering would write through it into the previous build.
    rmSync(join(temp, slug), { recursive: true, force: true });
  }
  return lost;
}

/** The files of the pages `plan` keeps, in the folder being built, `temp`: absolute paths. */
export function keptFiles(plan: PagePlan, temp: string): string[] {
  return [...plan.keep.values()].flatMap((entry) => Object.keys(entry.files).map((file) => join(temp, ...file.split("/"))));
}

/** Record the site's own pages: every file of `temp` outside the articles' folders, with its stamp. */
export function recordSite(temp: string, articles: PageInput[]): PageEntry | null {
  if (articles.some(({ key }) => key === null)) return null;
  const slugs = new Set(articles.map(({ slug }) => slug));
  const files: Record<string, string> = {};
  const record = (path: string) => {
    const stamp = stampOf(path);
    if (stamp) files[relative(temp, path).split(sep).join("/")] = stamp;
  };
  for (const entry of readdirSync(temp, { withFileTypes: true })) {
    if (slugs.has(entry.name)) continue;
    const path = join(temp, entry.name);
    if (entry.isFile()) record(path);
    else if (entry.isDirectory()) for (const inner of readdirSync(path, { recursive: true, withFileTypes: true })) if (inner.isFile()) record(join(inner.parentPath, inner.name));
  }
  return { key: siteKey(articles), files };
}

/** Record the files of each rendered article's folder, `temp/<slug>/`, with their stamps. */
export function recordPages(temp: string, articles: PageInput[], plan: PagePlan): Record<string, PageEntry> {
  const pages: Record<string, PageEntry> = {};
  for (const { slug, key } of articles) {
    if (key === null) continue;
    const kept = plan.keep.get(slug);
    if (kept) {
      pages[slug] = kept;
      continue;
    }
    const files: Record<string, string> = {};
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(join(temp, slug), { recursive: true, withFileTypes: true });
    } catch {
      // No pages (a template may have none for this article).
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const stamp = stampOf(path);
      if (stamp) files[relative(temp, path).split(sep).join("/")] = stamp;
    }
    pages[slug] = { key, files };
  }
  return pages;
}
