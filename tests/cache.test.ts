/**
 * The build cache (src/cache.ts) and the build's report (src/report.ts): an unchanged article is not
 * processed again, a changed one is, nothing is trusted across versions of the tool, and a large build's
 * warnings are counted per rule.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VFile } from "vfile";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleCache, toolFingerprint, WRITE_THREAD_FROM, type CacheWrite } from "../src/cache.ts";
import { reportBuild } from "../src/report.ts";
import { loadSite, type LoadedSite } from "../src/site.ts";

const SEED = new URL("../articles/deir-ez-zor-airstrike.md", import.meta.url);

let root: string;
let articles: string;
let cache: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-cache-"));
  articles = join(root, "articles");
  cache = join(root, ".cache");
  await mkdir(articles);
  await copyFile(SEED, join(articles, "deir-ez-zor-airstrike.md"));
  await writeFile(join(articles, "council.md"), "---\ntitle: Council\ndate: 2024-05-02\n---\n\nThe town council said 12 people attended the meeting.\n");
  await writeFile(join(articles, "flood.md"), "---\ntitle: Flood\n---\n\nAt least 40 people were killed, police said. Officials said 35 died.\n");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** What a load gave, in a form to compare: the articles and every message as a string. */
function outcome(site: LoadedSite) {
  return { articles: site.articles, messages: site.files.map((file) => [file.path, file.messages.map(String)]) };
}

describe("loadSite with a cache", () => {
  it("should process nothing again when no article changed, with the same result", async () => {
    const first = await loadSite(articles, { cache });
    expect(first.reused).toBe(0);
    const second = await loadSite(articles, { cache });
    expect(second.reused).toBe(3);
    expect(outcome(second)).toEqual(outcome(first));
    expect(outcome(second)).toEqual(outcome(await loadSite(articles)));
  });

  it("should process only the article that changed", async () => {
    await loadSite(articles, { cache });
    await writeFile(join(articles, "council.md"), "---\ntitle: Council\ndate: 2024-05-02\n---\n\nThe mayor said 15 people attended the meeting.\n");
    const site = await loadSite(articles, { cache });
    expect(site.reused).toBe(2);
    const council = site.articles.find((article) => article.slug === "council")!;
    expect(council.html).toContain("The mayor said");
    expect(council.data.figures.length + council.data.numbers.length).toBeGreaterThan(0);
  });

  it("should process an article again when only its front matter changed", async () => {
    await loadSite(articles, { cache });
    await writeFile(join(articles, "flood.md"), "---\ntitle: Flood waters\n---\n\nAt least 40 people were killed, police said. Officials said 35 died.\n");
    const site = await loadSite(articles, { cache });
    expect(site.reused).toBe(2);
    expect(site.articles.find((article) => article.slug === "flood")!.title).toBe("Flood waters");
  });

  it("should treat an entry it cannot read as missing", async () => {
    const before = outcome(await loadSite(articles, { cache }));
    const [folder] = await readdir(cache);
    for (const name of await readdir(join(cache, folder!))) await writeFile(join(cache, folder!, name), "{ not json");
    const site = await loadSite(articles, { cache });
    expect(site.reused).toBe(0);
    expect(outcome(site)).toEqual(before);
  });

  it("should keep the messages of an article with errors, and still fail", async () => {
    const broken = join(root, "broken");
    await mkdir(broken);
    await writeFile(join(broken, "bad.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
    const first = await loadSite(broken, { cache });
    const second = await loadSite(broken, { cache });
    expect(second.reused).toBe(1);
    expect(second.failed).toBe(true);
    expect(outcome(second)).toEqual(outcome(first));
  });
});

describe("ArticleCache", () => {
  it("should drop the entries of another version of the tool when opened", async () => {
    const dir = join(root, "versions");
    const old = await ArticleCache.open(dir, "0000000000000001");
    await old.set("k", { a: 1 });
    expect(old.get("k")).toEqual({ a: 1 });
    const current = await ArticleCache.open(dir, "0000000000000002");
    expect(current.get("k")).toBeNull();
    expect(await readdir(dir)).toEqual(["0000000000000002"]);
  });

  it.each([
    ["on this thread", 3],
    ["on a thread of its own", WRITE_THREAD_FROM],
  ])("should write a batch of entries and HTML whole, %s", async (_, count) => {
    const store = await ArticleCache.open(join(root, `batch-${count}`), "00000000000000bb");
    const files: CacheWrite[] = [];
    for (let i = 0; i < count; i++) files.push([store.htmlPath(`k${i}`), `<p>${i}</p>`.repeat(1000)], [store.entryPath(`k${i}`), { json: { i, text: "“quoted”" } }]);
    await store.writeAll(files);
    expect(store.get(`k${count - 1}`)).toEqual({ i: count - 1, text: "“quoted”" });
    expect(await readFile(store.htmlPath("k0"), "utf8")).toBe("<p>0</p>".repeat(1000));
    // Nothing but the files: every temporary file was renamed into place.
    expect((await readdir(store.dir)).length).toBe(2 * count);
  });

  it("should key an article by its path and its bytes", async () => {
    const store = await ArticleCache.open(join(root, "keys"), "00000000000000aa");
    const bytes = new TextEncoder().encode("---\ntitle: A\n---\n\nText.\n");
    expect(store.key("a.md", bytes)).toBe(store.key("a.md", bytes.slice()));
    expect(store.key("b.md", bytes)).not.toBe(store.key("a.md", bytes));
    expect(store.key("a.md", new TextEncoder().encode("---\ntitle: B\n---\n\nText.\n"))).not.toBe(store.key("a.md", bytes));
  });
});

describe("toolFingerprint", () => {
  it("should change when a source file, the version or the lockfile changes", async () => {
    const project = join(root, "project");
    await mkdir(join(project, "src", "nlp"), { recursive: true });
    await writeFile(join(project, "package.json"), '{ "version": "1.0.0" }');
    await writeFile(join(project, "package-lock.json"), "{}");
    await writeFile(join(project, "src", "nlp", "rules.ts"), "export const A = 1;\n");
    const first = await toolFingerprint(project);
    expect(await toolFingerprint(project)).toBe(first);
    await writeFile(join(project, "src", "nlp", "rules.ts"), "export const A = 2;\n");
    const second = await toolFingerprint(project);
    expect(second).not.toBe(first);
    await writeFile(join(project, "package.json"), '{ "version": "1.0.1" }');
    const third = await toolFingerprint(project);
    expect(third).not.toBe(second);
    await writeFile(join(project, "package-lock.json"), '{ "lockfileVersion": 3 }');
    expect(await toolFingerprint(project)).not.toBe(third);
  });
});

describe("reportBuild", () => {
  /** A file with `warnings` warnings of rule `unsourced-figure` and, when asked, one error. */
  const file = (path: string, warnings: number, error = false) => {
    const f = new VFile({ path });
    for (let i = 0; i < warnings; i++) f.message("Figure `3` (killed) has no source", { place: { line: i + 5, column: 1 }, ruleId: "unsourced-figure", source: "sourced" });
    f.message("Source `x` is in `sources` but no statement cites it", { place: { line: 3, column: 1 }, ruleId: "uncited-source", source: "sourced" });
    if (error) f.message("Duplicate slug `a`", { place: { line: 2, column: 1 }, ruleId: "duplicate-slug", source: "sourced" }).fatal = true;
    return f;
  };

  it("should list a few warnings one by one", () => {
    const report = reportBuild([file("a.md", 2)]);
    expect(report).toContain("a.md");
    expect(report.match(/Figure `3` \(killed\) has no source/g)?.length).toBe(2);
    expect(report).toContain("Source `x` is in `sources` but no statement cites it");
  });

  it("should count many warnings per rule, with an example place, and still list every error", () => {
    const files = Array.from({ length: 20 }, (_, i) => file(`article-${i}.md`, 2, i === 7));
    const report = reportBuild(files);
    expect(report).toContain("article-7.md");
    expect(report).toContain("Duplicate slug `a`");
    expect(report).toContain("60 warnings in 20 articles, by rule");
    expect(report).toMatch(/\n {2}40 {2}unsourced-figure +in 20 articles, e\.g\. article-0\.md:5:1\n/);
    expect(report).toMatch(/\n {2}20 {2}uncited-source +in 20 articles, e\.g\. article-0\.md:3:1$/);
    expect(report).not.toContain("has no source");
  });

  it("should list every warning with `verbose`", () => {
    const files = Array.from({ length: 20 }, (_, i) => file(`article-${i}.md`, 2));
    const report = reportBuild(files, { verbose: true });
    expect(report.match(/Figure `3` \(killed\) has no source/g)?.length).toBe(40);
    expect(report).not.toContain("by rule");
  });

  it("should say nothing when there is nothing to say", () => {
    expect(reportBuild([new VFile({ path: "a.md" })])).toBe("");
  });
});
