/**
 * Build the site: load and check every article, render the pages with Eleventy into a temporary
 * folder, and only when all of that worked put the new folder in place of the old one.
 */
import Eleventy from "@11ty/eleventy";
import { randomBytes } from "node:crypto";
import { access, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CACHE_DIR } from "./cache.ts";
import { reportBuild } from "./report.ts";
import { loadSite } from "./site.ts";

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

/** The project root: `.eleventy.ts` and `layouts/` live there, wherever the command is run from. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Build the site from `input` into `output`; resolve to the exit code. */
export async function buildSite(options: BuildOptions): Promise<number> {
  const input = resolve(options.input);
  const output = resolve(options.output);
  const problem = checkFolders(input, output, options.output);
  if (problem) return fail(problem);

  let site;
  try {
    site = await loadSite(options.input, { threads: options.threads, cache: options.cache === undefined ? DEFAULT_CACHE_DIR : options.cache });
  } catch (error) {
    return fail((error as Error).message);
  }
  const report = reportBuild(site.files, { verbose: options.verbose });
  if (report) process.stderr.write(report + "\n");
  if (site.failed) return fail(`not built: fix the errors above; \`${options.output}\` is unchanged`);

  if (await exists(output)) {
    const entries = await readdir(output).catch(() => null);
    if (entries === null) return fail(`Cannot replace \`${options.output}\`: it is not a folder`);
    if (entries.length > 0 && !entries.includes(".nojekyll")) {
      return fail(`Refusing to replace \`${options.output}\`: it is not empty and was not built by sourced (no \`.nojekyll\`)`);
    }
  }

  // Dot-names keep a crashed build's leftovers out of sight (and out of git: `.gitignore` has `.dist-*/`).
  const run = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const temp = join(dirname(output), `.${basename(output)}-tmp-${run}`);
  const old = join(dirname(output), `.${basename(output)}-old-${run}`);
  await rm(temp, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy(join(ROOT, "layouts"), temp, {
      configPath: join(ROOT, ".eleventy.ts"),
      pathPrefix: options.pathPrefix || "/",
      quietMode: true,
      // Runs before `.eleventy.ts`, which then uses these articles instead of loading them again.
      config: (eleventyConfig: { addGlobalData: (name: string, data: unknown) => unknown }) => {
        eleventyConfig.addGlobalData("articles", site.articles);
      },
    });
    // As Eleventy's own CLI does: these folders win over the ones `.eleventy.ts` exports.
    eleventy.directories.freeze();
    await eleventy.write();
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Eleventy has printed the whole error already.
    return fail(`Eleventy failed, \`${options.output}\` is unchanged: ${describe(error).split("\n")[0]}`);
  }

  try {
    await swap(temp, output, old);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    return fail(`Cannot put the new site in place of \`${options.output}\`: ${describe(error)}`);
  }
  return 0;
}

/** Replace `output` with `temp`, keeping the old folder until the new one is in place. */
async function swap(temp: string, output: string, old: string): Promise<void> {
  const hadOutput = await exists(output);
  if (hadOutput) {
    await rm(old, { recursive: true, force: true });
    await rename(output, old);
  }
  try {
    await rename(temp, output);
  } catch (error) {
    if (hadOutput) await rename(old, output);
    throw error;
  }
  if (hadOutput) await rm(old, { recursive: true, force: true });
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
