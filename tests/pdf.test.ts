/**
 * `sourced pdf`, run as a user runs it (`npm run pdf`): it builds the site when needed, prints the seed
 * article with the machine's Chromium, and the PDF holds the whole article, as pdftotext reads it.
 * Page 1 is rendered to `test-results/pdf/` for a person to look at.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findChromium } from "../src/pdf.ts";

const exec = promisify(execFile);
const REPO = fileURLToPath(new URL("..", import.meta.url));
const ARTIFACTS = join(REPO, "test-results", "pdf");
const SLUG = "deir-ez-zor-airstrike";

let root: string;
let output: string;
let first: { code: number; stdout: string; stderr: string };
let text: string;
let html: string;

/**
 * Run `npm run pdf -- <args>` in the repository (or, with `bin`, what `npx sourced pdf <args>` runs);
 * never throw, resolve to the exit code and output.
 */
async function pdf(args: string[], env: Record<string, string> = {}, bin = false): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command, commandArgs] = bin ? [process.execPath, ["bin/sourced.js", "pdf", ...args]] : ["npm", ["run", "pdf", "--silent", "--", ...args]];
  try {
    const { stdout, stderr } = await exec(command, commandArgs, { cwd: REPO, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Run a poppler tool and return its standard output. */
async function poppler(tool: "pdftotext" | "pdfinfo" | "pdftoppm", args: string[]): Promise<string> {
  try {
    return (await exec(tool, args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`\`${tool}\` is missing: install poppler-utils (\`apt-get install poppler-utils\`)`);
    throw error;
  }
}

/** Collapse whitespace, so that text wrapped across lines in the PDF still matches. */
const flat = (value: string) => value.replace(/\s+/g, " ").trim();

/** Decode the few entities the pipeline writes in text. */
const decode = (value: string) =>
  value.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The text content of every match of an element pattern in the built page. */
const texts = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => flat(decode(m[1]!.replace(/<[^>]+>/g, ""))));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-pdf-"));
  output = join(root, "dist");
  await mkdir(ARTIFACTS, { recursive: true });
  // As the Pages workflow does: the pages link to the PDFs this command prints.
  first = await pdf([`--output=${output}`], { SOURCED_PDF: "1" });
  if (first.code !== 0) throw new Error(`npm run pdf failed (${first.code}):\n${first.stdout}\n${first.stderr}`);
  html = await readFile(join(output, SLUG, "index.html"), "utf8");
  const file = join(output, SLUG, `${SLUG}.pdf`);
  await copyFile(file, join(ARTIFACTS, `${SLUG}.pdf`));
  text = flat(await poppler("pdftotext", ["-enc", "UTF-8", file, "-"]));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("npm run pdf", () => {
  it("should build the missing site and print every article to dist/<slug>/<slug>.pdf", async () => {
    expect(first.stdout).toContain(`${SLUG}.pdf`);
    const info = await poppler("pdfinfo", [join(ARTIFACTS, `${SLUG}.pdf`)]);
    expect(info).toMatch(/Page size: +595\.\d+ x 841\.\d+ pts \(A4\)|Page size: +595\.\d+ x 842\.\d+ pts \(A4\)/);
    expect(Number(/Pages: +(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
  });

  it("should link the printed PDF from its page", async () => {
    expect(html).toContain(`<a href="/${SLUG}/${SLUG}.pdf" type="application/pdf">`);
    expect((await stat(join(output, SLUG, `${SLUG}.pdf`))).size).toBeGreaterThan(10_000);
  });

  it("should hold the title, the date, every statement's note number and the notes", () => {
    expect(text).toContain("Syria War: US-Led Coalition Admits Killing Government Troops In Deir al-Zour Airstrikes");
    expect(text).toContain("17 September 2016");
    expect(text).toContain("The US-led coalition has admitted its airstrikes in eastern Syria killed at least 62 Syrian troops fighting ISIS.");
    expect(text).toContain("Sources");
  });

  it("should write out every source's name, and the URL of those that have one", () => {
    const names = texts(/<strong class="source-name">(.*?)<\/strong>/g);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(text, name).toContain(name);
    const urls = texts(/<a href="[^"]*" class="source-url">(.*?)<\/a>/g);
    expect(urls).toEqual(expect.arrayContaining(["https://www.syriahr.com/en/", "https://www.centcom.mil/"]));
    for (const url of urls) expect(text, url).toContain(url);
  });

  it("should hold the figures table: its headings and every figure", () => {
    const table = /<section class="comparison"[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(table, "the seed's page to have a figures table").toBeTruthy();
    const headings = [...table!.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => flat(decode(m[1]!)));
    const figures = [...table!.matchAll(/<td>([\s\S]*?)<\/td>/g)].flatMap((m) => [...m[1]!.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((a) => flat(decode(a[1]!.replace(/<[^>]+>/g, "")))));
    expect(headings.length).toBeGreaterThan(1);
    expect(figures.length).toBeGreaterThan(1);
    for (const heading of headings) expect(text, heading).toContain(heading);
    for (const figure of figures) expect(text, figure).toContain(figure);
  });

  it("should leave out the site's navigation, the legend, the backlinks, the cards and sidenotes, and print the notice that rules made the tags", () => {
    expect(text).not.toContain("Skip to main content");
    expect(text).not.toContain("How to read this page");
    expect(text).not.toContain("↩");
    expect(text).not.toContain("all it said");
    expect(text).toContain("The tags are made by rules, not by people");
  });

  it("should print the chart of each compared outcome, its caption and every source's label", () => {
    const charts = [...html.matchAll(/<figure class="figure-chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(text).toContain(flat(decode(/<figcaption>([\s\S]*?)<\/figcaption>/.exec(chart)![1]!)));
      const labels = [...chart.matchAll(/<text [^>]*class="chart-(?:name|label)"[^>]*>([^<]*)<\/text>/g)].map((m) => flat(decode(m[1]!)));
      expect(labels.length).toBeGreaterThan(1);
      for (const label of labels) expect(text, label).toContain(label);
    }
  });

  it("should print each statement in its note: the cue and a short quotation", () => {
    expect(text).toContain("put the death toll at: “The UK-based Syrian Observatory for Human Rights put the death toll at 83");
  });

  /** The text of each page of the seed's PDF, as pdftotext lays it out. */
  const pageTexts = async (): Promise<string[]> => {
    const file = join(ARTIFACTS, `${SLUG}.pdf`);
    const pages = Number(/Pages: +(\d+)/.exec(await poppler("pdfinfo", [file]))?.[1]);
    const all: string[] = [];
    for (let n = 1; n <= pages; n++) all.push(await poppler("pdftotext", ["-f", String(n), "-l", String(n), "-layout", "-enc", "UTF-8", file, "-"]));
    return all;
  };

  it("should keep each heading of the comparison on the page of its table", async () => {
    const pages = (await pageTexts()).map(flat);
    const heading = pages.findIndex((page) => page.includes("Figures compared"));
    const caption = pages.findIndex((page) => page.includes("Outcome figures by source"));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(caption).toBe(heading);
    // The table's last row is there too.
    const rows = texts(/<tr>\s*<th scope="row">([\s\S]*?)<\/th>/g);
    expect(pages[heading], rows.at(-1)).toContain(rows.at(-1)!);
  });

  it("should end on a page that holds more than the credit and the notice", async () => {
    const pages = await pageTexts();
    const last = flat(pages.at(-1)!);
    const rest = last.replace(/Credit[\s\S]*$/, "").replace(/Annotated by[\s\S]*$/, "").trim();
    expect(rest.length, `the last page: ${last}`).toBeGreaterThan(40);
  });

  it("should set the text at 65-75 characters a line", async () => {
    // The article's paragraphs: full lines of running text (the last line of a paragraph is short).
    const lines = (await pageTexts()).join("\n").split("\n").filter((line) => /^[A-Z“a-z]/.test(line) && line.length > 50);
    const lengths = lines.map((line) => line.trimEnd().length).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(lengths.length).toBeGreaterThan(30);
    expect(median).toBeGreaterThanOrEqual(62);
    expect(median).toBeLessThanOrEqual(75);
    expect(lengths.filter((length) => length > 80), "lines over 80 characters").toEqual([]);
  });

  it("should number the pages \"n / total\" in the footer", async () => {
    const file = join(ARTIFACTS, `${SLUG}.pdf`);
    const pages = Number(/Pages: +(\d+)/.exec(await poppler("pdfinfo", [file]))?.[1]);
    for (let n = 1; n <= pages; n++) {
      const page = flat(await poppler("pdftotext", ["-f", String(n), "-l", String(n), "-enc", "UTF-8", file, "-"]));
      expect(page).toMatch(new RegExp(`(^| )${n} ?/ ?${pages}$`));
    }
  });

  it("should render page 1 to test-results/pdf/ for a person to look at", async () => {
    const prefix = join(ARTIFACTS, `${SLUG}-page`);
    await poppler("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", join(ARTIFACTS, `${SLUG}.pdf`), prefix]);
    const png = await readFile(`${prefix}.png`);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("should print one article on Letter paper (`npx sourced pdf <slug> --paper=letter`), from a site built under a path prefix", async () => {
    const prefixed = join(root, "prefixed");
    const result = await pdf([SLUG, "--paper=letter", `--output=${prefixed}`], { PATH_PREFIX: "/my-repo/" }, true);
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(join(prefixed, "index.html"), "utf8")).toContain('href="/my-repo/style.css"');
    const file = join(prefixed, SLUG, `${SLUG}.pdf`);
    expect(await poppler("pdfinfo", [file])).toMatch(/Page size: +612 x 792 pts \(letter\)/);
    // Without the stylesheet, the skip link and the legend would be printed.
    const printed = flat(await poppler("pdftotext", [file, "-"]));
    expect(printed).toContain("Syria War");
    expect(printed).not.toContain("Skip to main content");
  });

  it("should not build again when the site is up to date, and name an unknown article", async () => {
    const built = (await stat(join(output, "index.html"))).mtimeMs;
    const unknown = await pdf(["no-such-article", `--output=${output}`], {}, true);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No article `no-such-article` in");
    expect(unknown.stderr).toContain(`\`${SLUG}\``);
    expect((await stat(join(output, "index.html"))).mtimeMs).toBe(built);
  });

  it("should say how to install Chromium, and exit 1, when there is none", async () => {
    const missing = await pdf([`--output=${join(root, "none")}`], { CHROME_PATH: join(root, "no-such-chromium") }, true);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Cannot find Chromium");
    expect(missing.stderr).toContain("apt-get install chromium");
    await expect(stat(join(root, "none"))).rejects.toThrow();
  });

  it("should reject an unknown paper size", async () => {
    const paper = await pdf(["--paper=a5", `--output=${output}`], {}, true);
    expect(paper.code).toBe(2);
    expect(paper.stderr).toContain("Unknown paper size `a5`: expected `a4` or `letter`");
  });
});

/**
 * What the Pages workflow runs, run here: every `run:` step of its build job after `npm ci`, with the
 * step's environment and its `${{ }}` expressions filled in as GitHub would, in a working copy of the
 * repository, with the machine's Chromium in place of the runner's Chrome. The PDFs it publishes keep
 * every heading on the page of what it heads, and no page holds only the credit.
 */
describe("the Pages workflow's PDF", () => {
  interface Step {
    name?: string;
    run?: string;
    env?: Record<string, string>;
  }
  const REPOSITORY = "my-repo";
  const BASE_URL = `https://owner.github.io/${REPOSITORY}`;
  /** The values GitHub puts in the expressions the build job uses. */
  const EXPRESSIONS: Record<string, string> = {
    "github.event.repository.name": REPOSITORY,
    "steps.pages.outputs.base_url": BASE_URL,
  };
  const fill = (value: string) =>
    value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, name: string) => {
      const known = EXPRESSIONS[name];
      if (known === undefined) throw new Error(`The workflow uses \`\${{ ${name} }}\`: give it a value in this test`);
      return known;
    });

  let work: string;
  let slugs: string[];
  /** The text of each page of each article's PDF, by slug. */
  const printed = new Map<string, string[]>();

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "sourced-workflow-"));
    // A working copy as the checkout gives it: the repository's files (node_modules stands for `npm ci`), no
    // dist/. Its articles, and the labelled corpus's, which carry a credit (publisher, licence, excerpt).
    for (const entry of ["bin", "node_modules", "package.json"]) await symlink(join(REPO, entry), join(work, entry));
    await mkdir(join(work, "articles"));
    for (const dir of ["articles", "tests/fixtures/corpus"]) {
      for (const name of await readdir(join(REPO, dir))) if (name.endsWith(".md") && name !== "README.md") await copyFile(join(REPO, dir, name), join(work, "articles", name));
    }
    const workflow = parse(await readFile(join(REPO, ".github/workflows/pages.yml"), "utf8")) as { jobs: { build: { steps: Step[] } } };
    const steps = workflow.jobs.build.steps.filter((step) => step.run !== undefined && !/^npm ci\b/.test(step.run));
    expect(steps.map((step) => step.run)).toEqual(expect.arrayContaining([expect.stringMatching(/^npm run build\b/), expect.stringMatching(/^npm run pdf\b/)]));
    const chromium = await findChromium({});
    if (!chromium) throw new Error("Cannot find Chromium: install it (`apt-get install chromium`); the PDF tests need it");
    for (const step of steps) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, fill(String(value))]));
      // The runner's Chrome is this machine's Chromium.
      if (env.CHROME_PATH !== undefined) env.CHROME_PATH = chromium;
      try {
        // GitHub runs a step as `bash --noprofile --norc -eo pipefail`.
        await exec("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", fill(step.run!)], { cwd: work, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
      } catch (error) {
        const { stdout, stderr } = error as { stdout: string; stderr: string };
        throw new Error(`The workflow step \`${step.name ?? step.run}\` failed:\n${stdout}\n${stderr}`);
      }
    }
    const dist = join(work, "dist");
    slugs = (await readdir(dist, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    for (const slug of slugs) {
      const file = join(dist, slug, `${slug}.pdf`);
      const pages = Number(/Pages: +(\d+)/.exec(await poppler("pdfinfo", [file]))?.[1]);
      const texts: string[] = [];
      for (let n = 1; n <= pages; n++) texts.push(flat(await poppler("pdftotext", ["-f", String(n), "-l", String(n), "-enc", "UTF-8", file, "-"])).replace(new RegExp(` ?${n} ?/ ?${pages}$`), ""));
      printed.set(slug, texts);
    }
  }, 240_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("should print every article to dist/<slug>/<slug>.pdf, linked from its page under the repository's path, with absolute canonical and Open Graph URLs", async () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const page = await readFile(join(work, "dist", slug, "index.html"), "utf8");
      expect(page).toContain(`<a href="/${REPOSITORY}/${slug}/${slug}.pdf" type="application/pdf">`);
      expect(page).toContain(`<meta property="og:url" content="${BASE_URL}/${slug}/">`);
      expect(page).toContain(`<link rel="canonical" href="${BASE_URL}/${slug}/">`);
      expect(printed.get(slug)!.length, slug).toBeGreaterThan(1);
    }
  });

  it("should keep each heading on the page of what it heads: never the last line of a page, and the comparison's with its table", async () => {
    for (const slug of slugs) {
      const page = await readFile(join(work, "dist", slug, "index.html"), "utf8");
      const main = /<main[\s\S]*?<\/main>/.exec(page)![0];
      // The headings print leaves in: not the legend's, not the take-away's.
      const headings = [...main.matchAll(/<(h[1-3])( [^>]*)?>([\s\S]*?)<\/\1>/g)]
        .filter((m) => !/id="(legend-title|take-away-title)"/.test(m[2] ?? ""))
        .map((m) => flat(decode(m[3]!.replace(/<[^>]+>/g, ""))));
      const comparison = /<section class="comparison"[\s\S]*?<\/section>/.exec(main)?.[0];
      if (comparison) headings.push("Outcome figures by source");
      const pages = printed.get(slug)!;
      expect(headings.length, slug).toBeGreaterThan(2);
      for (const heading of headings) {
        const at = pages.findIndex((text) => text.includes(heading));
        expect(at, `${slug}: "${heading}" printed`).toBeGreaterThanOrEqual(0);
        // Something it heads follows it on its page.
        const after = pages[at]!.slice(pages[at]!.lastIndexOf(heading) + heading.length).trim();
        expect(after.length, `${slug}: "${heading}" ends page ${at + 1}`).toBeGreaterThan(20);
      }
      if (comparison) {
        const rows = [...comparison.matchAll(/<tr>\s*<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => flat(decode(m[1]!.replace(/<[^>]+>/g, ""))));
        const heading = pages.findIndex((text) => text.includes("Figures compared"));
        for (const text of ["Outcome figures by source", rows[0]!, rows.at(-1)!]) expect(pages[heading], `${slug}: "${text}" with its heading`).toContain(text);
      }
    }
  });

  it("should leave no page holding only the credit and the notice", () => {
    expect(slugs.filter((slug) => printed.get(slug)!.some((text) => text.includes("Credit "))).length, "articles with a credit").toBeGreaterThan(3);
    for (const slug of slugs) {
      for (const [index, text] of printed.get(slug)!.entries()) {
        const rest = text.replace(/Credit [\s\S]*$/, "").replace(/Annotated by [\s\S]*$/, "").trim();
        expect(rest.length, `${slug}, page ${index + 1}: ${text}`).toBeGreaterThan(40);
      }
    }
  });
});
