/**
 * Builds that skip what did not change (src/build-pages.ts): a build renders the pages of the articles
 * that changed and keeps the others from the previous build, and the result is byte for byte the site a
 * full build makes. Runs in temporary folders only.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite, type BuildOptions } from "../src/build.ts";
import { snapshot } from "./helpers/snapshot.ts";

const article = (title: string, died: number) => `---\ntitle: ${title}\ndate: 2024-05-0${died % 9 || 1}\n---\n\nThe police said ${died} people died in ${title}.\n`;

let root: string;
let input: string;
let cache: string;

/** Build quietly; resolve to the exit code and what was printed. */
async function build(options: Partial<BuildOptions> & { output: string }): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: await buildSite({ input, cache, verbose: true, ...options }), stderr: chunks.join("") };
  } finally {
    spy.mockRestore();
  }
}

/** The inode of each page of an article, to tell a kept page (the same file) from a rendered one. */
async function inodes(dir: string, slug: string): Promise<number[]> {
  return Promise.all(["index.html", "claims.json", "figures.csv"].map(async (name) => (await stat(join(dir, slug, name))).ino));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-incremental-"));
  input = join(root, "articles");
  cache = join(root, ".cache");
  await mkdir(input);
  for (const [name, died] of [["alpha", 3], ["beta", 4], ["gamma", 5]] as const) await writeFile(join(input, `${name}.md`), article(name, died));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a build after a change", () => {
  it("should render only the changed article's pages, and give the bytes of a full build", async () => {
    const output = join(root, "site");
    expect((await build({ output })).code).toBe(0);
    const [alpha, beta] = [await inodes(output, "alpha"), await inodes(output, "beta")];

    await writeFile(join(input, "beta.md"), article("beta", 7));
    const second = await build({ output });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain("rendered the pages of 1 of 3 articles, kept the others from the previous build");
    expect(await inodes(output, "alpha")).toEqual(alpha);
    expect(await inodes(output, "beta")).not.toEqual(beta);

    const full = join(root, "full");
    expect((await build({ output: full, cache: null })).code).toBe(0);
    expect(await snapshot(output)).toEqual(await snapshot(full));
  });

  it("should drop the pages of a removed article and add those of a new one", async () => {
    const output = join(root, "site-2");
    expect((await build({ output })).code).toBe(0);
    await rm(join(input, "gamma.md"));
    await writeFile(join(input, "delta.md"), article("delta", 6));
    try {
      expect((await build({ output })).code).toBe(0);
      const full = join(root, "full-2");
      expect((await build({ output: full, cache: null })).code).toBe(0);
      const files = await snapshot(output);
      expect([...files.keys()].some((name) => name.startsWith("gamma"))).toBe(false);
      expect(files).toEqual(await snapshot(full));
    } finally {
      await rm(join(input, "delta.md"));
      await writeFile(join(input, "gamma.md"), article("gamma", 5));
    }
  });

  it("should render again a page edited or deleted by hand in the output", async () => {
    const output = join(root, "site-3");
    expect((await build({ output })).code).toBe(0);
    const before = await snapshot(output);
    await writeFile(join(output, "alpha", "index.html"), "edited by hand");
    await rm(join(output, "beta", "claims.json"));
    const again = await build({ output });
    expect(again.stderr).toContain("rendered the pages of 2 of 3 articles, kept the others from the previous build");
    expect(await snapshot(output)).toEqual(before);
  });

  it("should render every page again when the render settings change (here the path prefix)", async () => {
    const output = join(root, "site-4");
    expect((await build({ output })).code).toBe(0);
    expect((await build({ output, pathPrefix: "/news/" })).code).toBe(0);
    const full = join(root, "full-4");
    expect((await build({ output: full, cache: null, pathPrefix: "/news/" })).code).toBe(0);
    expect(await snapshot(output)).toEqual(await snapshot(full));
  });
});
