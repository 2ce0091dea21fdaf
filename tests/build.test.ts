/**
 * The site build, end to end: articles in a temporary folder, built with Eleventy into another.
 * Never touches the repository's own `dist/`.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite, type BuildOptions } from "../src/build.ts";
import { processArticle } from "../src/index.ts";

const FIXTURE = new URL("../articles/deir-ez-zor-airstrike.md", import.meta.url);
const SLUG = "deir-ez-zor-airstrike";

const UNSAFE = `---
title: "<script>alert(1)</script> Breaking & entering"
date: 2016-09-18
publisher: "<script>alert(1)</script> News"
byline: "<b>Jo</b> Reporter"
source_url: "https://example.org/story?id=1&page=2"
license: "CC BY 4.0 <i>or</i> later"
colour: blue
---

The town council said 12 people attended the meeting.
`;

let root: string;
let articles: string;

/** Run `buildSite` and keep what it printed on stderr. */
async function build(options: BuildOptions): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await buildSite(options);
    return { code, stderr: chunks.join("") };
  } finally {
    spy.mockRestore();
  }
}

/** Every file under `dir` (dotfiles included), by relative path, with its bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Make a folder of articles under the temporary root. */
async function articlesFolder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-build-"));
  articles = join(root, "articles");
  await mkdir(articles);
  await copyFile(FIXTURE, join(articles, `${SLUG}.md`));
  await writeFile(join(articles, "unsafe.md"), UNSAFE);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("buildSite", () => {
  let site: string;
  let result: { code: number; stderr: string };
  let articlesBefore: Map<string, Buffer>;

  beforeAll(async () => {
    site = join(root, "site");
    articlesBefore = await snapshot(articles);
    result = await build({ input: articles, output: site });
  });

  it("should build the home page, one page per article with its claims.json and figures.csv, the stylesheet, favicon, feed and `.nojekyll`", async () => {
    expect(result.code).toBe(0);
    expect([...(await snapshot(site)).keys()]).toEqual([
      ".nojekyll",
      `${SLUG}/claims.json`,
      `${SLUG}/figures.csv`,
      `${SLUG}/index.html`,
      "favicon.svg",
      "feed.xml",
      "index.html",
      "style.css",
      "unsafe/claims.json",
      "unsafe/figures.csv",
      "unsafe/index.html",
    ]);
  });

  it("should print warnings without failing the build", () => {
    expect(result.stderr).toContain("unsafe.md");
    expect(result.stderr).toMatch(/\.md:\d+:\d+ warning Unknown front-matter key `colour`/);
  });

  it("should never write into the articles folder", async () => {
    expect(await snapshot(articles)).toEqual(articlesBefore);
  });

  it("should leave no temporary folders behind", async () => {
    expect((await readdir(root)).sort()).toEqual(["articles", "site"]);
  });

  it("should list the articles on the home page, newest first, with links that resolve to their pages", async () => {
    const index = await readFile(join(site, "index.html"), "utf8");
    expect(index).toContain(`<a href="/${SLUG}/">Syria War: US-Led Coalition Admits Killing Government Troops In Deir al-Zour Airstrikes</a>`);
    expect(index).toContain('<time datetime="2016-09-17">17 September 2016</time>');
    expect(index).toMatch(/\d+ attributed statements?, \d+ figures?|No attributed statements or figures/);
    expect(index.indexOf('href="/unsafe/"')).toBeLessThan(index.indexOf(`href="/${SLUG}/"`));

    const links = [...index.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!);
    expect(links).toContain(`/${SLUG}/`);
    for (const link of links) {
      const target = link.endsWith("/") ? join(site, link, "index.html") : join(site, link);
      expect(await exists(target), `${link} resolves to a file`).toBe(true);
    }
  });

  it("should give the article page its title, its date and a complete document", async () => {
    const page = await readFile(join(site, SLUG, "index.html"), "utf8");
    expect(page.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain("<title>Syria War: US-Led Coalition Admits Killing Government Troops In Deir al-Zour Airstrikes · Sourced</title>");
    expect(page).toContain("<h1>Syria War: US-Led Coalition Admits Killing Government Troops In Deir al-Zour Airstrikes</h1>");
    expect(page).toContain('<time datetime="2016-09-17">17 September 2016</time>');
    expect(page).toContain('<link rel="stylesheet" href="/style.css">');
    expect(page).toContain('<a class="skip-link" href="#main">');
    expect(page).toContain('<main id="main">');
    // No script runs: the one script element is the JSON-LD data block.
    expect(page.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, "")).not.toMatch(/<script/i);
  });

  it("should embed the pipeline's HTML unescaped, exactly as processArticle returns it", async () => {
    const path = join(articles, `${SLUG}.md`);
    const processed = await processArticle(await readFile(path, "utf8"), path);
    expect(processed.html.length).toBeGreaterThan(1000);
    const page = await readFile(join(site, SLUG, "index.html"), "utf8");
    expect(page).toContain(processed.html);
  });

  it("should escape front matter text everywhere it appears", async () => {
    const page = await readFile(join(site, "unsafe", "index.html"), "utf8");
    const index = await readFile(join(site, "index.html"), "utf8");
    for (const html of [page, index]) {
      expect(html).not.toContain("<script>");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; News");
    }
    expect(page).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Breaking &amp; entering</h1>");
    expect(page).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; Breaking &amp; entering · Sourced</title>");
    expect(page).toContain("&lt;b&gt;Jo&lt;/b&gt; Reporter");
    expect(page).toContain("CC BY 4.0 &lt;i&gt;or&lt;/i&gt; later");
    expect(page).toContain('href="https://example.org/story?id=1&amp;page=2"');
  });

  it("should give byte-identical output for the same input, replacing the previous build", async () => {
    const before = await snapshot(site);
    await writeFile(join(site, "stale.html"), "from an older build");
    const again = await build({ input: articles, output: site });
    expect(again.code).toBe(0);
    expect(await snapshot(site)).toEqual(before);
    // The site replaced is kept beside it, for the next build to write over (src/build-spare.ts).
    expect((await readdir(root)).sort()).toEqual([".site-spare", "articles", "site"]);
  });

  it("should fail on an article with bad YAML, name its file and line, and leave the previous build as it was", async () => {
    const broken = await articlesFolder("broken", {
      [`${SLUG}.md`]: await readFile(FIXTURE, "utf8"),
      "bad.md": '---\ntitle: "Unclosed\ndate: 2016-09-17\n---\n\nText.\n',
    });
    const before = await snapshot(site);
    const failed = await build({ input: broken, output: site });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(join(broken, "bad.md"));
    expect(failed.stderr).toMatch(/bad\.md:\d+:\d+ error Invalid YAML in front matter/);
    expect(await snapshot(site)).toEqual(before);
    expect((await readdir(root)).sort()).toEqual([".site-spare", "articles", "broken", "site"]);
    await rm(broken, { recursive: true });
  });

  it("should fail when two articles have the same slug, naming both files", async () => {
    const twins = await articlesFolder("twins", {
      "a.md": "---\ntitle: First\nslug: same\n---\n\nText.\n",
      "b.md": "---\ntitle: Second\nslug: same\n---\n\nText.\n",
    });
    const failed = await build({ input: twins, output: join(root, "twins-site") });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/b\.md:3:1 error Duplicate slug `same`/);
    expect(failed.stderr).toContain(join(twins, "a.md"));
    expect(await exists(join(root, "twins-site"))).toBe(false);
    await rm(twins, { recursive: true });
  });

  it("should fail with a clear message when there are no articles", async () => {
    const empty = await articlesFolder("empty", {});
    const failed = await build({ input: empty, output: join(root, "empty-site") });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("No articles in");
    expect(await exists(join(root, "empty-site"))).toBe(false);
    await rm(empty, { recursive: true });
  });

  it("should refuse an output folder that holds the articles", async () => {
    const failed = await build({ input: articles, output: root });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("is or contains the articles folder");
    expect(await snapshot(articles)).toEqual(articlesBefore);
  });
});

describe("buildSite with a path prefix", () => {
  it("should put every site link under the prefix and leave fragment links alone", async () => {
    const site = join(root, "prefixed");
    const { code } = await build({ input: articles, output: site, pathPrefix: "/my-repo/" });
    expect(code).toBe(0);
    const index = await readFile(join(site, "index.html"), "utf8");
    const page = await readFile(join(site, SLUG, "index.html"), "utf8");
    for (const html of [index, page]) {
      expect(html).toContain('<link rel="stylesheet" href="/my-repo/style.css">');
      expect(html).toContain('<a class="site-name" href="/my-repo/"');
      expect(html).toContain('href="#main"');
      const rootLinks = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(rootLinks.length).toBeGreaterThan(0);
      for (const link of rootLinks) expect(link.startsWith("/my-repo/")).toBe(true);
    }
    expect(index).toContain(`href="/my-repo/${SLUG}/"`);
    await rm(site, { recursive: true });
  });
});

describe("buildSite: the figures table a reader sees", () => {
  const FERRY = `---
title: Ferry capsizes on the Meghna
date: 2024-05-01
sources:
  - id: police
    name: Police
  - id: ministry
    name: Shipping ministry
---

:source[Police said divers found 14 more bodies on Tuesday, bringing the toll to 45.]{#police}

:source[The shipping ministry said 27 people had died.]{#ministry}

:figure[About 70 people died]{scope="another ferry, in 2015"} when a ferry sank on the same river.
`;
  let page: string;

  /** The text a reader sees in an element's HTML: tags dropped, entities the templates use decoded, space collapsed. */
  const visible = (html: string) =>
    html
      .replace(/<[^>]+>/g, "")
      .replace(/&#x3C;|&lt;/g, "<")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim();

  beforeAll(async () => {
    const input = await articlesFolder("ferry-articles", { "ferry.md": FERRY });
    const site = join(root, "ferry-site");
    const { code } = await build({ input, output: site });
    expect(code).toBe(0);
    page = await readFile(join(site, "ferry", "index.html"), "utf8");
  });

  it("should compare a source by its new toll, list its increment under the table, and show the later toll as a revision", () => {
    const rows = [...page.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((row) => [...row[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => visible(cell[1]!)));
    expect(rows).toEqual([
      ["Source", "Killed"],
      ["Police", "45"],
      ["Shipping ministry", "27"],
    ]);
    const ranges = visible(/<ul class="ranges">[\s\S]*?<\/ul>/.exec(page)![0]);
    // "bringing the toll to 45" is a later count: a revision, not a contradiction.
    expect(ranges).toBe("Killed: 27–45; revised: Shipping ministry (27) → Police (45, Tuesday)");
  });

  it("should list another event's figure under the table, with its scope, and keep it out of the range", () => {
    expect(page).not.toMatch(/<tr>[^]*?This article \(unattributed\)[^]*?<\/tr>/);
    const list = visible(/<ul class="not-compared-list"[\s\S]*?<\/ul>/.exec(page)![0]);
    expect(list).toBe("Police: 14 killed — an increment This article (unattributed): About 70 killed — another event or time: another ferry, in 2015");
    expect(page).toContain("Not compared: parts of a count, increments, earlier counts, other events, hypotheticals");
  });

  it("should scroll the table in its own focusable box, named by its caption", () => {
    expect(page).toMatch(/<p class="table-caption" id="comparison-caption">Outcome figures by source<\/p>\s*<div class="table-scroll" role="region" aria-labelledby="comparison-caption"><table aria-labelledby="comparison-caption">/);
  });
});
