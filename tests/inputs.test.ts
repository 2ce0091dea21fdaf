/**
 * Smaller promises about odd input: directives only where the author meant them, byte errors at
 * offset 0 on line 1, a place and a limit for deep nesting, one-line `file:line:column` messages with
 * control characters escaped, own front-matter keys only, aliases read as YAML means them, and one rule
 * for URLs.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VFile } from "vfile";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle, processArticle, render } from "../src/index.ts";
import { readArticle } from "../src/read-article.ts";
import { MAX_NESTING_DEPTH } from "../src/remark-nesting-limit.ts";
import { escapeControls, formatMessages } from "../src/report.ts";
import { encodeUrlForPage, isSafeUrl } from "../src/url.ts";

const article = (front: string, body = "The police said 3 people died.") => `---\ntitle: Fine\n${front}---\n\n${body}\n`;
const messages = (text: string) => parseArticle(text, "a.md").file.messages.map(String);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sourced-inputs-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("directives", () => {
  it("should read a directive name right after a word character as text, keeping its link and emphasis", async () => {
    const html = await render(article("", "Warning:see[the *manual*](https://example.com) first."), "a.md");
    expect(html).toContain('Warning:see<a href="https://example.com">the <em>manual</em></a> first.');
  });

  it("should still read a directive after a space or a bracket", async () => {
    const front = "sources:\n  - id: x\n    name: The ministry\n";
    const html = await render(article(front, "He said :source[the toll rose.]{#x}\n\nIt was late (:unattributed[it rained]) that night."), "a.md");
    expect(html).toContain('<span id="a1" class="statement" data-source="x">He said the toll rose.</span>');
    expect(html).toContain("It was late (it rained) that night.");
  });
});

describe("invalid bytes", () => {
  it("should report an invalid byte at offset 0 on line 1, column 1", async () => {
    for (const [name, bytes] of [
      ["latin1.md", Buffer.from("\u00e9t\u00e9\n---\n", "latin1")],
      ["utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\ntitle: x\n---\n", "utf16le")])],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const read = await readArticle(path);
      expect(read.file?.messages.map(String)[0]).toMatch(new RegExp(`^${path}:1:1: Invalid UTF-8 byte`));
    }
  });

  it("should count lines ended by a lone CR when placing an invalid byte", async () => {
    const path = join(dir, "cr.md");
    await writeFile(path, Buffer.concat([Buffer.from("---\rtitle: x\r---\r\rLe caf", "utf8"), Buffer.from([0xe9])]));
    expect((await readArticle(path)).file?.messages.map(String)).toEqual([`${path}:5:7: Invalid UTF-8 byte \`0xE9\`: expected a UTF-8 text file; save it as UTF-8`]);
  });
});

describe("deep nesting", () => {
  it("should refuse 1,000 nested lists with a place and the documented limit, not a stack overflow", async () => {
    const result = await processArticle(article("", "- ".repeat(1000) + "x"), "deep.md");
    expect(result.failed).toBe(true);
    const [message] = result.file.messages.map(String);
    expect(message).toMatch(new RegExp(`^deep\\.md:5:\\d+-5:\\d+: Nesting too deep: \\d+ levels of lists, quotes or emphasis inside each other, expected at most ${MAX_NESTING_DEPTH}$`));
  });

  it("should process an article nested up to the limit", async () => {
    for (const body of ["- ".repeat(48) + "x", ">".repeat(97) + " x"]) {
      const result = await processArticle(article("", body), "deep.md");
      expect(result.failed, result.file.messages.map(String).join("\n")).toBe(false);
    }
  });
});

describe("printed messages", () => {
  it("should print one `file:line:column severity message rule` line per message, then a count", () => {
    const file = new VFile({ path: "articles/a.md" });
    file.message("Unknown front-matter key `colour`", { place: { line: 3, column: 1 }, ruleId: "unknown-key", source: "sourced" });
    const error = file.message("Expected `date` to be a date", { place: { line: 2, column: 7 }, ruleId: "front-matter-type", source: "sourced" });
    error.fatal = true;
    expect(formatMessages([file])).toBe(
      ["articles/a.md:2:7 error Expected `date` to be a date front-matter-type", "articles/a.md:3:1 warning Unknown front-matter key `colour` unknown-key", "1 error, 1 warning"].join("\n"),
    );
  });

  it("should escape control characters from front matter in every message", () => {
    const file = parseArticle(article("colo\u001b[2Jur: x\ndate: \"\u001b[31m2016\u0007\"\n"), "a.md").file;
    const printed = formatMessages([file]);
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(printed).toContain("Unknown front-matter key `colo\\x1B[2Jur`");
    expect(printed).toContain("found `\\x1B[31m2016\\x07`");
    expect(escapeControls("a\nb\u009bc")).toBe("a\\nb\\x9Bc");
  });
});

describe("front-matter keys and YAML aliases", () => {
  it("should warn about keys named like Object's own properties", () => {
    const found = messages(article("toString: x\nconstructor: y\n__proto__: z\nhasOwnProperty: 1\n"));
    expect(found.map((m) => /key `(\w+)`/.exec(m)?.[1])).toEqual(["toString", "constructor", "__proto__", "hasOwnProperty"]);
    expect(parseArticle(article("__proto__: z\n"), "a.md").frontMatter.fields).toHaveProperty("__proto__", "z");
  });

  it("should read values through aliases and say so when one has the wrong type", () => {
    expect(parseArticle("---\npub: &p Reuters\ntitle: *p\n---\n\nText.\n", "a.md").frontMatter.meta.title).toBe("Reuters");
    expect(messages("---\nx: &a\n  k: v\ntitle: *a\n---\n\nText.\n")).toContain("a.md:4:1: Expected `title` to be a string, found a mapping (through the alias `*a`)");
    const registry = parseArticle("---\ntitle: T\nlist: &s\n  - id: a\n    name: A\nsources: *s\n---\n\nText.\n", "a.md").frontMatter.registry;
    expect(registry.map((entry) => entry.id)).toEqual(["a"]);
  });

  it("should refuse a front matter that expands too many aliases", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) lines.push(`${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10).fill(`*${"abcdefgh"[i - 1]}`).join(", ")}]`);
    const found = messages(`---\ntitle: T\n${lines.join("\n")}\n---\n\nText.\n`);
    expect(found.some((m) => m.includes("Invalid YAML in front matter") && /alias/i.test(m))).toBe(true);
  });
});

describe("one URL rule", () => {
  it("should accept only absolute http(s) URLs in front matter, and relative or mailto ones in the body too", () => {
    expect(isSafeUrl("https://example.com/a", "front-matter")).toBe(true);
    for (const url of ["mailto:a@b.c", "/about/", "javascript:alert(1)", "java\tscript:x", "https://", "http://exa mple.com/"]) {
      expect(isSafeUrl(url, "front-matter"), url).toBe(false);
    }
    for (const url of ["mailto:a@b.c", "/about/", "#x", "https://example.com/"]) expect(isSafeUrl(url, "body"), url).toBe(true);
    for (const url of ["javascript:alert(1)", " JaVa\nScRiPt:x", "data:text/html,x", "vbscript:x"]) expect(isSafeUrl(url, "body"), url).toBe(false);
  });

  it("should refuse a mailto source_url and a mailto source url as errors", () => {
    expect(messages(article("source_url: mailto:desk@example.com\n"))).toEqual(["a.md:3:1: Expected `source_url` to be an http(s) URL, found `mailto:desk@example.com`"]);
    expect(messages(article("sources:\n  - id: x\n    name: X\n    url: mailto:x@example.com\n"))[0]).toMatch(/Expected `url` of source `x` to be an http\(s\) URL/);
  });

  it("should percent-encode what may not stand in a URL, in the page", async () => {
    expect(encodeUrlForPage('https://example.com/a"b<c> d|e?q={1}#f#g')).toBe("https://example.com/a%22b%3Cc%3E%20d%7Ce?q=%7B1%7D#f%23g");
    expect(encodeUrlForPage("https://example.com/caf\u00e9/%41%zz")).toBe("https://example.com/caf\u00e9/%41%25zz");
    const parsed = parseArticle(article("source_url: 'https://example.com/a\"b'\nsources:\n  - id: x\n    name: X\n    url: 'https://example.com/<x>'\n"), "a.md");
    expect(parsed.frontMatter.fields.source_url).toBe("https://example.com/a%22b");
    expect(parsed.frontMatter.registry[0]!.url).toBe("https://example.com/%3Cx%3E");
  });
});
