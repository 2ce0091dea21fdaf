/**
 * Bad articles: each gets a message naming its file, line and column (vfile-reporter), a failed build
 * exits 1 and leaves the previous output byte for byte as it was, and nothing is ever written into the
 * articles folder. Runs in temporary folders only.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateArticle, loadBaseArticles } from "../src/generated-articles.ts";
import { buildSite } from "../src/build.ts";
import { snapshot } from "./helpers/snapshot.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED_NAME = "deir-ez-zor-airstrike.md";
const SEED = await readFile(join(ROOT, "articles", SEED_NAME), "utf8");

let root: string;
/** The output folder every failing build aims at: it holds a good build that must survive. */
let site: string;
let goodBuild: Map<string, string>;
let caseNumber = 0;

/** Run `buildSite`, keeping what it printed on stderr. */
async function build(input: string, output: string): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: await buildSite({ input, output }), stderr: chunks.join("") };
  } finally {
    spy.mockRestore();
  }
}

/** A build of the seed plus `files`, from a fresh articles folder, checking that the folder is never written to. */
async function attempt(files: Record<string, string | Uint8Array>, output = site) {
  const articles = join(root, `articles-${++caseNumber}`);
  await mkdir(articles);
  await writeFile(join(articles, SEED_NAME), SEED);
  for (const [name, content] of Object.entries(files)) await writeFile(join(articles, name), content);
  const before = await snapshot(articles);
  const result = await build(articles, output);
  expect(await snapshot(articles), "the articles folder is unchanged").toEqual(before);
  return { ...result, articles, path: (name: string) => join(articles, name) };
}

/** Assert that a build failed, left the good site as it was and left no temporary folder. */
async function expectFailedAndUnchanged(result: { code: number; stderr: string }) {
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("is unchanged");
  expect(await snapshot(site)).toEqual(goodBuild);
  expect((await readdir(root)).filter((name) => name.startsWith("."))).toEqual([]);
}

/** The lines printed for `path` (`path:line:column severity message rule`), without the `path:`. */
function rows(stderr: string, path: string): string[] {
  const found = stderr.split("\n").filter((line) => line.startsWith(`${path}:`)).map((line) => line.slice(path.length + 1));
  expect(found.length, `a report for ${path} in:\n${stderr}`).toBeGreaterThan(0);
  return found;
}

/** Assert that the report for `path` has a line at `line:column` with that severity, starting with `message`. */
function expectRow(stderr: string, path: string, place: string, severity: "error" | "warning", message: string) {
  const found = rows(stderr, path).filter((row) => new RegExp(`^${place} ${severity} `).test(row));
  expect(found.some((row) => row.replace(/^\S+ \S+ /, "").startsWith(message)), `${place} ${severity} ${message} in:\n${stderr}`).toBe(true);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-bad-input-"));
  site = join(root, "site");
  const good = join(root, "good");
  await mkdir(good);
  await writeFile(join(good, SEED_NAME), SEED);
  const result = await build(good, site);
  expect(result.code, result.stderr).toBe(0);
  goodBuild = await snapshot(site);
  expect(goodBuild.has("deir-ez-zor-airstrike/index.html")).toBe(true);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("a build with a bad article", () => {
  it("should report broken YAML at the unclosed quotation mark", async () => {
    const result = await attempt({ "bad.md": '---\ntitle: "Unclosed\ndate: 2016-09-17\n---\n\nThe police said 3 people died.\n' });
    expectRow(result.stderr, result.path("bad.md"), "2:8", "error", "Invalid YAML in front matter: missing closing `\"`");
    await expectFailedAndUnchanged(result);
  });

  it("should report broken YAML in a list at its line", async () => {
    const result = await attempt({ "bad.md": "---\ntitle: Fine\ndate: 2016-09-17\nsources: [a, b\n---\n\nText.\n" });
    expectRow(result.stderr, result.path("bad.md"), "4:\\d+", "error", "Invalid YAML in front matter");
    await expectFailedAndUnchanged(result);
  });

  it("should report a front-matter value of the wrong type", async () => {
    const result = await attempt({
      "bad.md": "---\ntitle: Fine\ndate: yesterday\npublisher: [Reuters, AP]\n---\n\nThe police said 3 people died.\n",
    });
    const path = result.path("bad.md");
    expectRow(result.stderr, path, "3:1", "error", "Expected `date` to be a date written YYYY-MM-DD, found `yesterday`");
    expectRow(result.stderr, path, "4:1", "error", "Expected `publisher` to be a string, found a list");
    await expectFailedAndUnchanged(result);
  });

  it("should reject a `javascript:` source_url as an error", async () => {
    const result = await attempt({ "bad.md": "---\ntitle: Fine\nsource_url: javascript:alert(1)\n---\n\nText.\n" });
    expectRow(result.stderr, result.path("bad.md"), "3:1", "error", "Expected `source_url` to be an http(s) URL");
    await expectFailedAndUnchanged(result);
  });

  it("should report a missing title", async () => {
    const result = await attempt({ "bad.md": "---\ndate: 2016-09-17\n---\n\nThe police said 3 people died.\n" });
    expectRow(result.stderr, result.path("bad.md"), "1:1", "error", "Missing `title` in front matter");
    await expectFailedAndUnchanged(result);
  });

  it("should report a file without front matter as missing it", async () => {
    const result = await attempt({ "bad.md": "The police said 3 people died.\n" });
    expectRow(result.stderr, result.path("bad.md"), "1:1", "error", "Missing front matter");
    await expectFailedAndUnchanged(result);
  });

  it("should report front matter that is never closed", async () => {
    const result = await attempt({ "bad.md": "---\ntitle: Fine\n\nThe police said 3 people died.\n" });
    expectRow(result.stderr, result.path("bad.md"), "1:1", "error", "Unclosed front matter");
    await expectFailedAndUnchanged(result);
  });

  it("should report an empty file as an empty article", async () => {
    const result = await attempt({ "empty.md": "" });
    expectRow(result.stderr, result.path("empty.md"), "1:1", "error", "Empty article");
    await expectFailedAndUnchanged(result);
  });

  it("should report a file with only front matter as an empty article", async () => {
    const result = await attempt({ "only.md": "---\ntitle: Only front matter\ndate: 2016-09-17\n---\n\n  \n" });
    expectRow(result.stderr, result.path("only.md"), "4:1", "error", "Empty article: expected Markdown text after the front matter");
    await expectFailedAndUnchanged(result);
  });

  it("should report a file that is not UTF-8 at the line and column of the first bad byte", async () => {
    // Latin-1 "café" on line 7: `é` is the lone byte 0xE9.
    const latin1 = Buffer.concat([
      Buffer.from("---\ntitle: Fine\ndate: 2016-09-17\n---\n\nThe police said 3 people died.\n", "utf8"),
      Buffer.from("Le caf\u00e9 was closed, the mayor said.\n", "latin1"),
    ]);
    const result = await attempt({ "latin1.md": latin1 });
    expectRow(result.stderr, result.path("latin1.md"), "7:7", "error", "Invalid UTF-8 byte `0xE9`: expected a UTF-8 text file");
    await expectFailedAndUnchanged(result);
  });

  it("should accept a real U+FFFD in a UTF-8 file with only a warning", async () => {
    const result = await attempt(
      { "fffd.md": "---\ntitle: Fine\n---\n\nThe sign read \uFFFD, the police said.\n" },
      join(root, "fffd-site"),
    );
    expect(result.code, result.stderr).toBe(0);
    expectRow(result.stderr, result.path("fffd.md"), "5:15", "warning", "Unexpected replacement character `U+FFFD`");
  });

  it("should report a NUL byte at its line and column", async () => {
    const result = await attempt({ "nul.md": "---\ntitle: Fine\n---\n\nThe police said 3 people died.\nA \u0000 here.\n" });
    expectRow(result.stderr, result.path("nul.md"), "6:3", "error", "Unexpected NUL byte");
    await expectFailedAndUnchanged(result);
  });

  it("should report two articles with the same slug, naming both files", async () => {
    const result = await attempt({
      "a.md": "---\ntitle: First\nslug: same\n---\n\nThe police said 3 people died.\n",
      "b.md": "---\ntitle: Second\ndate: 2016-09-17\nslug: Same\n---\n\nThe police said 4 people died.\n",
    });
    expectRow(result.stderr, result.path("b.md"), "4:1", "error", `Duplicate slug \`same\`: \`${result.path("a.md")}\` and \`${result.path("b.md")}\``);
    await expectFailedAndUnchanged(result);
  });

  it("should report an article whose file name makes the slug another article sets", async () => {
    const result = await attempt({ "copy.md": "---\ntitle: Copy\nslug: deir-ez-zor-airstrike\n---\n\nThe police said 3 people died.\n" });
    expectRow(result.stderr, result.path(SEED_NAME), "1:1", "error", "Duplicate slug `deir-ez-zor-airstrike`");
    await expectFailedAndUnchanged(result);
  });

  it("should report an override naming an unknown source, listing the known ones", async () => {
    const result = await attempt({
      "override.md": [
        "---",
        "title: Fine",
        "sources:",
        "  - id: sohr",
        "    name: Syrian Observatory for Human Rights",
        "---",
        "",
        "The Syrian Observatory for Human Rights said 3 people died.",
        "",
        "Later, :source[the toll rose to 5.]{#nobody}",
        "",
      ].join("\n"),
    });
    expectRow(result.stderr, result.path("override.md"), "10:8", "error", "Unknown source `nobody` in `:source` override: expected one of `sohr`");
    await expectFailedAndUnchanged(result);
  });

  it("should report duplicate ids in the source registry, naming both lines", async () => {
    const result = await attempt({
      "registry.md": [
        "---",
        "title: Fine",
        "sources:",
        "  - id: police",
        "    name: Police",
        "  - id: police",
        "    name: City police",
        "---",
        "",
        "The police said 3 people died.",
        "",
      ].join("\n"),
    });
    expectRow(result.stderr, result.path("registry.md"), "6:\\d+", "error", "Duplicate source id `police` in `sources`: first defined on line 4");
    await expectFailedAndUnchanged(result);
  });

  it("should exit 1 from the command line, printing `file:line:column error message rule` lines", async () => {
    const articles = join(root, "cli-articles");
    await mkdir(articles);
    await writeFile(join(articles, "bad.md"), '---\ntitle: "Unclosed\ndate: 2016-09-17\n---\n\nThe police said 3 people died.\n');
    const output = join(root, "cli-site");
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), "build", "--input", articles, "--output", output], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    expect(run.status, run.stderr).toBe(1);
    expectRow(run.stderr, join(articles, "bad.md"), "2:8", "error", "Invalid YAML in front matter");
    expect(run.stderr).toContain(`${join(articles, "bad.md")}:2:8 error Invalid YAML in front matter: missing closing \`"\` for the string that opens here front-matter-yaml\n1 error\n`);
    expect(await readdir(output).catch(() => null), "no output folder").toBeNull();
  });

  it("should refuse a file that is not UTF-8 in `sourced extract` and `sourced check` too, at the bad byte", async () => {
    const path = join(root, "cli-latin1.md");
    await writeFile(path, Buffer.concat([Buffer.from("---\ntitle: Fine\n---\n\n", "utf8"), Buffer.from("Le caf\u00e9, the mayor said.\n", "latin1")]));
    for (const command of ["extract", "check"]) {
      const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), command, path], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout, "no JSON for a file that was misread").toBe("");
      expectRow(run.stderr, path, "5:7", "error", "Invalid UTF-8 byte `0xE9`");
    }
  });
});

describe("a build with an odd but valid article", () => {
  it("should warn about an unknown front-matter key and build all the same", async () => {
    const output = join(root, "unknown-key-site");
    const result = await attempt({ "odd.md": "---\ntitle: Fine\ncolour: blue\n---\n\nThe police said 3 people died.\n" }, output);
    expect(result.code, result.stderr).toBe(0);
    expectRow(result.stderr, result.path("odd.md"), "3:1", "warning", "Unknown front-matter key `colour`");
    expect((await snapshot(output)).has("odd/index.html")).toBe(true);
  });

  it("should build an article whose quotation mark is never closed, in bounded time", async () => {
    const bases = loadBaseArticles();
    const prose = generateArticle(bases, { index: 3, words: 20_000 }).split(/\n---\n/)[1]!;
    const paragraphs = prose.trim().split(/\n\n/).map((p) => p.replace(/[“”"]/g, ""));
    const front = (title: string) => `---\ntitle: ${title}\ndate: 2005-11-02\n---\n\n`;
    // A quotation opened and never closed: once with every later paragraph reopening it (the news
    // convention for a quote that runs on), once as a single paragraph of 20,000 words.
    const reopened = paragraphs.map((p, i) => (i === 0 ? `The minister said: “${p}` : `“${p}`)).join("\n\n");
    const single = `The minister said: “${paragraphs.join(" ")}`;
    const output = join(root, "unclosed-site");
    const result = await attempt({ "reopened.md": `${front("Reopened")}${reopened}\n`, "single.md": `${front("Single")}${single}\n` }, output);
    expect(result.code, result.stderr).toBe(0);
    for (const slug of ["reopened", "single"]) {
      const page = await readFile(join(output, slug, "index.html"), "utf8");
      expect(page).toContain("The minister said: “");
      expect(page).toContain(paragraphs.at(-1)!.split(/[.!?]\s/).at(-1)!.trim().slice(0, 20));
    }
  }, 120_000);

  it("should build a 5 MB article of realistic prose, in bounded time", async () => {
    const bases = loadBaseArticles();
    const parts: string[] = [];
    let size = 0;
    for (let index = 0; size < 5 * 1024 * 1024; index++) {
      const body = generateArticle(bases, { index, words: 2000 }).split(/\n---\n/)[1]!;
      parts.push(`## Part ${index + 1}\n${body}`);
      size += Buffer.byteLength(body) + 12;
    }
    const text = `---\ntitle: A very long article\ndate: 2016-09-17\n---\n\n${parts.join("\n")}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 1024 * 1024);
    const output = join(root, "large-site");
    const result = await attempt({ "large.md": text }, output);
    expect(result.code, result.stderr).toBe(0);
    const page = await readFile(join(output, "large", "index.html"), "utf8");
    expect(page).toContain("<h2>Part 1</h2>");
    expect(page).toContain(`<h2>Part ${parts.length}</h2>`);
    expect(page).toContain('<section class="footnotes sources"');
  }, 300_000);
});
