/**
 * Build the site: load and check every article, render the pages with Eleventy into a temporary
 * folder, and only when all of that worked put the new folder in place of the old one.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { access, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import {
  keepPages,
  keptFiles,
  manifestPath,
  planPages,
  readManifest,
  recordPages,
  recordFolders,
  recordSite,
  renderKey,
  unchangedOutput,
  writeManifest,
  type PageInput,
  type PageManifest,
} from "./build-pages.ts";
import { BuildFolder, keepAsSpare, sparePath, writtenFiles } from "./build-spare.ts";
import { ArticleCache, DEFAULT_CACHE_DIR } from "./cache.ts";
import { describeIgnored } from "./read-article.ts";
import { reportBuild } from "./report.ts";
import { renderOnly, type EleventyConfig } from "./render-only.ts";
import { ELEVENTY_CONFIG, ROOT } from "./root.ts";
import { loadSite, type SiteArticle } from "./site.ts";

/** Options of `buildSite`. */
export interface BuildOptions {
  /** The folder of Markdown articles; only ever read. */
  input: string;
  /** The folder to build into; replaced as a whole when the build succeeds. */
  output: string;
  /** The URL path the site is served under, e.g. `/my-repo/` for GitHub Pages. Default: `/`. */
  pathPrefix?: string;
  /** Worker threads that tag articles alongside the main thread. Default: see `loadSite`'s `threads`. */
  threads?: number;
  /** The build cache's folder, or null for none (see src/cache.ts). Default: `.cache/sourced` in the working directory. */
  cache?: string | null;
  /** List every warning; by default, beyond a screenful they are counted per rule. Default: false. */
  verbose?: boolean;
}


/** Build the site from `input` into `output`; resolve to the exit code. */
export async function buildSite(options: BuildOptions): Promise<number> {
  const input = resolve(options.input);
  const output = resolve(options.output);
  const problem = checkFolders(input, output, options.output) ?? (await recoverStopped(output, options.output));
  if (problem) return fail(problem);

  const leftovers = siblingNames(output);
  const temp = `${leftovers.prefix}tmp-${leftovers.run}`;
  const pathPrefix = options.pathPrefix || "/";
  const render = await renderKey(ROOT, pathPrefix);
  let site;
  let cache: ArticleCache | null = null;
  let manifest: PageManifest | null = null;
  let eleventyModule: ReturnType<typeof importEleventy> | null = null;
  const loadEleventy = () => (eleventyModule ??= importEleventy());
  // The pages of the articles reused from the cache, put in the new folder while the others are tagged.
  let placed = new Set<string>();
  const whileTagging = (reused: PageInput[]) => {
    // Eleventy loads while the articles that changed are tagged (on worker threads): a build where none
    // did, and every page is kept, needs neither.
    void loadEleventy().catch(() => undefined);
    if (manifest) placed = placeReused(reused, manifest, render, output, folder);
  };
  // The new site is written over the spare site, when there is one (src/build-spare.ts).
  const folder = new BuildFolder(temp, sparePath(leftovers.prefix));
  const removeTemp = () => folder.discard();
  try {
    const cacheRoot = options.cache === undefined ? DEFAULT_CACHE_DIR : options.cache;
    cache = cacheRoot ? await ArticleCache.open(cacheRoot) : null;
    manifest = cache ? readManifest(manifestPath(cache.dir, output)) : null;
    site = await loadSite(options.input, { threads: options.threads, cache, storeLater: true, onProcess: (_count, reused) => whileTagging(reused) });
  } catch (error) {
    await removeTemp();
    return fail((error as Error).message);
  }
  try {
    const ignored = describeIgnored(options.input, site.ignored);
    if (ignored) process.stderr.write(`sourced build: ${ignored}\n`);
    const report = reportBuild(site.files, { verbose: options.verbose });
    if (report) process.stderr.write(report + "\n");
    const refused = site.failed ? `not built: fix the errors above; \`${options.output}\` is unchanged` : await refuseOutput(output, options.output);
    if (refused) {
      await removeTemp();
      return fail(refused);
    }

    // Which articles' pages to render: all of them, unless the cache's manifest shows the previous build's
    // pages of an article were made from the same input (src/build-pages.ts).
    const inputs: PageInput[] = site.outcomes.map((outcome) => ({ slug: outcome.slug, key: outcome.key }));
    const manifestFile = cache ? manifestPath(cache.dir, output) : null;
    const plan = planPages(inputs, manifest, render, output);
    if (unchangedOutput(plan, output)) {
      // Every page is as the previous build left it, and nothing else is there: nothing to write.
      await removeTemp();
      if (options.verbose) process.stderr.write(`sourced build: nothing changed, \`${options.output}\` kept as it is\n`);
      return 0;
    }
    try {
      folder.make();
      keepPages(plan, output, temp, placed);
      const written = await renderPages(await loadEleventy(), site.articles, plan, temp, pathPrefix);
      folder.finish(new Set([...written, ...keptFiles(plan, temp)]));
    } catch (error) {
      await removeTemp();
      // Eleventy has printed the whole error already.
      return fail(`Eleventy failed, \`${options.output}\` is unchanged: ${describe(error).split("\n")[0]}`);
    }
    const pages = recordPages(temp, inputs, plan);
    const sitePages = recordSite(temp, inputs);

    crashPoint("rendered");
    try {
      await swap(temp, output, leftovers);
    } catch (error) {
      await removeTemp();
      return fail(`Cannot put the new site in place of \`${options.output}\`: ${describe(error)}`);
    }
    if (manifestFile) await writeManifest(manifestFile, recordFolders(output, { render, pages, ...(sitePages ? { site: sitePages } : {}) }));
    if (options.verbose && plan.keep.size > 0) process.stderr.write(`sourced build: rendered the pages of ${plan.render.size} of ${plan.render.size + plan.keep.size} articles, kept the others from the previous build\n`);
    return 0;
  } finally {
    // The articles processed are written into the cache meanwhile, on a thread of its own (`storeLater`).
    await site.stored;
  }
}

/** Put back the site a build stopped while swapping left aside (saying so); why it cannot be, or null. */
async function recoverStopped(output: string, name: string): Promise<string | null> {
  try {
    const restored = await recoverOutput(output);
    if (restored) process.stderr.write(`sourced build: restored \`${name}\` from \`${basename(restored)}\`, left by a build that was stopped while swapping\n`);
    return null;
  } catch (error) {
    return `Cannot clean up after an earlier build that was stopped: ${describe(error)}`;
  }
}

/**
 * Put the kept pages of the articles reused from the cache into the new folder while the others are
 * tagged; the articles whose pages are in place (none when that fails: they are kept after the tagging).
 */
function placeReused(reused: PageInput[], manifest: PageManifest, render: string, output: string, folder: BuildFolder): Set<string> {
  try {
    folder.make();
    const early = planPages(reused, manifest, render, output);
    keepPages(early, output, folder.path);
    return new Set(early.keep.keys());
  } catch {
    return new Set();
  }
}

/** Render the pages `plan` does not keep (every page when it keeps none) into `temp` with Eleventy; resolve to the files written. */
async function renderPages(
  { default: Eleventy }: Awaited<ReturnType<typeof importEleventy>>,
  articles: SiteArticle[],
  plan: ReturnType<typeof planPages>,
  temp: string,
  pathPrefix: string,
): Promise<Set<string>> {
  const eleventy = new Eleventy(join(ROOT, "layouts"), temp, {
    configPath: ELEVENTY_CONFIG,
    pathPrefix,
    quietMode: true,
    // Runs before `.eleventy.ts`, which then uses these articles instead of loading them again.
    config: (eleventyConfig: EleventyConfig) => {
      eleventyConfig.addGlobalData("articles", articles);
      if (plan.keep.size > 0) renderOnly(eleventyConfig, () => plan.render);
    },
  });
  // As Eleventy's own CLI does: these folders win over the ones `.eleventy.ts` exports.
  eleventy.directories.freeze();
  return writtenFiles(await eleventy.write());
}

/** Why `output` cannot be replaced (not a folder, or not one sourced built), or null. */
async function refuseOutput(output: string, name: string): Promise<string | null> {
  if (!(await exists(output))) return null;
  const entries = await readdir(output).catch(() => null);
  if (entries === null) return `Cannot replace \`${name}\`: it is not a folder`;
  if (entries.length > 0 && !entries.includes(".nojekyll")) return `Refusing to replace \`${name}\`: it is not empty and was not built by sourced (no \`.nojekyll\`)`;
  return null;
}

/**
 * Import Eleventy: only when a page must be rendered. Without its module resolver hook, which only busts
 * the import cache for `--watch` and would send every later import through a loader thread; Eleventy
 * reads the setting as it loads, and it is taken back after, so that no process started later inherits it.
 */
async function importEleventy(): Promise<typeof import("@11ty/eleventy")> {
  const before = process.env.ELEVENTY_SKIP_ESM_RESOLVER;
  process.env.ELEVENTY_SKIP_ESM_RESOLVER = "1";
  try {
    return await import("@11ty/eleventy");
  } finally {
    if (before === undefined) delete process.env.ELEVENTY_SKIP_ESM_RESOLVER;
    else process.env.ELEVENTY_SKIP_ESM_RESOLVER = before;
  }
}

/**
 * The hidden folders one build of `output` uses beside it (dot-names keep them out of sight, and out of
 * git: `.gitignore` has `.dist-*` folders): `<prefix>tmp-<run>` while Eleventy writes, `<prefix>new-<run>` once
 * it is complete, `<prefix>old-<run>` for the previous site while the new one moves in, `<prefix>trash-<run>`
 * for it once the new one is in place, while a background process removes it; `<prefix>spare` for the
 * site replaced last, kept for the next build to write over (src/build-spare.ts).
 */
function siblingNames(output: string): { prefix: string; run: string } {
  return { prefix: join(dirname(output), `.${basename(output)}-`), run: `${process.pid}-${randomBytes(4).toString("hex")}` };
}

/** The leftover folders of builds of `output`: which stage each had reached, its path, and the pid of its build. */
async function findLeftovers(output: string): Promise<Array<{ stage: "tmp" | "new" | "old" | "trash"; path: string; pid: number }>> {
  const start = `.${basename(output)}-`;
  const names = await readdir(dirname(output)).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const m = name.startsWith(start) ? /^(tmp|new|old|trash)-(\d+)-[0-9a-f]+$/.exec(name.slice(start.length)) : null;
    return m ? [{ stage: m[1] as "tmp" | "new" | "old" | "trash", path: join(dirname(output), name), pid: Number(m[2]) }] : [];
  });
}

/** Whether the process `pid` is running (another build at the same time), other than this one. */
function isOtherLiveProcess(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Undo what a build stopped mid-swap left (killed, power cut): when `output` is missing, put back the
 * newest complete site beside it (a `new` one, else an `old` one); then remove every leftover of builds
 * no longer running (the `trash` of finished ones in the background). Resolve to the folder restored, or null.
 */
export async function recoverOutput(output: string): Promise<string | null> {
  const found = await findLeftovers(output);
  // Previous sites replaced by a finished build: never restored, removed in the background (again, if a
  // removal was stopped; two removals of one folder do no harm).
  removeInBackground(found.filter((leftover) => leftover.stage === "trash").map((leftover) => leftover.path));
  const leftovers = found.filter((leftover) => leftover.stage !== "trash" && !isOtherLiveProcess(leftover.pid));
  let restored: string | null = null;
  if (!(await exists(output))) {
    const newest = async (stage: "new" | "old") => {
      const candidates = await Promise.all(leftovers.filter((l) => l.stage === stage).map(async (l) => ({ path: l.path, time: (await stat(l.path)).mtimeMs })));
      return candidates.sort((a, b) => b.time - a.time || (a.path < b.path ? -1 : 1))[0]?.path ?? null;
    };
    restored = (await newest("new")) ?? (await newest("old"));
    if (restored) await rename(restored, output);
  }
  for (const leftover of leftovers) if (leftover.path !== restored) await rm(leftover.path, { recursive: true, force: true });
  return restored;
}

/**
 * Replace `output` with the complete site in `temp`. Each step is one rename, and at every moment either
 * `output` is the old or the new site, or it is missing and a `new` (complete) or `old` folder beside it
 * holds one that `recoverOutput` puts back at the next build: there is no state that loses both.
 */
async function swap(temp: string, output: string, names: { prefix: string; run: string }): Promise<void> {
  const ready = `${names.prefix}new-${names.run}`;
  const old = `${names.prefix}old-${names.run}`;
  await rename(temp, ready);
  crashPoint("ready");
  const hadOutput = await exists(output);
  if (hadOutput) {
    await rename(output, old);
    crashPoint("moved-old");
  }
  try {
    await rename(ready, output);
  } catch (error) {
    if (hadOutput) await rename(old, output);
    await rm(ready, { recursive: true, force: true });
    throw error;
  }
  crashPoint("swapped");
  // The previous site is no longer published: kept as the spare for the next build to write over, or
  // out of the way under a name no recovery restores, then removed by a process of its own, since
  // removing thousands of files is no part of building.
  if (hadOutput && !keepAsSpare(old, sparePath(names.prefix))) {
    const trash = `${names.prefix}trash-${names.run}`;
    await rename(old, trash);
    removeInBackground([trash]);
  }
}

/**
 * Remove `paths` in a detached process that outlives this one (`rm -rf`; Node's own `rmSync` on Windows).
 * Whatever it leaves (killed, a power cut) the next build finds as `trash` and hands to another.
 */
export function removeInBackground(paths: string[]): void {
  if (paths.length === 0) return;
  try {
    const [command, args] =
      process.platform === "win32"
        ? [process.execPath, ["-e", "for (const p of process.argv.slice(1)) require('node:fs').rmSync(p, { recursive: true, force: true })", ...paths]]
        : ["rm", ["-rf", "--", ...paths]];
    const child = spawn(command, args, { detached: true, stdio: "ignore" });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // Left for the next build.
  }
}

/**
 * Tests only: stop the process at once (SIGKILL, as a crash would) when `SOURCED_TEST_CRASH_AT` names this
 * step, so that a test can see what a crash there leaves. Steps: `rendered`, `ready`, `moved-old`, `swapped`.
 */
function crashPoint(step: string): void {
  if (process.env.SOURCED_TEST_CRASH_AT === step) process.kill(process.pid, "SIGKILL");
}

/** Explain why the folders cannot be used, or return null: the output is deleted and replaced, so it must hold nothing else. */
function checkFolders(input: string, output: string, name: string): string | null {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (inside(input, output)) return `Expected an output folder apart from the articles, but \`${name}\` is or contains the articles folder`;
  if (inside(output, input)) return `Expected an output folder apart from the articles, but \`${name}\` is inside the articles folder`;
  if (inside(ROOT, output) || inside(output, join(ROOT, "layouts")) || inside(output, join(ROOT, "src"))) {
    return `Expected an output folder such as \`dist\`, but \`${name}\` is or contains the project, \`layouts/\` or \`src/\``;
  }
  return null;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return message + cause;
}

function fail(reason: string): number {
  process.stderr.write(`sourced build: ${reason}\n`);
  return 1;
}
