/**
 * Hostile text in every place an article can put text (front matter, the source registry, the body, a
 * source named in the text, link URLs) comes out as text, never as live markup: no `<script>`, no
 * `on*` attribute, no `javascript:` URL, in the pages and in `sourced extract`'s JSON.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";
import { processArticle } from "../src/index.ts";
import { printArticles } from "../src/pdf.ts";
import type { ArticleData } from "../src/types.ts";
import { encodeUrlForPage } from "../src/url.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCRIPT = "<script>alert(1)</script>";
const BREAKOUT = '"><img src=x onerror=alert(1)>';

/** A YAML double-quoted string. */
const q = (text: string) => JSON.stringify(text);

const HOSTILE = [
  "---",
  `title: ${q(`${SCRIPT} ${BREAKOUT} Title`)}`,
  "date: 2016-09-18",
  `byline: ${q(`${SCRIPT} Byline ${BREAKOUT}`)}`,
  `publisher: ${q(`${SCRIPT} Publisher ${BREAKOUT}`)}`,
  `description: ${q(`${SCRIPT} Description ${BREAKOUT}`)}`,
  `license: ${q(`${SCRIPT} License ${BREAKOUT}`)}`,
  `excerpt: ${q(`${SCRIPT} Excerpt ${BREAKOUT}`)}`,
  `event: ${q(`${SCRIPT} Event ${BREAKOUT}`)}`,
  `source_url: ${q(`https://example.org/story${BREAKOUT}`)}`,
  `retrieved_from: ${q(`https://example.org/copy?q=${SCRIPT}${BREAKOUT}`)}`,
  "sources:",
  "  - id: agency",
  `    name: ${q(`${SCRIPT} Agency`)}`,
  `    aliases: [${q(`${BREAKOUT} Bureau`)}, "the agency"]`,
  `    description: ${q(`${SCRIPT} Description of the agency ${BREAKOUT}`)}`,
  `    url: ${q(`https://example.org/agency${BREAKOUT}${SCRIPT}`)}`,
  "---",
  "",
  // Markdown backslash escapes make the angle brackets literal text, so these names survive as text.
  "The \\<script>alert(1)\\</script> Agency said 12 people were killed in the attack.",
  "",
  '"The vote was rigged," \\<b>Evil\\</b> Corp said on Monday.',
  "",
  "<b>Evil</b> Corp said the count was wrong. The \\\"\\>\\<img src=x onerror=alert(1)> Bureau said 3 people were wounded.",
  "",
  "Read [the report](javascript:alert(1)), [the other]( JAVASCRIPT:alert(1) ), [a third](<java\tscript:alert(1)>),",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), <javascript:alert(1)>, [a reference][r] and ![a picture](javascript:alert(1)).",
  "",
  "[r]: javascript:alert(1)",
  "",
  `Text with ${BREAKOUT} in it, and \`${SCRIPT}\` in code, and :figure[40 people]{scope="${SCRIPT.replace(/"/g, "")}"} who died, the agency said.`,
  "",
  SCRIPT,
  "",
  '<img src=x onerror="alert(1)">',
  "",
  '<a href="javascript:alert(1)" onclick="alert(1)">raw link</a> and <iframe src="javascript:alert(1)"></iframe>',
  "",
].join("\n");

const SLUG = "hostile-title-title";

let root: string;
let site: string;
let articles: string;
let pages: Map<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-safety-"));
  articles = join(root, "articles");
  site = join(root, "site");
  await mkdir(articles);
  await writeFile(join(articles, "hostile.md"), HOSTILE.replace("date: 2016-09-18", `date: 2016-09-18\nslug: ${SLUG}`));
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  let code: number;
  try {
    code = await buildSite({ input: articles, output: site });
  } finally {
    spy.mockRestore();
  }
  expect(code).toBe(0);
  pages = new Map();
  for (const name of await readdir(site, { recursive: true })) {
    if (name.endsWith(".html")) pages.set(name, await readFile(join(site, name), "utf8"));
  }
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Every element of a tree. */
function elements(node: Root | RootContent): Element[] {
  const found: Element[] = node.type === "element" ? [node] : [];
  if ("children" in node) for (const child of node.children) found.push(...elements(child));
  if (node.type === "element" && node.content) found.push(...elements(node.content));
  return found;
}

/** The text of a tree, as a reader sees it. */
function text(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(text).join("") : "";
}

/** A URL as a browser reads its scheme: leading controls and spaces dropped, tabs and newlines removed, lower case. */
function scheme(url: string): string {
  return url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "").toLowerCase();
}

/** Every way a page could run script or load a hostile URL. */
function liveProblems(html: string): string[] {
  const problems: string[] = [];
  for (const element of elements(fromHtml(html))) {
    const tag = element.tagName;
    // A JSON-LD block is data a browser never runs, as long as nothing in it can close the element.
    const dataBlock = tag === "script" && element.properties.type === "application/ld+json" && !text(element).includes("</");
    if (!dataBlock && ["script", "iframe", "object", "embed", "frame", "base", "form"].includes(tag)) problems.push(`<${tag}> element`);
    if (tag === "meta" && element.properties.httpEquiv) problems.push("<meta http-equiv>");
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`\`${name}\` attribute on <${tag}>`);
      if (!["href", "src", "action", "formAction", "xLinkHref", "poster", "data", "srcSet", "cite", "background"].includes(name)) continue;
      const url = scheme(Array.isArray(value) ? value.join(" ") : String(value));
      if (/^(javascript|vbscript|data):/.test(url)) problems.push(`${name}="${String(value)}" on <${tag}>`);
    }
  }
  return problems;
}

describe("hostile text in an article", () => {
  it("should build the article page and the home page", () => {
    expect([...pages.keys()].sort()).toEqual([`${SLUG}/index.html`, "index.html"]);
  });

  it("should leave no script, event handler or script URL live in any page", () => {
    for (const [name, html] of pages) expect(liveProblems(html), name).toEqual([]);
  });

  it("should find the checker's problems in a page that has them", () => {
    // The check above must be able to fail: the same markup, unescaped, is caught.
    expect(liveProblems(`<p>${SCRIPT}${BREAKOUT}<a href=" JavaScript:alert(1)">x</a><a href="java\tscript:x">y</a></p>`)).toEqual([
      "<script> element",
      "`onError` attribute on <img>",
      'href=" JavaScript:alert(1)" on <a>',
      'href="java\tscript:x" on <a>',
    ]);
  });

  it("should show the front matter's text as text, escaped, on the article page", () => {
    const page = fromHtml(pages.get(`${SLUG}/index.html`)!);
    const all = elements(page);
    const byTag = (tag: string) => all.filter((element) => element.tagName === tag).map(text);
    expect(byTag("h1")).toEqual([`${SCRIPT} ${BREAKOUT} Title`]);
    // The document's title (the charts' SVG titles are the charts' own).
    const head = all.find((element) => element.tagName === "head")!;
    expect(elements(head).filter((element) => element.tagName === "title").map(text)).toEqual([`${SCRIPT} ${BREAKOUT} Title · Sourced`]);
    const description = all.find((element) => element.tagName === "meta" && element.properties.name === "description");
    expect(description?.properties.content).toBe(`${SCRIPT} Description ${BREAKOUT}`);
    const body = text(page);
    for (const field of ["Byline", "Publisher", "License", "Excerpt"]) expect(body, field).toContain(`${SCRIPT} ${field} ${BREAKOUT}`);
    const links = all.filter((element) => element.tagName === "a").map((element) => String(element.properties.href));
    // Percent-encoded: the quotation mark and brackets of the break-out attempt are part of the URL, not markup.
    expect(links).toContain(encodeUrlForPage(`https://example.org/story${BREAKOUT}`));
    expect(encodeUrlForPage(`https://example.org/story${BREAKOUT}`)).not.toMatch(/["<> ]/);
    expect(links).toContain(encodeUrlForPage(`https://example.org/copy?q=${SCRIPT}${BREAKOUT}`));
  });

  it("should show the front matter's text as text on the home page", () => {
    const index = fromHtml(pages.get("index.html")!);
    const body = text(index);
    expect(body).toContain(`${SCRIPT} ${BREAKOUT} Title`);
    expect(body).toContain(`${SCRIPT} Publisher ${BREAKOUT}`);
  });

  it("should show registry names, descriptions and URLs, and names from the text, as text in the sources and the table", () => {
    const page = fromHtml(pages.get(`${SLUG}/index.html`)!);
    const all = elements(page);
    const sources = all.find((element) => element.tagName === "section" && String(element.properties.className).includes("sources"));
    expect(sources).toBeDefined();
    const notes = text(sources!);
    expect(notes).toContain(`${SCRIPT} Agency`);
    expect(notes).toContain(`${SCRIPT} Description of the agency ${BREAKOUT}`);
    // The tagger names this source "Corp"; whatever it picks must be text.
    expect(notes).toMatch(/Corp/);
    const agencyLink = elements(sources!).find((element) => element.tagName === "a" && String(element.properties.href).startsWith("https://example.org/agency"));
    expect(agencyLink?.properties.href).toBe(encodeUrlForPage(`https://example.org/agency${BREAKOUT}${SCRIPT}`));
  });

  it("should show escaped body text as text, drop raw HTML, and keep link text without a script URL", () => {
    const page = fromHtml(pages.get(`${SLUG}/index.html`)!);
    const body = text(page);
    expect(body).toContain(`The ${SCRIPT} Agency said 12 people were killed`);
    expect(body).toContain('"The vote was rigged," <b>Evil</b> Corp said on Monday.');
    expect(body).toContain(`The ${BREAKOUT} Bureau said`);
    // Raw HTML in the Markdown is dropped: the `<img>` of the breakout, the `<b>`, the script block.
    expect(body).toContain('Text with "> in it');
    expect(body).toContain(`and ${SCRIPT} in code`);
    expect(body).toContain("Read the report, the other, a third,");
    // The raw `<a onclick>` is dropped, its text kept as text.
    expect(body).toContain("raw link and");
    expect(elements(page).filter((element) => element.tagName === "a" && text(element) === "raw link")).toEqual([]);
    const hrefs = elements(page).flatMap((element) => (element.properties.href === undefined ? [] : [String(element.properties.href)]));
    expect(hrefs.filter((href) => /^(javascript|vbscript|data):/.test(scheme(href)))).toEqual([]);
    // micromark percent-encodes the tab of `<java\tscript:...>`: a relative URL, not a script.
    expect(hrefs).toContain("java%09script:alert(1)");
  });

  it("should drop script URLs in the pipeline itself, so `render()` output is safe, with a warning at the link's line", async () => {
    const markdown = "---\ntitle: T\n---\n\nFirst line.\n\nSee [the report](javascript:alert(1)) and ![a map](data:image/png;base64,AAAA).\n";
    const article = await processArticle(markdown, "links.md");
    expect(article.failed).toBe(false);
    expect(article.html).not.toMatch(/javascript:|data:/);
    expect(article.html).toContain("<a>the report</a>");
    expect(article.html).toContain("a map");
    const warnings = article.file.messages.filter((message) => message.ruleId === "unsafe-url");
    expect(warnings.map((message) => [message.line, message.fatal])).toEqual([
      [7, false],
      [7, false],
    ]);
  });

  it("should reject `javascript:` URLs in the front matter and the registry as errors", async () => {
    const page = await processArticle("---\ntitle: T\nsource_url: javascript:alert(1)\n---\n\nText.\n", "a.md");
    expect(page.failed).toBe(true);
    expect(page.file.messages.map(String)).toEqual(["a.md:3:1: Expected `source_url` to be an http(s) URL, found `javascript:alert(1)`"]);
    const registry = await processArticle(
      "---\ntitle: T\nretrieved_from: \" JavaScript:alert(1)\"\nsources:\n  - id: x\n    name: X\n    url: javascript:alert(1)\n---\n\nX said it.\n",
      "b.md",
    );
    expect(registry.failed).toBe(true);
    expect(registry.file.messages.filter((m) => m.fatal).map(String)).toEqual([
      "b.md:3:1: Expected `retrieved_from` to be an http(s) URL, found `JavaScript:alert(1)`",
      "b.md:7:5: Expected `url` of source `x` to be an http(s) URL, found string `javascript:alert(1)`",
    ]);
  });

  it("should reject a `lang` that is not a language tag", async () => {
    const article = await processArticle(`---\ntitle: T\nlang: ${q(`en${BREAKOUT}`)}\n---\n\nText.\n`, "a.md");
    expect(article.failed).toBe(true);
    expect(article.file.messages.map(String)[0]).toMatch(/^a\.md:3:1: Expected `lang` to be a BCP 47 language tag/);
  });

  it("should print `sourced extract` JSON that parses back to the hostile text exactly", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), "extract", join(articles, "hostile.md")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout) as ArticleData;
    expect(data.article.title).toBe(`${SCRIPT} ${BREAKOUT} Title`);
    const agency = data.sources.find((source) => source.id === "agency");
    expect(agency?.name).toBe(`${SCRIPT} Agency`);
    expect(agency?.url).toBe(encodeUrlForPage(`https://example.org/agency${BREAKOUT}${SCRIPT}`));
    const sentences = data.attributions.map((attribution) => attribution.sentence);
    expect(sentences).toContain(`The ${SCRIPT} Agency said 12 people were killed in the attack.`);
    expect(sentences).toContain('"The vote was rigged," <b>Evil</b> Corp said on Monday.');
  });

  it("should print the hostile text as text in the PDF, with no script URL in it", async () => {
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    let code: number;
    try {
      code = await printArticles({ input: articles, output: site, slugs: [SLUG] });
    } finally {
      spy.mockRestore();
    }
    expect(code).toBe(0);
    const pdf = join(site, SLUG, `${SLUG}.pdf`);
    const printed = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(printed.status, printed.stderr).toBe(0);
    const flat = printed.stdout.replace(/\s+/g, " ");
    // The print measure (65-75 characters) may break the title's line anywhere between its words.
    const squeezed = (value: string) => value.replace(/\s+/g, "");
    expect(squeezed(flat)).toContain(squeezed(`${SCRIPT} ${BREAKOUT} Title`));
    expect(flat).toContain(`The ${SCRIPT} Agency said 12 people were killed`);
    const urls = spawnSync("pdfinfo", ["-url", pdf], { encoding: "utf8" });
    expect(urls.status, urls.stderr).toBe(0);
    expect(urls.stdout).toMatch(/https:\/\/example\.org\//);
    expect(urls.stdout).not.toMatch(/javascript:|vbscript:|data:/i);
  }, 60_000);
});
