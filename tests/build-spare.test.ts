/**
 * The spare site (src/build-spare.ts): the site a build replaces is kept beside the output, and the next
 * build that renders every page writes over it; what it publishes is byte for byte a fresh build's, and
 * nothing in the spare (a hard link into the site in place, a symbolic link, a stray file) can reach the
 * published site. Runs in temporary folders only.
 */
import { spawnSync } from "node:child_process";
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";
import { removeUnwritten, takeSpare, writtenFiles } from "../src/build-spare.ts";
import { snapshot } from "./helpers/snapshot.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const article = (title: string, died: number) => `---\ntitle: ${title}\ndate: 2024-05-01\n---\n\nThe police said ${died} people died in ${title}.\n`;

let root: string;
let first: string;
let second: string;

/** Build `input` into `output` without a cache (every page rendered), quietly; resolve to the exit code. */
async function fullBuild(input: string, output: string): Promise<number> {
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return await buildSite({ input, output, cache: null });
  } finally {
    spy.mockRestore();
  }
}

/** A folder of two articles and one of a single different article, and the sites a fresh build makes of each. */
const sites: Record<"first" | "second", Map<string, string>> = { first: new Map(), second: new Map() };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-spare-"));
  first = join(root, "first");
  second = join(root, "second");
  await mkdir(first);
  await mkdir(second);
  await writeFile(join(first, "alpha.md"), article("alpha", 3));
  await writeFile(join(first, "beta.md"), article("beta", 4));
  await writeFile(join(second, "gamma.md"), article("gamma", 5));
  for (const name of ["first", "second"] as const) {
    expect(await fullBuild(join(root, name), join(root, `fresh-${name}`))).toBe(0);
    sites[name] = await snapshot(join(root, `fresh-${name}`));
  }
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the spare site", () => {
  it("should keep the replaced site as the spare, and write the next full build over it with a fresh build's bytes", async () => {
    const parent = join(root, "alternate");
    await mkdir(parent);
    const site = join(parent, "site");
    expect(await fullBuild(first, site)).toBe(0);
    expect(await fullBuild(second, site)).toBe(0);
    expect(await readdir(parent).then((names) => names.sort())).toEqual([".site-spare", "site"]);
    expect(await snapshot(join(parent, ".site-spare"))).toEqual(sites.first);
    const spareHome = (await stat(join(parent, ".site-spare", "index.html"))).ino;

    // The third build writes over the spare: the same files (inodes), the first site's bytes, and the
    // second site's pages (gamma) gone.
    expect(await fullBuild(first, site)).toBe(0);
    expect(await snapshot(site)).toEqual(sites.first);
    expect((await stat(join(site, "index.html"))).ino).toBe(spareHome);
    expect(await snapshot(join(parent, ".site-spare"))).toEqual(sites.second);
  }, 120_000);

  it("should remove what the spare holds that the build does not write", async () => {
    const parent = join(root, "stray");
    await mkdir(parent);
    const site = join(parent, "site");
    expect(await fullBuild(first, site)).toBe(0);
    const spare = join(parent, ".site-spare");
    await mkdir(join(spare, "old-article", "deep"), { recursive: true });
    await writeFile(join(spare, "old-article", "deep", "index.html"), "stale");
    await writeFile(join(spare, "notes.txt"), "stale");
    expect(await fullBuild(first, site)).toBe(0);
    expect(await snapshot(site)).toEqual(sites.first);
  }, 120_000);

  it("should never write through a hard link or a symbolic link in the spare", async () => {
    const parent = join(root, "links");
    await mkdir(parent);
    const site = join(parent, "site");
    expect(await fullBuild(second, site)).toBe(0);
    // A spare whose every file is a hard link to the published site's (what a build that kept pages
    // leaves), and whose home page is a symbolic link to a file outside.
    const spare = join(parent, ".site-spare");
    for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
      const from = join(entry.parentPath, entry.name);
      const to = join(spare, relative(site, from));
      if (entry.isDirectory()) await mkdir(to, { recursive: true });
      else {
        await mkdir(join(to, ".."), { recursive: true });
        await link(from, to);
      }
    }
    const outside = join(root, "outside.html");
    await writeFile(outside, "not the site's");
    await rm(join(spare, "index.html"));
    await symlink(outside, join(spare, "index.html"));

    // Killed once the pages are written, before the swap: the published site must be as it was.
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), "build", "--no-cache", "--input", first, "--output", site], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, SOURCED_TEST_CRASH_AT: "rendered" },
    });
    expect(run.signal, run.stderr).toBe("SIGKILL");
    expect(await snapshot(site)).toEqual(sites.second);
    expect(await readFile(outside, "utf8")).toBe("not the site's");
  }, 120_000);

  it("should take no spare when there is none, and report the files Eleventy wrote, with the data files beside each article page", async () => {
    const parent = join(root, "parts");
    await mkdir(parent);
    expect(takeSpare(join(parent, ".site-spare"), join(parent, "temp"))).toBe(false);
    const pages = [{ inputPath: "./layouts/index.njk", outputPath: join(parent, "temp", "a", "index.html") }, { outputPath: false }, { inputPath: "./layouts/article.njk", outputPath: join(parent, "temp", "d", "index.html") }];
    const written = writtenFiles([[{ count: 1, map: { "layouts/style.css": join(parent, "temp", "style.css") } }], [pages]]);
    expect([...written].sort()).toEqual(["a/index.html", "d/claims.json", "d/figures.csv", "d/index.html", "style.css"].map((file) => join(parent, "temp", file)));

    await mkdir(join(parent, "temp", "a"), { recursive: true });
    await mkdir(join(parent, "temp", "b", "c"), { recursive: true });
    for (const file of ["a/index.html", "a/old.csv", "b/c/index.html", "style.css", "stray.txt"]) await writeFile(join(parent, "temp", file), "x");
    removeUnwritten(join(parent, "temp"), written);
    expect((await readdir(join(parent, "temp"), { recursive: true })).sort()).toEqual(["a", join("a", "index.html"), "style.css"]);
  });
});
