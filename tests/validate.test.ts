/**
 * Every page the build makes passes the Nu HTML Checker (vnu) with no errors, and html-validate's
 * `standard` preset (the project's `.htmlvalidate.json`). Builds the seed, two corpus articles and an
 * article using the Markdown the pipeline supports into a temporary folder, once.
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate, type ConfigData } from "html-validate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VNU = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

/** Markdown features beyond the news articles: lists, tasks, a table, code, footnotes, overrides, links. */
const FEATURES = `---
title: "Every Markdown feature: a test article"
date: 2020-01-02
byline: Jo Reporter
publisher: Example News
source_url: https://example.org/story?id=1&page=2
retrieved_from: https://example.org/archive/story
license: CC BY 4.0
excerpt: The whole article.
description: An article that uses the Markdown the pipeline supports, for the HTML validators.
lang: en-GB
sources:
  - id: police
    name: City police
    aliases: [the police]
    description: The city's police force.
    url: https://example.org/police
---

## A heading

The police said 12 people were killed and 30 wounded on Monday. Hospital officials said 15 people died.

> "We are still counting," the mayor said. "It could be more than 20 > 15."

- A list item with **bold**, *emphasis*, ~~strike~~ and \`code\`.
- [x] A done task
- [ ] A task to do

1. First
2. Second

| Place | Killed |
| :---- | -----: |
| North | 5 |
| South | 7 |

\`\`\`js
const x = "<script>" && a > b;
\`\`\`

A footnote[^1], an autolink https://example.org/ and <mailto:jo@example.org>, a [link](https://example.org/ "Title"), a [relative link](/about/), [a script link](javascript:alert(1)) and an image ![A chart](https://example.org/chart.png).

Hard  
break, and a rule:

***

:source[The toll will rise.]{#police} :figure[40 people]{scope="last year"} died in the previous flood, officials said.

[^1]: The footnote's text.
`;

let root: string;
let site: string;
let broken: string;
let pages: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-validate-"));
  const articles = join(root, "articles");
  site = join(root, "site");
  await mkdir(articles);
  await copyFile(join(ROOT, "articles/deir-ez-zor-airstrike.md"), join(articles, "deir-ez-zor-airstrike.md"));
  for (const name of ["06-addis-ababa-clashes-wikinews.md", "11-zimbabwe-cholera-voa.md"]) {
    await copyFile(join(ROOT, "tests/fixtures/corpus", name), join(articles, name));
  }
  await writeFile(join(articles, "features.md"), FEATURES);
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    expect(await buildSite({ input: articles, output: site })).toBe(0);
  } finally {
    spy.mockRestore();
  }
  pages = (await readdir(site, { recursive: true })).filter((name) => name.endsWith(".html")).sort();
  // A page with known errors, checked in the same run, so that a checker that checks nothing fails.
  broken = join(root, "broken");
  await mkdir(broken);
  await writeFile(join(broken, "index.html"), "<!doctype html>\n<html>\n<head><title>x</title></head>\n<body><p><a href=\"#\" href=\"#\">x</a></p><table><tr><td>1</td></tr></table></body>\n</html>\n");
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the built pages", () => {
  it("should include the home page and every article page", () => {
    expect(pages).toEqual([
      "06-addis-ababa-clashes-wikinews/index.html",
      "11-zimbabwe-cholera-voa/index.html",
      "deir-ez-zor-airstrike/index.html",
      "features/index.html",
      "index.html",
    ]);
  });

  it("should pass the Nu HTML Checker with no errors", () => {
    // One Java start for the whole site (about 2 s), with the broken page alongside.
    const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--skip-non-html", "--format", "json", site, broken], { encoding: "utf8" });
    expect(run.error).toBeUndefined();
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: Array<{ type: string; url?: string; lastLine?: number; message: string }> };
    // One attribute the checker does not know yet: `interestfor` (interest invokers, whatwg/html#11006,
    // shipped in Chromium 142), which opens a source card on hover and focus without script. Only
    // that exact message is set aside; every other error fails the test.
    const interestFor = /^Attribute “interestfor” not allowed on element “a” at this point\.$/;
    const errors = messages.filter((m) => m.type === "error" && !interestFor.test(m.message)).map((m) => `${(m.url ?? "").replace(`file:${root}/`, "")}:${m.lastLine ?? 0}: ${m.message}`);
    expect(errors.filter((error) => !error.startsWith("broken/"))).toEqual([]);
    expect(errors.filter((error) => error.startsWith("broken/")).length).toBeGreaterThan(0);
  }, 60_000);

  it("should pass html-validate with the project's configuration (the `standard` preset)", async () => {
    const config = JSON.parse(await readFile(join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
    expect(config.extends).toContain("html-validate:standard");
    const validator = new HtmlValidate(config);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(join(site, page), "utf8"), page);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
      }
    }
    expect(problems).toEqual([]);
    const brokenReport = await validator.validateString(await readFile(join(broken, "index.html"), "utf8"), "broken.html");
    expect(brokenReport.valid).toBe(false);
  });
});
