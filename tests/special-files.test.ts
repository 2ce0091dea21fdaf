/**
 * Only regular files are articles: a symbolic link is followed only to a regular file inside the
 * articles folder; FIFOs, devices and folders are errors and are never opened; a file over the size
 * limit is an error before it is read; `build` and `check` read the same files and name the others.
 * Runs in temporary folders only.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, readArticle } from "../src/read-article.ts";
import { loadSite } from "../src/site.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ARTICLE = (title: string) => `---\ntitle: ${title}\ndate: 2016-09-17\n---\n\nThe police said 3 people died.\n`;

let root: string;
let n = 0;

/** A fresh articles folder holding one good article plus whatever `setup` adds. */
async function folder(setup: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(root, `articles-${++n}`);
  await mkdir(dir);
  await writeFile(join(dir, "good.md"), ARTICLE("Good"));
  await setup(dir);
  return dir;
}

/** The messages `loadSite` gives for the file `name` of `dir`, as strings. */
async function messagesOf(dir: string, name: string, options: { maxBytes?: number } = {}): Promise<{ failed: boolean; messages: string[] }> {
  const site = await loadSite(dir, options);
  const file = site.files.find((f) => f.path === join(dir, name));
  expect(file, `a file for ${name}`).toBeDefined();
  return { failed: site.failed, messages: file!.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? "error" : "warning"} ${m.reason} (${m.ruleId})`) };
}

function cli(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-special-"));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("special files in the articles folder", () => {
  it("should follow a symbolic link to an article inside the folder", async () => {
    const dir = await folder(async (d) => {
      await mkdir(join(d, "drafts"));
      await writeFile(join(d, "drafts", "real.md"), ARTICLE("Linked"));
      await symlink(join("drafts", "real.md"), join(d, "linked.md"));
    });
    const site = await loadSite(dir);
    expect(site.failed, site.files.map(String).join()).toBe(false);
    expect(site.articles.map((a) => a.title).sort()).toEqual(["Good", "Linked"]);
    expect(site.ignored).toEqual(["drafts"]);
  });

  it("should refuse a symbolic link to a file outside the folder, naming link and target", async () => {
    const outside = join(root, "secret.md");
    await writeFile(outside, ARTICLE("Secret"));
    const dir = await folder((d) => symlink(outside, join(d, "leak.md")));
    const { failed, messages } = await messagesOf(dir, "leak.md");
    expect(failed).toBe(true);
    expect(messages).toEqual([
      `1:1 error Symbolic link \`${join(dir, "leak.md")}\` points to \`${outside}\`, outside the articles folder \`${dir}\`: expected a link to an article inside it (bad-symlink)`,
    ]);
  });

  it("should refuse a symbolic link to /dev/zero without reading it", async () => {
    const dir = await folder((d) => symlink("/dev/zero", join(d, "zero.md")));
    const { failed, messages } = await messagesOf(dir, "zero.md");
    expect(failed).toBe(true);
    expect(messages[0]).toMatch(/^1:1 error Symbolic link `.*zero\.md` points to `\/dev\/zero`, outside the articles folder/);
  });

  it("should refuse a symbolic link to a folder or to nothing", async () => {
    const dir = await folder(async (d) => {
      await mkdir(join(d, "sub"));
      await symlink("sub", join(d, "dir.md"));
      await symlink("missing.txt", join(d, "dangling.md"));
    });
    expect((await messagesOf(dir, "dir.md")).messages).toEqual([
      `1:1 error Symbolic link \`${join(dir, "dir.md")}\` points to \`sub\`, which is a folder: expected a link to a regular file (bad-symlink)`,
    ]);
    expect((await messagesOf(dir, "dangling.md")).messages).toEqual([
      `1:1 error Symbolic link \`${join(dir, "dangling.md")}\` points to \`missing.txt\`, which does not exist (bad-symlink)`,
    ]);
  });

  it("should refuse a FIFO without opening it (no hang)", async () => {
    const dir = await folder(async (d) => {
      execFileSync("mkfifo", [join(d, "pipe.md")]);
    });
    const { failed, messages } = await messagesOf(dir, "pipe.md");
    expect(failed).toBe(true);
    expect(messages).toEqual(["1:1 error Expected a regular file, found a FIFO (named pipe): an article is a Markdown text file (not-regular-file)"]);
  }, 20_000);

  it("should refuse a folder named like an article", async () => {
    const dir = await folder((d) => mkdir(join(d, "folder.md")));
    expect((await messagesOf(dir, "folder.md")).messages).toEqual([
      "1:1 error Expected a regular file, found a folder: an article is a Markdown text file (not-regular-file)",
    ]);
  });

  it("should refuse a device given as an article on the command line", async () => {
    const read = await readArticle("/dev/null");
    expect(read.file?.messages.map(String)).toEqual(["/dev/null:1:1: Expected a regular file, found a device: an article is a Markdown text file"]);
  });

  it("should refuse an article over the size limit before reading it, and keep the default limit documented", async () => {
    const dir = await folder((d) => writeFile(join(d, "big.md"), ARTICLE("Big") + "x".repeat(5000)));
    const { failed, messages } = await messagesOf(dir, "big.md", { maxBytes: 4000 });
    expect(failed).toBe(true);
    expect(messages).toEqual(["1:1 error Article too large: 5.1 KB, expected at most 4 KB (the article size limit) (too-large)"]);
    expect(MAX_ARTICLE_BYTES).toBe(10_000_000);
    expect(await readFile(join(ROOT, "docs/security.md"), "utf8")).toContain("10 MB");
  });
});

describe("the set of articles", () => {
  it("should build `.md` and `.markdown` files alike, and name the entries it leaves out", async () => {
    const dir = await folder(async (d) => {
      await writeFile(join(d, "other.markdown"), ARTICLE("Other"));
      await writeFile(join(d, "notes.txt"), "not an article");
      await writeFile(join(d, ".hidden.md"), ARTICLE("Hidden"));
    });
    const site = await loadSite(dir);
    expect(site.articles.map((a) => a.slug).sort()).toEqual(["good", "other"]);
    expect(site.ignored).toEqual([".hidden.md", "notes.txt"]);

    const output = join(root, "site-markdown");
    const build = cli(["build", "--input", dir, "--output", output]);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toContain(`sourced build: ignored 2 entries of \`${dir}\` that are not an article (\`*.md\` or \`*.markdown\`, not hidden): \`.hidden.md\`, \`notes.txt\``);
    expect((await readdir(output)).sort()).toEqual(expect.arrayContaining(["good", "other"]));

    const check = cli(["check", "--input", dir]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toContain(`sourced check: ignored 2 entries of \`${dir}\``);
  }, 120_000);

  it("should fail `check` on a FIFO in the folder as `build` does", async () => {
    const dir = await folder(async (d) => {
      execFileSync("mkfifo", [join(d, "pipe.markdown")]);
    });
    const check = cli(["check", "--input", dir]);
    expect(check.status, check.stderr).toBe(1);
    expect(check.stderr).toContain("Expected a regular file, found a FIFO");
  }, 60_000);
});
