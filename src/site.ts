/**
 * Load every article of a folder for the site: process each one, check the set as a whole
 * (slugs must be unique) and shape what the templates need.
 *
 * Tagging is the costly part of a build and each article is tagged on its own, so a large folder is
 * shared out between this thread and worker threads (one per spare core); the result is the same.
 */
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { VFile } from "vfile";
import type { Point, Position } from "unist";
import { ArticleCache, type CacheWrite } from "./cache.ts";
import { PRELOAD } from "./preload.js";
import type { ProcessedArticle } from "./index.ts";
import { listArticles, MAX_ARTICLE_BYTES, readArticle, type ReadOptions } from "./read-article.ts";
import type { ArticleData } from "./types.ts";
import { isSafeUrl } from "./url.ts";
import { addMessage, lineStart, withoutStackTrace } from "./message.ts";
import { defaultSlug } from "./slug.ts";
import { COMPILED } from "./root.ts";

/** One article, as the templates see it. */
export interface SiteArticle {
  /** The Markdown file it came from. */
  path: string;
  /** The page's URL segment: the page is `/<slug>/`. */
  slug: string;
  title: string;
  /** ISO date (YYYY-MM-DD), or null. */
  date: string | null;
  /** The BCP 47 language tag of the page. */
  lang: string;
  /** A one-line summary for the description meta. */
  description: string;
  byline: string | null;
  publisher: string | null;
  license: string | null;
  /** A note on what part of the original is reproduced. */
  excerpt: string | null;
  /** Where the original was published; only ever an http(s) URL. */
  sourceUrl: string | null;
  /** Where this copy was taken from; only ever an http(s) URL. */
  retrievedFrom: string | null;
  /** The pipeline's body HTML: the one string templates output unescaped. */
  html: string;
  data: ArticleData;
  counts: { statements: number; figures: number; sources: number };
  /** The counts in words, e.g. "18 attributed statements, 4 figures". */
  summary: string;
  /** The outcomes whose figures the sources dispute, e.g. "Killed: 62–83" (src/disputes.ts), for the home page. */
  disputed: string[];
}

/** An article as the home page and the feed list it: all but its path, HTML and data (the build cache keeps it in its index). */
export type Listing = Omit<SiteArticle, "path" | "html" | "data">;

/** What became of one article file: its page, or the messages saying why it has none. */
export interface ArticleOutcome {
  /** The Markdown file. */
  path: string;
  /**
   * The page's URL segment: from the front matter's `slug`, else the file name; for an article with errors,
   * the page it would have (the file name's for a file that could not be read as text).
   */
  slug: string;
  /** The file, carrying every message about the article; `fatal` ones are errors. */
  file: VFile;
  /** The article as the templates see it, or null when it has an error (its own, or a duplicate slug). */
  article: SiteArticle | null;
  /** A hash of the file's path and bytes (the build cache's key), or null when no cache was used. */
  key: string | null;
  /** True when it came from the memo or the cache, false when it was read and processed by this load. */
  reused: boolean;
}

/** Every article of a folder, with every message about them. */
export interface LoadedSite {
  /** The articles, newest first (date descending, then slug); empty when `failed`: a build is all or nothing. */
  articles: SiteArticle[];
  /** Every article file's outcome, good or failed, in file-name order. */
  outcomes: ArticleOutcome[];
  /** One file per article, in file-name order, carrying its messages (the outcomes' files). */
  files: VFile[];
  /** True when any article has an error: the site must not be built. */
  failed: boolean;
  /** The names of the folder's entries that are not articles (not `*.md` or `*.markdown`, or hidden). */
  ignored: string[];
  /** How many articles came from the cache (or the memo) instead of being read and processed again. */
  reused: number;
  /** Resolves once the cache holds what this load processed: at once, unless `storeLater` was given. */
  stored: Promise<void>;
}

/** Options of `loadSite`. */
export interface LoadOptions {
  /**
   * Worker threads that tag articles alongside this thread. Default: one per spare core (at most 7)
   * when there are at least `PARALLEL_FROM` articles, else none.
   */
  threads?: number;
  /** The size limit of one article in bytes. Default: `MAX_ARTICLE_BYTES` (src/read-article.ts). */
  maxBytes?: number;
  /**
   * The build cache, or its folder (see src/cache.ts): articles whose bytes and tool are unchanged are not
   * processed again. Default: none, every article is processed.
   */
  cache?: string | ArticleCache | null;
  /**
   * Outcomes kept in memory from earlier loads (the preview's): a file whose inode, size and times are
   * unchanged is neither read nor processed again. Default: none.
   */
  memo?: ArticleMemo | null;
  /**
   * Called once the articles to process are known and their processing has started (not when there are
   * none), with their number and the slug and cache key of each article reused from the cache: a build
   * loads Eleventy and puts the reused articles' pages in place meanwhile.
   */
  onProcess?: (count: number, reused: Array<{ slug: string; key: string }>) => void;
  /**
   * Let the cache be written after the load resolves (see `LoadedSite.stored`), on a thread of its own when
   * there is much to write, while the caller renders. Default: false, the cache is written first.
   */
  storeLater?: boolean;
}

/**
 * Outcomes kept in memory between loads of a folder, by path and file stamp (inode, size, modification and
 * change times in nanoseconds): the preview reloads the folder on every save, and only the saved file changed.
 */
export class ArticleMemo {
  #entries = new Map<string, { stamp: string; key: string | null; wire: WireOutcome }>();

  /**
   * The outcome kept for `path` when its stamp is still `stamp`. A file changed within `RECENT_MS` of `now`
   * could have been saved again without its stamp moving, so it is read, and its outcome kept only when
   * the text is the one processed.
   */
  get(path: string, stamp: FileStamp, now: number): { key: string | null; outcome: Outcome } | null {
    const entry = this.#entries.get(path);
    if (entry?.stamp !== stamp.id || "error" in entry.wire) return null;
    if (stamp.changedMs >= now - RECENT_MS && !("text" in entry.wire && entry.wire.text === readText(path))) return null;
    // Rebuilt from its wire form each time: a load adds messages (a duplicate slug) to its own copy only.
    return { key: entry.key, outcome: fromWire(entry.wire) };
  }

  /** Keep `outcome` for `path` as of `stamp`. */
  set(path: string, stamp: FileStamp, key: string | null, outcome: Outcome): void {
    this.#entries.set(path, { stamp: stamp.id, key, wire: toWire(outcome) });
  }

  /** Forget every path not in `paths` (deleted or renamed articles). */
  keepOnly(paths: string[]): void {
    const keep = new Set(paths);
    for (const path of this.#entries.keys()) if (!keep.has(path)) this.#entries.delete(path);
  }
}

/**
 * A regular file's stamp, for the memo and the cache's index. A file whose stamp is the one kept has the bytes
 * that were read then (writing a file changes its change time), unless it changed within `RECENT_MS`.
 */
interface FileStamp {
  /** Inode, size, modification and change times in nanoseconds. */
  id: string;
  size: number;
  /** The later of its modification and change times, in milliseconds. */
  changedMs: number;
}

/** The stamp of the file at `path`, or null when it is not a regular file (or cannot be read). */
function stampOf(path: string): FileStamp | null {
  try {
    const stats = lstatSync(path, { bigint: true });
    if (!stats.isFile()) return null;
    const changedMs = Number(stats.mtimeMs > stats.ctimeMs ? stats.mtimeMs : stats.ctimeMs);
    return { id: `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`, size: Number(stats.size), changedMs };
  } catch {
    return null;
  }
}

/** The text of the file at `path` as an article's text is read (UTF-8), or null when it cannot be read. */
function readText(path: string): string | null {
  try {
    return new TextDecoder().decode(readFileSync(path));
  } catch {
    return null;
  }
}

/**
 * Read and process every article (`*.md` or `*.markdown`, see `listArticles`) in `dir`; throw when the
 * folder cannot be read or holds no articles. Every article's outcome is returned, good or failed; the
 * site's `articles` only when all of them are good.
 */
export async function loadSite(dir: string, options: LoadOptions = {}): Promise<LoadedSite> {
  const { paths, ignored } = await listArticles(dir);
  if (paths.length === 0) {
    throw new Error(`No articles in \`${dir}\`: expected Markdown files (\`*.md\` or \`*.markdown\`) with front matter`);
  }

  const { outcomes: processed, keys, reused, missing, stored } = await processCached(paths, options, { root: dir, maxBytes: options.maxBytes });
  const processedNow = new Set(missing);
  const outcomes: ArticleOutcome[] = [];
  const slugs = new Map<string, string>();
  for (const [index, path] of paths.entries()) {
    const outcome = processed[index]!;
    const key = keys[index] ?? null;
    const reused = !processedNow.has(index);
    if (outcome.unreadable) {
      outcomes.push({ path, slug: defaultSlug(path), file: outcome.unreadable, article: null, key, reused });
      continue;
    }
    const { file, slug } = outcome;
    const other = slugs.get(slug);
    if (other !== undefined) {
      addMessage(
        file,
        `Duplicate slug \`${slug}\`: \`${other}\` and \`${path}\` would both be \`/${slug}/\`; give one a different \`slug\` in its front matter`,
        { place: lineStart(outcome.slugLine ?? 1), ruleId: "duplicate-slug", fatal: true },
      );
      outcomes.push({ path, slug, file, article: null, key, reused });
      continue;
    }
    slugs.set(slug, path);
    const { listing } = outcome;
    const article = listing && !outcome.failed ? toSiteArticle(path, { ...outcome, listing }) : null;
    outcomes.push({ path, slug, file, article, key, reused });
  }

  const failed = outcomes.some((outcome) => outcome.article === null);
  const files = outcomes.map((outcome) => outcome.file);
  const articles = failed ? [] : sortArticles(outcomes.flatMap((outcome) => (outcome.article ? [outcome.article] : [])));
  return { articles, outcomes, files, failed, ignored, reused, stored };
}

/** Order articles as the site lists them: newest first (date descending), then by slug. */
export function sortArticles(articles: SiteArticle[]): SiteArticle[] {
  return [...articles].sort((a, b) => compareDates(b.date, a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** What reading and processing one article gave: the article and its listing, or a file saying why it is not UTF-8 text. */
type Outcome = { text: string; processed: ProcessedArticle; listing: Listing | null; unreadable?: undefined } | { unreadable: VFile };

/** One article as `loadSite` needs it: its messages, slug and listing; its data and HTML are read when a page asks for them. */
interface Loaded {
  file: VFile;
  slug: string;
  /** The line of the front matter's `slug` key, for a duplicate's message. */
  slugLine: number | undefined;
  failed: boolean;
  /** Null when the article has errors. */
  listing: Listing | null;
  data: () => ArticleData;
  html: () => string;
  unreadable?: undefined;
}

/**
 * At or above this many articles, `loadSite` shares them out with worker threads, this thread taking its
 * share. Through tsx starting one costs ~0.7 s, so fewer articles are processed on this thread; compiled
 * (src/root.ts), a worker starts in a few milliseconds, and fewer articles go to a worker alone, leaving
 * this thread free for what the caller does meanwhile (a build loads Eleventy, see `onProcess`).
 */
export const PARALLEL_FROM = 128;

const WORKER_ROLE = "sourced-site-worker";

/** Articles handed to a worker at once (see `processAll`). */
const WORKER_LANES = 4;

/** Worker threads for `count` articles to process: `threads` when given, else one per spare core (at most 7) from `PARALLEL_FROM` articles. */
function threadsFor(count: number, threads: number | undefined): number {
  const spare = Math.max(0, Math.min(availableParallelism() - 1, 7, count));
  return threads ?? (count >= PARALLEL_FROM || COMPILED ? spare : 0);
}

/** What the cache keeps of an article besides its HTML: everything a build needs when none of its pages is rendered. */
interface CachedSummary {
  file: WireFile;
  slug: string;
  slugLine: number | undefined;
  failed: boolean;
  listing: Listing | null;
}

/** An article's entry in the cache (`<key>.json`; its HTML is `<key>.html`, see `ArticleCache.htmlPath`). */
interface CachedOutcome {
  path: string;
  summary: CachedSummary;
  data: ArticleData;
}

/**
 * The cache's index: the summary of every article of the last load, in one file, so that a build where
 * nothing changed reads one file rather than one per article; an article's data is read from its own
 * entry only when one of its pages is rendered.
 */
type CacheIndex = Record<string, IndexEntry>;

/** An article in the cache's index: its path, its file's stamp when it was hashed (`FileStamp.id`), its summary. */
interface IndexEntry {
  path: string;
  stamp?: string;
  summary: CachedSummary;
}

/**
 * A file changed less than this long before a load is hashed again at the next one rather than known by
 * its stamp: file times move in steps of a few milliseconds, so a second save of the same size right after
 * the first could leave the stamp as it was (git's "racily clean" entries).
 */
const RECENT_MS = 2000;

const INDEX_KEY = "index";

/** An article that was read and processed, as `loadSite` needs it. */
function loadedOf(outcome: Exclude<Outcome, { unreadable: VFile }>): Loaded {
  const { processed } = outcome;
  return {
    file: processed.file,
    slug: processed.frontMatter.meta.slug,
    slugLine: processed.frontMatter.keyLines.slug,
    failed: processed.failed,
    listing: outcome.listing,
    data: () => processed.data,
    html: () => processed.html,
  };
}

/** An article from the cache: its text, data and HTML read from the files when first asked for. */
function loadedFromCache(cache: ArticleCache, key: string, path: string, bytes: Buffer | null, summary: CachedSummary, entry: CachedOutcome | null): Loaded {
  let data: ArticleData | null = entry?.data ?? null;
  let html: string | null = null;
  const file = fromWireFile(summary.file);
  // The text is not stored twice: it is the article's bytes (valid UTF-8, or they would not be cached),
  // read when asked for if they were not read to be hashed.
  let text: string | null = bytes ? new TextDecoder().decode(bytes) : null;
  Object.defineProperty(file, "value", {
    configurable: true,
    enumerable: true,
    get: () => (text ??= readCached(path, path, (value) => value)),
    set: (value: string) => {
      text = value;
    },
  });
  return {
    file,
    slug: summary.slug,
    slugLine: summary.slugLine,
    failed: summary.failed,
    listing: summary.listing,
    data: () => (data ??= readCached(cache.entryPath(key), path, (json) => (JSON.parse(json) as CachedOutcome).data)),
    html: () => (html ??= readCached(cache.htmlPath(key), path, (text) => text)),
  };
}

/**
 * Process every article, taking from the memo (files unchanged since the last load) and the cache (bytes
 * unchanged) those they hold, and storing the others in both.
 */
async function processCached(
  paths: string[],
  options: LoadOptions,
  readOptions: ReadOptions,
): Promise<{ outcomes: Array<Loaded | { unreadable: VFile }>; keys: Array<string | null>; reused: number; missing: number[]; stored: Promise<void> }> {
  const { memo } = options;
  const cache = options.cache instanceof ArticleCache ? options.cache : options.cache ? await ArticleCache.open(options.cache) : null;
  const keys: Array<string | null> = new Array(paths.length).fill(null);
  const read: Array<Buffer | null> = new Array(paths.length).fill(null);
  const stamps: Array<FileStamp | null> = new Array(paths.length).fill(null);
  const outcomes: Array<Loaded | { unreadable: VFile } | undefined> = new Array(paths.length);
  const index = cache?.get<CacheIndex>(INDEX_KEY) ?? {};
  const indexed = new Map(Object.entries(index).map(([key, entry]) => [entry.path, { key, stamp: entry.stamp }]));
  const fileStamps: Array<string | undefined> = new Array(paths.length);
  const started = Date.now();
  let indexStale = false;
  memo?.keepOnly(paths);
  for (const [i, path] of paths.entries()) {
    if (!memo && !cache) continue;
    const stamp = (stamps[i] = stampOf(path));
    if (memo) {
      const kept = stamp === null ? null : memo.get(path, stamp, started);
      if (kept) {
        outcomes[i] = kept.outcome.unreadable ? kept.outcome : loadedOf(kept.outcome);
        keys[i] = kept.key;
        continue;
      }
    }
    if (!cache) continue;
    const found = lookUp(cache, path, stamp, { index, indexed, started, maxBytes: readOptions.maxBytes ?? MAX_ARTICLE_BYTES });
    if (!found) continue;
    keys[i] = found.key;
    read[i] = found.bytes;
    fileStamps[i] = found.fileStamp;
    if (found.stale) indexStale = true;
    if (found.loaded) outcomes[i] = found.loaded;
  }
  const missing = [...paths.keys()].filter((i) => outcomes[i] === undefined);
  const threads = threadsFor(missing.length, options.threads);
  const fresh = new Map<string, IndexEntry>();
  // What to write into the cache: each article's HTML before its entry, so that an entry found has its HTML
  // (an index entry whose files are missing is a miss), then the index.
  const writes: CacheWrite[] = [];
  const store = (n: number, outcome: Outcome) => {
    const i = missing[n]!;
    const key = keys[i];
    // A file that is not UTF-8 is cheap to report again; only processed articles are kept, and only
    // when the text processed is the text hashed (the file may have been saved in between).
    if (cache && key && !outcome.unreadable && outcome.text === new TextDecoder().decode(read[i]!)) {
      const { file, frontMatter, failed, data, html } = outcome.processed;
      const summary: CachedSummary = { file: { ...toWireFile(file), value: "" }, slug: frontMatter.meta.slug, slugLine: frontMatter.keyLines.slug, failed, listing: outcome.listing };
      writes.push([cache.htmlPath(key), html], [cache.entryPath(key), { json: { path: paths[i]!, summary, data } satisfies CachedOutcome }]);
      fresh.set(key, { path: paths[i]!, stamp: fileStamps[i], summary });
    }
  };
  const processing =
    missing.length === 0 ? Promise.resolve([]) : processAll(missing.map((i) => paths[i]!), threads, readOptions, threads === 0 || missing.length >= PARALLEL_FROM, store);
  if (missing.length > 0 && options.onProcess) {
    const reused = paths.flatMap((_, i) => {
      const outcome = outcomes[i];
      const key = keys[i];
      return outcome && !outcome.unreadable && key ? [{ slug: outcome.slug, key }] : [];
    });
    options.onProcess(missing.length, reused);
  }
  const processed = await processing;
  for (const [n, i] of missing.entries()) {
    const outcome = processed[n]!;
    outcomes[i] = outcome.unreadable ? outcome : loadedOf(outcome);
  }
  if (cache && (indexStale || fresh.size > 0 || Object.keys(index).length !== paths.length)) {
    writes.push([cache.entryPath(INDEX_KEY), { json: nextIndex(cache, paths, keys, fileStamps, index, fresh) }]);
  }
  const stored = cache && writes.length > 0 ? cache.writeAll(writes) : Promise.resolve();
  if (!options.storeLater) await stored;
  // Kept in the memo under the stamp taken before reading: a file saved since then has a newer stamp, and
  // is read again at the next load.
  if (memo) for (const [n, i] of missing.entries()) if (stamps[i]) memo.set(paths[i]!, stamps[i]!, keys[i] ?? null, processed[n]!);
  return { outcomes: outcomes as Array<Loaded | { unreadable: VFile }>, keys, reused: paths.length - missing.length, missing, stored };
}

/** What `lookUp` needs of the load: the cache's index (by key, and by path), when the load started, the size limit. */
interface LookUpContext {
  index: CacheIndex;
  indexed: Map<string, { key: string; stamp?: string }>;
  started: number;
  maxBytes: number;
}

/** What the cache gives for one file: its key (null when it could not be read), the bytes read, its stamp for the index, the article when cached. */
interface LookUp {
  key: string | null;
  /** The bytes read to hash it: none when it was known by its stamp. */
  bytes: Buffer | null;
  fileStamp: string | undefined;
  /** True when the index must be written again for this file. */
  stale: boolean;
  /** The article from the cache, or null for a miss (processed, and stored under `key`). */
  loaded: Loaded | null;
}

/**
 * Look a file up in the cache: by its stamp in the index, else by the hash of its bytes. Only a regular file
 * within the size limit is looked up (null otherwise, as for a file that cannot be read): anything else (a
 * link, a FIFO, a folder, an unreadable or too large file) is read as usual, by `readArticle`, which reports
 * why. Synchronous, as the cache's reads (see `ArticleCache.get`).
 */
function lookUp(cache: ArticleCache, path: string, stamp: FileStamp | null, { index, indexed, started, maxBytes }: LookUpContext): LookUp | null {
  if (!stamp || stamp.size > maxBytes) return null;
  // A file changed just now keeps no stamp in the index (see `RECENT_MS`).
  const fileStamped = stamp.changedMs < started - RECENT_MS ? stamp.id : undefined;
  let bytes: Buffer | null = null;
  let key: string;
  try {
    const known = indexed.get(path);
    if (known?.stamp === stamp.id) key = known.key;
    else {
      bytes = readFileSync(path);
      key = cache.key(path, bytes);
    }
  } catch {
    return null;
  }
  // Found by its stamp, or by the hash of the bytes just read.
  const listed = index[key];
  let summary = listed?.path === path ? listed.summary : null;
  let stale = listed?.stamp !== fileStamped;
  let entry: CachedOutcome | null = null;
  if (!summary) {
    entry = cache.get<CachedOutcome>(key);
    summary = entry?.path === path ? entry.summary : null;
    stale = true;
  }
  if (summary && existsSync(cache.htmlPath(key)) && existsSync(cache.entryPath(key))) {
    return { key, bytes, fileStamp: fileStamped, stale, loaded: loadedFromCache(cache, key, path, bytes, summary, entry) };
  }
  // A miss: processed, and stored under the key of the bytes read now.
  try {
    const now = readFileSync(path);
    return { key: cache.key(path, now), bytes: now, fileStamp: fileStamped, stale, loaded: null };
  } catch {
    return { key: null, bytes, fileStamp: fileStamped, stale, loaded: null };
  }
}

/** The cache's next index: every article of this load with a key, from what was just processed, the index, or its entry. */
function nextIndex(
  cache: ArticleCache,
  paths: string[],
  keys: Array<string | null>,
  fileStamps: Array<string | undefined>,
  index: CacheIndex,
  fresh: Map<string, IndexEntry>,
): CacheIndex {
  const next: CacheIndex = {};
  for (const [i, path] of paths.entries()) {
    const key = keys[i];
    if (!key) continue;
    const listed = index[key];
    const item = fresh.get(key) ?? (listed?.path === path ? { ...listed, stamp: fileStamps[i] } : null) ?? entrySummary(cache, key, path, fileStamps[i]);
    if (item) next[key] = item;
  }
  return next;
}

/** The summary of `key`'s entry, for the index, or null when it has none for `path`. */
function entrySummary(cache: ArticleCache, key: string, path: string, stamp: string | undefined): IndexEntry | null {
  const entry = cache.get<CachedOutcome>(key);
  return entry?.path === path ? { path, stamp, summary: entry.summary } : null;
}

/** A file of the article at `path` in the cache, read and parsed; an error naming both when it is gone. */
function readCached<T>(file: string, path: string, parse: (text: string) => T): T {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new Error(`Cannot read the cached result of \`${path}\` (\`${file}\`, removed during the build?): build again`, { cause });
  }
}

/** Read and process one article, and list it. The pipeline is loaded here, the first time an article is processed. */
async function processPath(path: string, readOptions: ReadOptions): Promise<Outcome> {
  const read = await readArticle(path, readOptions);
  if (read.file) return { unreadable: read.file };
  const [{ processArticle }, { disputedMetrics }] = await Promise.all([import("./index.ts"), import("./disputes.ts")]);
  const processed = await processArticle(read.text, path);
  processed.html = flatString(processed.html);
  const listing = processed.failed ? null : listingOf(processed.frontMatter.fields, processed.frontMatter.meta, processed.data, disputedMetrics(processed.data));
  return { text: read.text, processed, listing };
}

/**
 * `text` as one flat string. The compiler's HTML is a rope of thousands of concatenated pieces, about
 * 300 KB of heap for a 40 KB page; a build holds a thousand pages until they are rendered, and the garbage
 * collector walks every piece each time it marks. Converting a string to a number makes V8 flatten it in
 * place (the number itself is thrown away).
 */
function flatString(text: string): string {
  void Number(text);
  return text;
}

/**
 * Read and process every article, in order, on `threads` worker threads at once and, when `thisThread`, on
 * this one; `done` is called on this thread with each article's index and outcome as soon as it has it.
 */
async function processAll(paths: string[], threads: number, readOptions: ReadOptions, thisThread: boolean, done: (index: number, outcome: Outcome) => void): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(paths.length);
  const workers = Array.from({ length: threads }, () => new SiteWorker());
  let next = 0;
  const onThisThread = async () => {
    while (thisThread && next < paths.length) {
      const index = next++;
      done(index, (outcomes[index] = await processPath(paths[index]!, readOptions)));
      // Processing an article never waits on the event loop (its file is read synchronously): let the
      // workers' answers in, so that each is handed its next article while this thread tags.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // Each worker has its next articles queued while it works on the current one, so it never waits for this
  // thread to hand out work: this thread may be busy for a while with its own article, or with loading
  // Eleventy meanwhile (see `onProcess`). Four lanes per worker.
  const onWorker = async (worker: SiteWorker) => {
    while (next < paths.length) {
      const index = next++;
      try {
        outcomes[index] = await worker.process(paths[index]!, readOptions);
      } catch (error) {
        // A worker that cannot start or crashed (not an article's error: those come back as messages)
        // hands its article back to this thread and stops.
        if (error instanceof ArticleReadError) throw error;
        done(index, (outcomes[index] = await processPath(paths[index]!, readOptions)));
        return;
      }
      done(index, outcomes[index]!);
    }
  };
  try {
    await Promise.all([onThisThread(), ...workers.flatMap((worker) => Array.from({ length: WORKER_LANES }, () => onWorker(worker)))]);
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
  return outcomes;
}

/** An article a worker could not read (an I/O error), to be thrown as on this thread. */
class ArticleReadError extends Error {}

/** A VFile message as it crosses between threads. */
interface WireMessage {
  reason: string;
  place: Point | Position | undefined;
  ruleId: string | undefined;
  source: string | undefined;
  fatal: boolean | null | undefined;
}

/** A VFile as it crosses between threads: its path, text and messages. */
interface WireFile {
  path: string | undefined;
  value: string;
  messages: WireMessage[];
}

type WireOutcome =
  | { text: string; processed: Omit<ProcessedArticle, "file"> & { file: WireFile }; listing: Listing | null }
  | { unreadable: WireFile }
  | { error: string };

/** An outcome as it crosses between threads (or waits in the memo). */
function toWire(outcome: Outcome): WireOutcome {
  return outcome.unreadable
    ? { unreadable: toWireFile(outcome.unreadable) }
    : { text: outcome.text, processed: { ...outcome.processed, file: toWireFile(outcome.processed.file) }, listing: outcome.listing };
}

/** An outcome back from its wire form (not an error). */
function fromWire(wire: Exclude<WireOutcome, { error: string }>): Outcome {
  return "unreadable" in wire
    ? { unreadable: fromWireFile(wire.unreadable) }
    : { text: wire.text, processed: { ...wire.processed, file: fromWireFile(wire.processed.file) }, listing: wire.listing };
}

function toWireFile(file: VFile): WireFile {
  return {
    path: file.path,
    value: String(file.value ?? ""),
    messages: file.messages.map((m) => ({ reason: m.reason, place: m.place ?? undefined, ruleId: m.ruleId, source: m.source, fatal: m.fatal })),
  };
}

function fromWireFile(wire: WireFile): VFile {
  const file = new VFile({ path: wire.path, value: wire.value });
  // A build of a large site remakes thousands of messages: without their unread stack traces.
  withoutStackTrace(() => {
    for (const m of wire.messages) {
      const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
      message.fatal = m.fatal;
    }
  });
  return file;
}

/** The URL of tsx's ESM API (`tsx/esm/api`), found from its package wherever the command runs. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const exports = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

/** The URLs of the dependencies a worker loads before tsx (src/preload.js), resolved here, where `import.meta` is. */
function preloadUrls(): string[] {
  const urls: string[] = [];
  for (const name of PRELOAD) {
    try {
      urls.push(import.meta.resolve(name));
    } catch {
      // Not resolvable from here: the worker loads it through tsx as before.
    }
  }
  return urls;
}

/** One worker thread that processes the articles it is sent, in order, one at a time. */
class SiteWorker {
  #worker: Worker;
  /** Requests sent and not answered yet, by id. */
  #pending = new Map<number, { resolve: (outcome: Outcome) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  #failure: Error | null = null;

  constructor() {
    // The worker runs this very module: compiled, as it is; as TypeScript, Node 20 does not apply
    // `--import tsx` to a worker's own module, so the worker registers tsx's loader itself first.
    const workerData = { role: WORKER_ROLE };
    if (COMPILED) this.#worker = new Worker(new URL(import.meta.url), { workerData });
    else {
      const code = `Promise.all(${JSON.stringify(preloadUrls())}.map((url) => import(url))).then(() => import(${JSON.stringify(tsxApi())})).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
      this.#worker = new Worker(code, { eval: true, workerData });
    }
    this.#worker.unref();
    this.#worker.on("message", ({ id, wire }: { id: number; wire: WireOutcome }) => {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (!pending) return;
      if ("error" in wire) pending.reject(new ArticleReadError(wire.error));
      else pending.resolve(fromWire(wire));
    });
    const fail = (error: Error) => {
      this.#failure = error;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    this.#worker.on("error", fail);
    this.#worker.on("exit", (code) => fail(new Error(`Worker thread exited with code ${code}`)));
  }

  /** Process the article at `path` on the worker. */
  process(path: string, readOptions: ReadOptions): Promise<Outcome> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, path, readOptions });
    });
  }

  /** End the worker thread. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

// The worker side: process the paths this module's main thread sends, one at a time, in order.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  let queue: Promise<void> = Promise.resolve();
  parentPort!.on("message", ({ id, path, readOptions }: { id: number; path: string; readOptions: ReadOptions }) => {
    queue = queue.then(async () => {
      let wire: WireOutcome;
      try {
        wire = toWire(await processPath(path, readOptions));
      } catch (error) {
        wire = { error: (error as Error).message };
      }
      parentPort!.postMessage({ id, wire });
    });
  });
}


/** Format an ISO date (YYYY-MM-DD) for readers: "17 September 2016". */
export function formatDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return iso ?? "";
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Describe what was tagged in an article, e.g. "18 attributed statements, 4 figures". */
export function summarize(counts: { statements: number; figures: number }): string {
  if (counts.statements === 0 && counts.figures === 0) return "No attributed statements or figures";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.statements, "attributed statement")}, ${plural(counts.figures, "figure")}`;
}

/** How the home page and the feed list an article: from its front matter's fields and meta and its data's counts. */
function listingOf(fields: Record<string, string>, meta: { title: string; slug: string; date: string | null }, data: ArticleData, disputed: string[]): Listing {
  const field = (key: string): string | null => (fields[key] ? fields[key] : null);
  // The front matter parser rejects other URLs already; checked again because these become hrefs.
  const httpUrl = (key: string): string | null => {
    const url = field(key);
    return url && isSafeUrl(url, "front-matter") ? url : null;
  };
  const counts = { statements: data.attributions.length, figures: data.figures.length, sources: data.sources.length };
  return {
    slug: meta.slug,
    title: meta.title,
    date: meta.date,
    lang: field("lang") ?? "en",
    description: field("description") ?? `${meta.title}: the article, each statement and figure linked to its source.`,
    byline: field("byline") ?? field("author"),
    publisher: field("publisher"),
    license: field("license"),
    excerpt: field("excerpt"),
    sourceUrl: httpUrl("source_url"),
    retrievedFrom: httpUrl("retrieved_from"),
    counts,
    summary: summarize(counts),
    disputed,
  };
}

/** The article as the templates see it; its `html` and `data` are read when a template first asks for them. */
function toSiteArticle(path: string, loaded: Loaded & { listing: Listing }): SiteArticle {
  return {
    path,
    ...loaded.listing,
    get html() {
      return loaded.html();
    },
    get data() {
      return loaded.data();
    },
  };
}

/** Order ISO dates; articles without a date sort as the oldest. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
