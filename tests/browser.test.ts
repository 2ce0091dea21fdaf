/**
 * The built site in a real browser (the machine's Chromium, through playwright-core), served on
 * 127.0.0.1: footnotes and backlinks move focus with the mouse and with the keyboard alone, table
 * figures land on their statements, axe finds no WCAG 2.1 A/AA violation, and nothing overflows
 * at 375 and 1280 px. Screenshots go to `test-results/browser/` for a person to look at.
 */
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";
import { launchBrowser } from "./helpers/chromium.ts";
import { startStaticServer, type StaticServer } from "./helpers/server.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const ARTIFACTS = join(REPO, "test-results", "browser");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SLUG = "deir-ez-zor-airstrike";
const WIDTHS = [375, 1280];

let root: string;
let server: StaticServer;
let browser: Browser;
/** Every page of the site, as a path: the home page and each article. */
let pages: string[];

/** Open a path of the site in a fresh page of `width` CSS pixels. */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  // Only the site itself loads: the test never touches the network.
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const response = await page.goto(server.url + path.replace(/^\//, ""));
  expect(response?.status(), path).toBe(200);
  return page;
}

/** What has focus: its tag, id and href. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase() ?? "", id: element?.id ?? "", href: element?.getAttribute("href") ?? "" };
  });
}

/** Whether the element with `id` is the `:target` and at least partly in the viewport. */
function landedOn(page: Page, id: string) {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    if (!element) return { exists: false, target: false, visible: false };
    const box = element.getBoundingClientRect();
    return { exists: true, target: element.matches(":target"), visible: box.bottom > 0 && box.top < window.innerHeight };
  }, id);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-browser-"));
  const output = join(root, "site");
  const quiet = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const code = await buildSite({ input: join(REPO, "articles"), output }).finally(() => quiet.mockRestore());
  expect(code).toBe(0);
  const slugs = (await readdir(output, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  pages = ["/", ...slugs.sort().map((slug) => `/${slug}/`)];
  server = await startStaticServer(output);
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("footnotes", () => {
  it("should move focus to the note when a reference is clicked, and back to the statement from the note's backlink", async () => {
    const page = await open(`/${SLUG}/`);
    const reference = page.locator("a[data-footnote-ref]").first();
    const note = (await reference.getAttribute("href"))!.slice(1);
    const referenceId = (await reference.getAttribute("id"))!;
    await reference.click();

    expect(await page.evaluate(() => location.hash)).toBe(`#${note}`);
    expect(await focused(page)).toMatchObject({ tag: "li", id: note });
    expect(await landedOn(page, note)).toEqual({ exists: true, target: true, visible: true });

    await page.locator(`li#${note} a[href="#${referenceId}"]`).click();
    expect(await focused(page)).toMatchObject({ tag: "a", id: referenceId });
    // The reference sits right after its statement, which is back in view.
    const statement = referenceId.replace(/^fnref-/, "");
    expect(await landedOn(page, statement)).toMatchObject({ exists: true, visible: true });
    await page.context().close();
  });

  it("should work with the keyboard alone: Tab to a reference, Enter, Tab to the backlink, Enter", async () => {
    const page = await open(`/${SLUG}/`);
    let current = await focused(page);
    for (let i = 0; i < 40 && !current.href.startsWith("#fn-"); i++) {
      await page.keyboard.press("Tab");
      current = await focused(page);
    }
    expect(current.href, "Tab reaches a footnote reference").toMatch(/^#fn-/);
    const referenceId = current.id;
    const note = current.href.slice(1);

    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "li", id: note });

    // From the note, Tab goes through its links to the backlink of this statement.
    for (let i = 0; i < 10 && current.href !== `#${referenceId}`; i++) {
      await page.keyboard.press("Tab");
      current = await focused(page);
    }
    expect(current.href, "Tab reaches the note's backlink").toBe(`#${referenceId}`);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "a", id: referenceId });
    expect(await landedOn(page, referenceId)).toMatchObject({ exists: true, target: true, visible: true });
    await page.context().close();
  });
});

describe("figures table", () => {
  it("should land each figure's link on the figure itself, in the statement that gives it", async () => {
    const page = await open(`/${SLUG}/`);
    const links = page.locator('section.comparison td a[href^="#"]');
    const count = await links.count();
    expect(count, "figure links in the seed's table").toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const id = (await link.getAttribute("href"))!.slice(1);
      const figure = (await link.textContent())!.trim();
      await link.click();
      expect(await landedOn(page, id), `${figure} -> #${id}`).toEqual({ exists: true, target: true, visible: true });
      // It lands on the figure's own element (or a sentence that holds it), tagged with its value.
      const values = await page
        .locator(`[id="${id}"][data-kind="figure"], [id="${id}"] data[data-kind="figure"]`)
        .evaluateAll((elements) => elements.map((element) => element.getAttribute("value")));
      expect(values, `#${id} states ${figure}`).toContain(/\d[\d.]*/.exec(figure.replace(/,/g, ""))?.[0]);
    }
    await page.context().close();
  });
});

describe("accessibility", () => {
  it("should have no WCAG 2.1 A or AA violation on any page (axe-core)", async () => {
    const report: string[] = [];
    for (const path of pages) {
      const page = await open(path);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
        const results = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      report.push(...violations.map((violation) => `${path}: ${violation}`));
      await page.context().close();
    }
    expect(report).toEqual([]);
  });

  it("should run axe for real: an image without alt text is reported", async () => {
    const page = await open("/");
    await page.evaluate(() => document.body.append(Object.assign(document.createElement("img"), { src: "data:," })));
    await page.addScriptTag({ path: AXE });
    const ids = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a"] } })).violations.map((v) => v.id);
    });
    expect(ids).toContain("image-alt");
    await page.context().close();
  });
});

describe("layout", () => {
  it("should not overflow horizontally at 375 or 1280 px, and save screenshots to test-results/browser/", async () => {
    const overflows: string[] = [];
    for (const path of pages) {
      for (const width of WIDTHS) {
        const page = await open(path, width);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) overflows.push(`${path} at ${width} px: ${scrollWidth} > ${innerWidth}`);
        const name = path === "/" ? "home" : path.replace(/^\/|\/$/g, "");
        await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
        await page.context().close();
      }
    }
    expect(overflows).toEqual([]);
  });
});
