/**
 * The comparison in a real browser (the machine's Chromium, through playwright-core): each table cell lands on
 * the figure's own `<data>` element, highlighted and clear of the top edge; two speakers of one sentence have a
 * statement each, each with its own reference after it, in reading order.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";
import { launchBrowser } from "./helpers/chromium.ts";
import { startStaticServer, type StaticServer } from "./helpers/server.ts";

const ARTICLE = `---
title: Rival tolls
date: 2026-03-04
---

${"Rescue teams worked through the night in the valley. ".repeat(40)}

Police said 42 people were killed in the floods.

The provincial health office said 55 people had died.

The rail operator said 3 passengers were injured, and the education ministry said schools were closed.
`;

let root: string;
let server: StaticServer;
let browser: Browser;

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 600 } });
  await context.route((url) => url.origin !== server.origin, (route) => route.abort());
  const page = await context.newPage();
  const response = await page.goto(server.url + path.replace(/^\//, ""));
  expect(response?.status()).toBe(200);
  return page;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-comparison-browser-"));
  await mkdir(join(root, "articles"));
  await writeFile(join(root, "articles", "rival-tolls.md"), ARTICLE);
  const quiet = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const code = await buildSite({ input: join(root, "articles"), output: join(root, "site") }).finally(() => quiet.mockRestore());
  expect(code).toBe(0);
  server = await startStaticServer(join(root, "site"));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the comparison table in a browser", () => {
  it("should land each cell's link on the figure's <data>, highlighted and clear of the top edge", async () => {
    const page = await open("/rival-tolls/");
    const links = page.locator('section.comparison td a[href^="#"]');
    expect(await links.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const link = links.nth(i);
      const id = (await link.getAttribute("href"))!.slice(1);
      await link.click();
      const landed = await page.evaluate((target) => {
        const element = document.getElementById(target)!;
        const box = element.getBoundingClientRect();
        return {
          tag: element.tagName.toLowerCase(),
          target: element.matches(":target"),
          top: box.top,
          bottom: box.bottom,
          height: window.innerHeight,
          highlighted: getComputedStyle(element).outlineStyle !== "none",
          statement: element.closest(".statement")?.getAttribute("data-source") ?? null,
        };
      }, id);
      expect(landed).toMatchObject({ tag: "data", target: true, highlighted: true });
      // The figure sits in the statement of the source whose row the cell is in.
      const row = await link.evaluate((a) => a.closest("tr")!.querySelector("th a")!.getAttribute("href"));
      expect(`#fn-${landed.statement}`).toBe(row);
      // In view, and not under the top edge: the scroll margin leaves room above it.
      expect(landed.top).toBeGreaterThan(16);
      expect(landed.bottom).toBeLessThan(landed.height);
    }
    expect(await page.locator("section.comparison ul.ranges").textContent()).toContain("cannot both be right");
    await page.context().close();
  });

  it("should give two speakers of one sentence a statement each, with its own reference after it, in reading order", async () => {
    const page = await open("/rival-tolls/");
    const sequence = await page.evaluate(() => {
      const paragraph = Array.from(document.querySelectorAll("p")).find((p) => p.textContent?.includes("rail operator"))!;
      return Array.from(paragraph.querySelectorAll(".statement, a[data-footnote-ref]")).map((element) =>
        element.matches(".statement")
          ? { statement: element.textContent, source: element.getAttribute("data-source") }
          : { reference: Number(element.textContent), href: element.getAttribute("href"), inStatement: element.closest(".statement") !== null },
      );
    });
    expect(sequence).toEqual([
      { statement: "The rail operator said 3 passengers were injured", source: "rail-operator" },
      { reference: 3, href: "#fn-rail-operator", inStatement: false },
      { statement: "the education ministry said schools were closed.", source: "education-ministry" },
      { reference: 4, href: "#fn-education-ministry", inStatement: false },
    ]);
    // Each reference leads to its own source's note.
    for (const source of ["rail-operator", "education-ministry"]) {
      await page.locator(`a[data-footnote-ref][href="#fn-${source}"]`).click();
      expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(`fn-${source}`);
    }
    await page.context().close();
  });
});
