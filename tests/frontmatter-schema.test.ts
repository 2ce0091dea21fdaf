/**
 * The front-matter schema (src/frontmatter-schema.ts) drives validation and the README's reference.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/frontmatter.ts";
import { FRONT_MATTER_FIELDS, frontMatterTable, type FieldType } from "../src/frontmatter-schema.ts";

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
