/**
 * Two builds of the same articles give byte-identical sites: one in this process, one from the command
 * line in a fresh process, from copies of the articles written in opposite orders, into different folders.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateArticles } from "../src/generated-articles.ts";
import { buildSite, type BuildOptions } from "../src/build.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

let root: string;
let articles: Map<string, string>;

/** Every file under `dir` (dotfiles included), by relative path, with its bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Run `buildSite`, keeping what it printed on stderr. */
async function build(options: BuildOptions): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: await buildSite(options), stderr: chunks.join("") };
  } finally {
    spy.mockRestore();
  }
}

/** Write the articles into a new folder, in the given order (so that the folder's own order differs). */
async function folder(name: string, order: string[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  for (const file of order) await writeFile(join(dir, file), articles.get(file)!);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-determinism-"));
  articles = new Map();
  articles.set("deir-ez-zor-airstrike.md", await readFile(join(ROOT, "articles/deir-ez-zor-airstrike.md"), "utf8"));
  const corpus = join(ROOT, "tests/fixtures/corpus");
  for (const name of (await readdir(corpus)).filter((n) => /^\d.*\.md$/.test(n))) articles.set(name, await readFile(join(corpus, name), "utf8"));
  // Recombined articles share sources and sentences across files: any state leaking between articles shows.
  for (const [name, text] of generateArticles(5)) articles.set(name, text);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("two builds of the same articles", () => {
  it("should give byte-identical output, in this process and in a fresh one", async () => {
    const names = [...articles.keys()].sort();
    const first = await folder("a", names);
    const second = await folder("b", names.toReversed());

    // This build also tags on a worker thread (large sites do by default), the other one does not.
    expect((await build({ input: first, output: join(root, "site-a"), threads: 1 })).code).toBe(0);
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), "build", "--input", second, "--output", join(root, "site-b")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);

    const a = await snapshot(join(root, "site-a"));
    const b = await snapshot(join(root, "site-b"));
    expect([...a.keys()]).toEqual([...b.keys()]);
    // Per article its page, claims.json and figures.csv; then the home page, stylesheet, favicon, feed and .nojekyll.
    expect(a.size).toBe(articles.size * 3 + 5);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), `${path} is identical`).toBe(true);
  }, 120_000);

  it("should report the same messages with worker threads as without", async () => {
    const dir = join(root, "messages");
    await mkdir(dir);
    await writeFile(join(dir, "deir-ez-zor-airstrike.md"), articles.get("deir-ez-zor-airstrike.md")!);
    await writeFile(join(dir, "broken.md"), '---\ntitle: "Unclosed\ndate: 2016-09-17\n---\n\nText.\n');
    await writeFile(join(dir, "latin1.md"), Buffer.from("---\ntitle: Caf\u00e9\n---\n\nText.\n", "latin1"));
    await writeFile(join(dir, "twin.md"), "---\ntitle: Twin\nslug: deir-ez-zor-airstrike\ncolour: blue\n---\n\nThe police said 3 people died.\n");
    const serial = await build({ input: dir, output: join(root, "messages-a"), threads: 0 });
    const parallel = await build({ input: dir, output: join(root, "messages-a"), threads: 2 });
    expect(serial.code).toBe(1);
    expect(serial.stderr).toMatch(/latin1\.md:2:11 error Invalid UTF-8 byte `0xE9`/);
    expect(serial.stderr).toMatch(/twin\.md:3:1 error Duplicate slug/);
    expect(parallel).toEqual(serial);
  }, 60_000);
});
