/**
 * The front-matter schema (src/frontmatter-schema.ts) drives validation and the README's reference.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/frontmatter.ts";
import { FRONT_MATTER_FIELDS, frontMatterTable, SOURCE_FIELDS, type FieldType, type SourceFieldType } from "../src/frontmatter-schema.ts";

const README = join(import.meta.dirname, "..", "README.md");
const article = (front: string) => `---\ntitle: T\n${front}\n---\n\nText.\n`;

/** For each field type: a YAML value it accepts and one it rejects. */
const EXAMPLES: Record<FieldType, { good: string; bad: string }> = {
  string: { good: "Some text", bad: "[1, 2]" },
  slug: { good: "My Page", bad: "'---'" },
  date: { good: "2020-02-29", bad: "2021-02-29" },
  url: { good: "https://example.org/a b", bad: "javascript:alert(1)" },
  language: { good: "pt-BR", bad: "en_US" },
  sources: { good: "\n  - id: a\n    name: A", bad: "a source" },
};

/** For each type of a `sources` entry's key: a YAML value it accepts and one it rejects, with the message's end. */
const SOURCE_EXAMPLES: Record<SourceFieldType, { good: string; bad: string; expected: string }> = {
  id: { good: "un-ocha_2", bad: "'-x'", expected: "to be letters, digits, `-` or `_`, found string `-x`" },
  string: { good: "Some Body", bad: "[a, b]", expected: "string, found a list" },
  strings: { good: "[One, 2]", bad: "[[nested]]", expected: "to be a list of strings, found a list" },
  url: { good: "https://example.org/", bad: "ftp://example.org/", expected: "to be an http(s) URL, found string `ftp://example.org/`" },
};

/** A `sources` entry with `id: a`, `name: A`, and `key: value` as its last line (line 6 of the file, column 5). */
const withSource = (key: string, value: string) => {
  const entry = { id: "a", name: "A", [key]: value };
  return `---\ntitle: T\nsources:\n  - ${Object.entries(entry).map(([k, v]) => `${k}: ${v}`).join("\n    ")}\n---\n\nText.\n`;
};

describe("the front-matter schema", () => {
  it("should be the README's front-matter reference", () => {
    const readme = readFileSync(README, "utf8");
    const table = frontMatterTable();
    // `SOURCED_WRITE_README=1 npx vitest run tests/frontmatter-schema.test.ts` rewrites the table after a change.
    if (process.env.SOURCED_WRITE_README === "1" && !readme.includes(table)) {
      writeFileSync(README, readme.replace(/^\| key \| type \| default \| meaning \|\n(?:\|.*\n)+/m, `${table}\n`));
    }
    expect(readFileSync(README, "utf8")).toContain(table);
  });

  for (const field of FRONT_MATTER_FIELDS.filter((f) => f.key !== "title")) {
    const { good, bad } = EXAMPLES[field.type];
    it(`should accept \`${field.key}: ${good.trim().split("\n")[0]}\` and reject \`${field.key}: ${bad}\` (${field.type})`, () => {
      const accepted = parseArticle(article(`${field.key}: ${good}`), "a.md");
      expect(accepted.file.messages.map(String)).toEqual([]);
      const rejected = parseArticle(article(`${field.key}: ${bad}`), "a.md");
      expect(rejected.failed).toBe(true);
      expect(rejected.file.messages.map((m) => [m.line, m.ruleId])).toEqual([[3, field.type === "url" ? "front-matter-url" : "front-matter-type"]]);
    });
  }

  for (const field of SOURCE_FIELDS) {
    const { good, bad, expected } = SOURCE_EXAMPLES[field.type];
    it(`should accept \`${field.key}: ${good}\` in a \`sources\` entry and reject \`${field.key}: ${bad}\` at that key (${field.type})`, () => {
      const accepted = parseArticle(withSource(field.key, good), "a.md");
      expect(accepted.file.messages.map(String)).toEqual([]);
      expect(accepted.frontMatter.registry).toHaveLength(1);
      const rejected = parseArticle(withSource(field.key, bad), "a.md");
      expect(rejected.failed).toBe(true);
      // The key's own line and column: `id` opens the entry (line 4, column 5); the others follow it.
      const line = field.key === "id" ? 4 : field.key === "name" ? 5 : 6;
      expect(rejected.file.messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([[line, 5, field.type === "url" ? "front-matter-url" : "front-matter-type"]]);
      expect(rejected.file.messages[0]?.reason).toContain(expected);
      expect(rejected.frontMatter.registry).toEqual([]);
    });
  }

  it("should require a `sources` entry's `name`, naming the entry by its id at the entry's line", () => {
    const parsed = parseArticle("---\ntitle: T\nsources:\n  - id: who\n    url: https://example.org/\n---\n\nText.\n", "a.md");
    expect(parsed.file.messages.map(String)).toEqual(["a.md:4:1: Expected `name` of source `who` to be a non-empty string, found nothing"]);
  });

  it("should require `title`", () => {
    const parsed = parseArticle("---\ndate: 2020-01-01\n---\n\nText.\n", "a.md");
    expect(parsed.file.messages.map(String)).toEqual(["a.md:1:1: Missing `title` in front matter: expected `title: <headline>`"]);
  });

  it("should name every key of the schema when warning about an unknown one", () => {
    const parsed = parseArticle(article("colour: red"), "a.md");
    expect(parsed.failed).toBe(false);
    const [warning] = parsed.file.messages;
    expect(warning?.ruleId).toBe("unknown-key");
    for (const field of FRONT_MATTER_FIELDS) expect(warning?.reason).toContain(field.key);
  });
});
