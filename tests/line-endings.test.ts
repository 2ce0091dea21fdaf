/**
 * Line endings: an article saved with CRLF (Windows, git's `autocrlf`) or CR only (old Mac editors) builds
 * exactly like the same article with LF, and every message keeps the line and column of the file.
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { processArticle } from "../src/index.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every real article of the repository: the published ones and every labelled fixture. */
async function realArticles(): Promise<string[]> {
  const paths: string[] = [];
  for (const dir of ["articles", "tests/fixtures/corpus", ...["", "-b", "-c", "-d", "-e", "-f"].map((s) => `tests/fixtures/heldout${s}`)]) {
    for (const name of (await readdir(`${ROOT}${dir}`)).sort()) {
      if (name.endsWith(".md") && name !== "README.md") paths.push(`${ROOT}${dir}/${name}`);
    }
  }
  return paths;
}

const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const cr = (text: string) => text.replace(/\n/g, "\r");

describe("line endings", () => {
  it("should build every real article saved with CRLF or CR exactly as with LF", async () => {
    const paths = await realArticles();
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const lf = (await readFile(path, "utf8")).replace(/\r\n?/g, "\n");
      const expected = await processArticle(lf, path);
      expect(expected.failed, `${path}: ${expected.file.messages.map(String).join("\n")}`).toBe(false);
      for (const [name, text] of [["CRLF", crlf(lf)], ["CR", cr(lf)]] as const) {
        const actual = await processArticle(text, path);
        expect(actual.failed, `${path} as ${name}: ${actual.file.messages.map(String).join("\n")}`).toBe(false);
        expect(actual.html, `${path} as ${name}`).toBe(expected.html);
        expect(actual.data, `${path} as ${name}`).toEqual(expected.data);
        expect(actual.file.messages.map(String), `${path} as ${name}`).toEqual(expected.file.messages.map(String));
      }
    }
  }, 300_000);

  it("should report errors at the file's own line and column in CRLF and CR files", async () => {
    const text = "---\ntitle: Fine\ndate: yesterday\n---\n\nThe police said 3 people died.\nA \u0000 here.\n";
    for (const convert of [crlf, cr]) {
      const bad = await processArticle(convert(text.replace("\u0000", "x")), "bad.md");
      expect(bad.file.messages.map(String)).toEqual(["bad.md:3:1: Expected `date` to be a date written YYYY-MM-DD, found `yesterday`"]);
      const nul = await processArticle(convert(text.replace("yesterday", "2016-09-17")), "nul.md");
      expect(nul.file.messages.map(String)).toEqual(["nul.md:7:3: Unexpected NUL byte: expected a UTF-8 text file"]);
    }
  });

  it("should report a broken quotation in CRLF front matter at its column", async () => {
    const file = (await processArticle(crlf('---\ntitle: "Unclosed\ndate: 2016-09-17\n---\n\nText.\n'), "q.md")).file;
    expect(file.messages.map(String)[0]).toMatch(/^q\.md:2:8: Invalid YAML in front matter: missing closing `"`/);
  });
});
