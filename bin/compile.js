#!/usr/bin/env node
/**
 * sourced's TypeScript compiled ahead to JavaScript, so that `sourced` starts without tsx's loader (each
 * module a round trip to the loader thread) and without resolving some 300 modules one by one: esbuild
 * bundles the command line (`cli.js`) and the Eleventy configuration (`.eleventy.js`) with the packages
 * they use, in chunks that load when first imported (the pipeline only when an article must be tagged).
 * Eleventy, its feed plugin, Playwright and tsx stay packages of their own. The output lives in
 * `.cache/js/<key>/` under the project root (git-ignored, safe to delete). The key is a hash of every
 * source file's path, size and modification time, the lockfile's, the compiler's version and this file's
 * own bytes: an edit under `src/` gives another key, so stale output is never run; it is compiled again
 * (about half a second) or, when that cannot be done, tsx runs the sources.
 *
 *   node bin/compile.js          # compile now if the output is missing or stale (`npm run setup` does)
 *
 * Plain JavaScript: it runs before anything is compiled.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The project root: `src/`, `.eleventy.ts` and `package.json` live there. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where compiled trees live, one folder per key. */
export const COMPILED_DIR = join(ROOT, ".cache", "js");

/** The file written last into a compiled tree: a tree without it is incomplete and never used. */
const DONE = "done.json";

/** esbuild, as tsx (a dependency) ships it: its package, found from tsx's. */
function esbuildPackage() {
  const fromTsx = createRequire(createRequire(join(ROOT, "package.json")).resolve("tsx/package.json"));
  return fromTsx.resolve("esbuild");
}

/** The modules run directly: the command line and the Eleventy configuration (which Eleventy imports by path). */
const ENTRY_POINTS = ["src/cli.ts", ".eleventy.ts"];

/** Packages left out of the bundle: Eleventy loads templates and plugins through its own paths, Playwright its browser files. */
const EXTERNAL = ["@11ty/*", "playwright-core", "tsx", "tsx/*"];

/** Every file the compiled output depends on, relative to the root with `/`: the sources under `src/`, `.eleventy.ts` and the lockfile. */
function sourceFiles() {
  const files = readdirSync(join(ROOT, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"));
  return [...files, ".eleventy.ts", "package-lock.json"].filter((file) => existsSync(join(ROOT, file))).sort();
}

/** The key of the sources as they are now: a hash of each file's path, size and modification time, the compiler's version and this script. */
export function sourceKey(files = sourceFiles()) {
  const hash = createHash("sha256");
  for (const file of files) {
    const stats = statSync(join(ROOT, file), { bigint: true });
    hash.update(`${file}\0${stats.size}\0${stats.mtimeNs}\0`);
  }
  const esbuild = JSON.parse(readFileSync(join(dirname(esbuildPackage()), "..", "package.json"), "utf8")).version;
  hash.update(`esbuild ${esbuild}\0`).update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Compile the sources into `.cache/js/<key>/` unless that is there already; resolve to the folder. Written
 * into a temporary folder and renamed into place, so a tree is whole or absent; two processes compiling at
 * once both succeed, and one of their trees is kept.
 */
export async function compile() {
  const files = sourceFiles();
  // The key is taken before reading the files: a file saved during the compile gives a newer key next time.
  const key = sourceKey(files);
  const target = join(COMPILED_DIR, key);
  if (existsSync(join(target, DONE))) return target;
  const temp = join(COMPILED_DIR, `.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  const esbuild = await import(pathToFileURL(esbuildPackage()).href);
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ENTRY_POINTS,
      outdir: temp,
      // Every file in one folder, so that src/root.ts finds the root at the same depth from each.
      entryNames: "[name]",
      chunkNames: "chunk-[hash]",
      bundle: true,
      splitting: true,
      external: EXTERNAL,
      platform: "node",
      format: "esm",
      target: "node20",
      // CommonJS packages in the bundle (gray-matter) call `require` for Node's own modules.
      banner: { js: 'import { createRequire as __sourcedCreateRequire } from "node:module"; const require = __sourcedCreateRequire(import.meta.url);' },
      sourcemap: "linked",
      logLevel: "silent",
    });
    writeFileSync(join(temp, DONE), JSON.stringify({ key, files }));
    try {
      renameSync(temp, target);
    } catch (error) {
      // Another process put the same tree in place first.
      if (!existsSync(join(target, DONE))) throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  // Trees of earlier sources are of no more use.
  for (const name of readdirSync(COMPILED_DIR)) if (name !== key && !name.startsWith(".tmp-")) rmSync(join(COMPILED_DIR, name), { recursive: true, force: true });
  return target;
}

/**
 * The compiled module of the entry point `file` (`src/cli.ts` or `.eleventy.ts`) for the sources as they
 * are now, compiling first when needed; null when it cannot be had (no esbuild, a read-only install, a
 * syntax error: tsx then runs the sources and reports the error as usual).
 */
export async function compiled(file) {
  try {
    const key = sourceKey();
    let dir = join(COMPILED_DIR, key);
    if (!existsSync(join(dir, DONE))) dir = await compile();
    return pathToFileURL(join(dir, file.split("/").pop().replace(/\.ts$/, ".js"))).href;
  } catch {
    return null;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  compile().then(
    (dir) => process.stdout.write(`compiled src/ into ${relative(process.cwd(), dir) || "."}\n`),
    (error) => {
      process.stderr.write(`compile: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
