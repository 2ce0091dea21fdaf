/**
 * The built site in a real browser (the machine's Chromium, through playwright-core), served on
 * 127.0.0.1: footnotes and backlinks move focus with the mouse and with the keyboard alone, table
 * figures land on their statements, source cards open on hover and focus and close with Esc,
 * sidenotes stand in the margin without overlapping, dark mode follows the system, the "who said
 * what" switch colours statements, axe finds no WCAG 2.1 A/AA violation in either colour scheme, and
 * nothing overflows from 320 px up. Screenshots of each width and scheme go to `test-results/browser/`
 * for a person to look at.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
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
const WIDTHS = [320, 375, 1280, 1920];
const SCHEMES = ["light", "dark"] as const;

let root: string;
let server: StaticServer;
let browser: Browser;
/** Every page of the site, as a path: the home page and each article. */
let pages: string[];

/** Open a path of the site in a fresh page of `width` CSS pixels. */
async function open(path: string, width = 1280, colorScheme: "light" | "dark" = "light", site: StaticServer = server): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  // Only the site itself loads: the test never touches the network.
  await context.route(
    (url) => url.origin !== site.origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const response = await page.goto(site.url + path.replace(/^\//, ""));
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
  it("should have no WCAG 2.1 A or AA violation on any page, in light and dark mode (axe-core)", async () => {
    const report: string[] = [];
    for (const path of pages) {
     for (const scheme of SCHEMES) {
      const page = await open(path, 1280, scheme);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
        const results = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      report.push(...violations.map((violation) => `${path} (${scheme}): ${violation}`));
      await page.context().close();
     }
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
  it("should not overflow horizontally from 320 to 1920 px", async () => {
    const overflows: string[] = [];
    for (const path of pages) {
      for (const width of WIDTHS) {
        const page = await open(path, width);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) overflows.push(`${path} at ${width} px: ${scrollWidth} > ${innerWidth}`);
        await page.context().close();
      }
    }
    expect(overflows).toEqual([]);
  }, 120_000);

  it("should save screenshots of every page at 375, 1280 and 1920 px, light and dark, to test-results/browser/", async () => {
    for (const path of pages) {
      for (const width of [375, 1280, 1920]) {
        for (const scheme of SCHEMES) {
          const page = await open(path, width, scheme);
          const name = path === "/" ? "home" : path.replace(/^\/|\/$/g, "");
          const file = join(ARTIFACTS, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: path !== "/" || width < 1000 });
          expect((await stat(file)).size, file).toBeGreaterThan(5_000);
          await page.context().close();
        }
      }
    }
    // Kept for a person (and CI) to look at, never committed: git ignores the folder.
    await promisify(execFile)("git", ["check-ignore", "--quiet", join(ARTIFACTS, `${SLUG}-375-dark.png`)], { cwd: REPO });
  }, 240_000);

  it("should follow the system's dark mode: another background and text colour", async () => {
    const colours = async (scheme: "light" | "dark") => {
      const page = await open(`/${SLUG}/`, 1280, scheme);
      const style = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { background: body.backgroundColor, text: body.color };
      });
      await page.context().close();
      return style;
    };
    const light = await colours("light");
    const dark = await colours("dark");
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
  });

  it("should stand the sidenotes in the margin beside their references, none overlapping another, at 1280, 1600 and 1920 px", async () => {
    for (const width of [1280, 1600, 1920]) {
      const page = await open(`/${SLUG}/`, width);
      const { notes, column } = await page.evaluate(() => {
        const box = (element: Element) => {
          const r = element.getBoundingClientRect();
          return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
        };
        const paragraphs = Array.from(document.querySelectorAll(".article-body > p")).map(box);
        /** The reference a sidenote stands for: the `<sup>` before it (and its card). */
        const reference = (note: Element) => {
          let node = note.previousElementSibling;
          while (node && node.tagName !== "SUP") node = node.previousElementSibling;
          return node!;
        };
        return {
          notes: Array.from(document.querySelectorAll(".sidenote")).map((note) => ({ ...box(note), reference: box(reference(note)).top })),
          column: { left: Math.min(...paragraphs.map((p) => p.left)), right: Math.max(...paragraphs.map((p) => p.right)) },
        };
      });
      expect(notes.length, `sidenotes at ${width} px`).toBeGreaterThan(3);
      for (const [i, note] of notes.entries()) {
        expect(note.bottom - note.top, `sidenote ${i + 1} shown at ${width} px`).toBeGreaterThan(0);
        expect(note.left, `sidenote ${i + 1} right of the text at ${width} px`).toBeGreaterThanOrEqual(column.right);
        expect(note.right, `sidenote ${i + 1} inside the window at ${width} px`).toBeLessThanOrEqual(width);
        const next = notes[i + 1];
        if (next) expect(next.top, `sidenote ${i + 2} below sidenote ${i + 1} at ${width} px`).toBeGreaterThanOrEqual(note.bottom);
        // Beside its statement: never above its reference's line, and on it unless the note before pushed it down.
        expect(note.top, `sidenote ${i + 1} not above its reference at ${width} px`).toBeGreaterThanOrEqual(note.reference - 12);
        const previous = notes[i - 1];
        if (!previous || note.top > previous.bottom + 16) expect(note.top - note.reference, `sidenote ${i + 1} level with its reference at ${width} px`).toBeLessThan(40);
      }
      await page.context().close();
    }
  });

  it("should fold the sidenotes away on a phone, where the notes at the end carry them", async () => {
    const page = await open(`/${SLUG}/`, 375);
    const shown = await page.locator(".sidenote").evaluateAll((notes) => notes.filter((note) => note.getBoundingClientRect().height > 0).length);
    expect(shown).toBe(0);
    await page.context().close();
  });
});

describe("source cards", () => {
  /** Whether the card of the reference `index` (in reading order) is open. */
  const cardOpen = (page: Page, index: number) =>
    page.locator("a[data-footnote-ref]").nth(index).evaluate((link) => document.getElementById(link.getAttribute("interestfor") ?? "")?.matches(":popover-open") ?? false);

  it("should name each reference by its source, the name its card and note give", async () => {
    const page = await open(`/${SLUG}/`);
    const references = await page.locator("a[data-footnote-ref]").evaluateAll((links) =>
      links.map((link) => ({
        label: link.getAttribute("aria-label") ?? "",
        number: link.textContent ?? "",
        card: document.getElementById(link.getAttribute("interestfor") ?? "")?.querySelector(".card-name")?.textContent ?? "",
        note: document.querySelector(`${link.getAttribute("href")} .source-name`)?.textContent ?? "",
      })),
    );
    expect(references.length).toBeGreaterThan(3);
    for (const reference of references) {
      expect(reference.card).toBe(reference.note);
      expect(reference.label).toBe(`Source ${reference.number}: ${reference.note}`);
    }
    await page.context().close();
  });

  it("should open the card when the reference gets keyboard focus, next to it and inside the window on a phone and a desktop, and close it with Esc", async () => {
    for (const width of [375, 1280]) {
      const page = await open(`/${SLUG}/`, width);
      let href = "";
      for (let i = 0; i < 40 && !href.startsWith("#fn-"); i++) {
        await page.keyboard.press("Tab");
        href = (await focused(page)).href;
      }
      expect(href, "Tab reaches a reference").toMatch(/^#fn-/);
      await expect.poll(() => cardOpen(page, 0), { timeout: 3000 }).toBe(true);
      // The card sits next to its reference, inside the window.
      const { card, link } = await page.evaluate(() => {
        const anchor = document.activeElement!;
        const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
        return { link: box(anchor), card: box(document.getElementById(anchor.getAttribute("interestfor")!)!) };
      });
      expect(card.left, `at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(card.right, `at ${width} px`).toBeLessThanOrEqual(width);
      expect(Math.min(Math.abs(card.top - link.bottom), Math.abs(link.top - card.bottom)), `at ${width} px`).toBeLessThan(24);
      await page.keyboard.press("Escape");
      await expect.poll(() => cardOpen(page, 0), { timeout: 3000 }).toBe(false);
      await page.context().close();
    }
  });

  it("should let a screen reader hear the source's name on the reference, and what it is and said as its description", async () => {
    const page = await open(`/${SLUG}/`);
    const cdp = await page.context().newCDPSession(page);
    const references = page.locator("a[data-footnote-ref]");
    for (const index of [0, 2]) {
      const reference = references.nth(index);
      await reference.focus();
      // What the browser gives assistive technology for the reference: its role, name and description.
      const { result } = await cdp.send("Runtime.evaluate", { expression: `document.querySelectorAll("a[data-footnote-ref]")[${index}]` });
      const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId!, fetchRelatives: false });
      const node = nodes[0]!;
      const card = await reference.evaluate((link) => {
        const element = document.getElementById(link.getAttribute("interestfor")!)!;
        const part = (selector: string) => Array.from(element.querySelectorAll(selector)).map((e) => e.textContent!.replace(/\s+/g, " ").trim());
        return { name: part(".card-name")[0]!, number: link.textContent!, description: part(".card-description"), quotes: part(".card-said q") };
      });
      expect(node.role?.value).toBe("link");
      expect(node.name?.value).toBe(`Source ${card.number}: ${card.name}`);
      const description = node.description?.value.replace(/\s+/g, " ") ?? "";
      for (const part of [...card.description, ...card.quotes]) expect(description, `reference ${index + 1}`).toContain(part);
      expect(card.quotes.length).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it("should keep the cards hidden, the references plain links to the notes, where the browser has no popover", async () => {
    const page = await open(`/${SLUG}/`);
    // This Chromium has popovers: apply the stylesheet's rules for a browser without them, and look.
    const applied = await page.evaluate(() => {
      const fallback = Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .filter((rule): rule is CSSSupportsRule => rule instanceof CSSSupportsRule && /not\s+selector\(\s*:popover-open\s*\)/.test(rule.conditionText));
      const sheet = new CSSStyleSheet();
      for (const rule of fallback) for (const inner of Array.from(rule.cssRules)) sheet.insertRule(inner.cssText, sheet.cssRules.length);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      // Without popover support the browser's own `[popover]` rule is gone too: the cards are ordinary spans.
      for (const card of Array.from(document.querySelectorAll(".source-card"))) card.removeAttribute("popover");
      return { rules: fallback.length, shown: Array.from(document.querySelectorAll(".source-card")).filter((card) => getComputedStyle(card).display !== "none").length };
    });
    expect(applied).toEqual({ rules: 1, shown: 0 });
    const reference = page.locator("a[data-footnote-ref]").first();
    await reference.click();
    expect(await page.evaluate(() => location.hash)).toBe(await reference.getAttribute("href"));
    await page.context().close();
  });

  it("should open the card on hover and keep it open while the pointer is on the card", async () => {
    const page = await open(`/${SLUG}/`);
    const reference = page.locator("a[data-footnote-ref]").nth(2);
    await reference.scrollIntoViewIfNeeded();
    await reference.hover();
    await expect.poll(() => cardOpen(page, 2), { timeout: 3000 }).toBe(true);
    const card = page.locator(`[id="${await reference.getAttribute("interestfor")}"]`);
    await card.hover();
    await page.waitForTimeout(1500);
    expect(await cardOpen(page, 2), "still open while hovered").toBe(true);
    // Its links work from the card: the note link goes to the note.
    await card.locator('a[href^="#fn-"]').click();
    expect(await page.evaluate(() => location.hash)).toBe(await reference.getAttribute("href"));
    await page.context().close();
  });
});

describe("the comparison table", () => {
  it("should be no tab stop of its own when it does not scroll, scroll from the keyboard on a phone, and right-align its numbers in tabular figures", async () => {
    const wide = await open(`/${SLUG}/`, 1280);
    const box = (page: Page) =>
      page.locator(".table-scroll").evaluate((element) => ({
        scrolls: element.scrollWidth > element.clientWidth,
        focusable: (element as HTMLElement).tabIndex >= 0,
        align: getComputedStyle(element.querySelector("td")!).textAlign,
        digits: getComputedStyle(element.querySelector("td")!).fontVariantNumeric,
      }));
    expect(await box(wide)).toEqual({ scrolls: false, focusable: false, align: "right", digits: "tabular-nums" });
    await wide.context().close();

    // On a phone the box scrolls; from a figure's link inside it, the arrow keys scroll it to the far side.
    const phone = await open(`/${SLUG}/`, 320);
    const scroller = phone.locator(".table-scroll");
    // The seed's table (three columns of names and figures) is wider than a 320 px phone.
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    {
      const last = scroller.locator("td a").last();
      await last.focus();
      for (let i = 0; i < 5; i++) await phone.keyboard.press("ArrowRight");
      // Keyboard scrolling is animated: wait for it to end.
      const visible = () =>
        last.evaluate((link) => {
          const box = link.getBoundingClientRect();
          const frame = link.closest(".table-scroll")!.getBoundingClientRect();
          return box.left >= frame.left - 1 && box.right <= frame.right + 1;
        });
      await expect.poll(visible, { timeout: 3000 }).toBe(true);
    }
    await phone.context().close();
  });
});

describe("JSON-LD", () => {
  it("should parse in the browser and name every source of the notes as the author of a claim", async () => {
    const page = await open(`/${SLUG}/`);
    const { authors, sources, type } = await page.evaluate(() => {
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as { "@type": string; hasPart: Array<{ "@type": string; author: { name: string } }> };
      return {
        type: [data["@type"], ...new Set(data.hasPart.map((part) => part["@type"]))],
        authors: [...new Set(data.hasPart.map((part) => part.author.name))].sort(),
        sources: Array.from(document.querySelectorAll("section.footnotes .source-name"), (name) => name.textContent!).sort(),
      };
    });
    expect(type).toEqual(["NewsArticle", "Claim"]);
    expect(sources.length).toBeGreaterThan(3);
    expect(authors).toEqual(sources);
    await page.context().close();
  });
});

describe("the Atom feed", () => {
  it("should parse as XML in the browser, with an entry linking to each article's page", async () => {
    const page = await open("/");
    const feed = await page.evaluate(async () => {
      const response = await fetch("/feed.xml");
      const xml = new DOMParser().parseFromString(await response.text(), "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      return {
        errors: xml.getElementsByTagName("parsererror").length,
        root: `${xml.documentElement.namespaceURI} ${xml.documentElement.localName}`,
        links: Array.from(xml.getElementsByTagNameNS(atom, "entry"), (entry) => entry.getElementsByTagNameNS(atom, "link")[0]?.getAttribute("href") ?? ""),
      };
    });
    expect(feed.errors).toBe(0);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.links.sort()).toEqual(pages.filter((path) => path !== "/").sort());
    // The home page announces the feed.
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe("/feed.xml");
    await page.context().close();
  });
});

describe("the comparison table on a phone", () => {
  /** Five outcomes from three sources with long names: a table wider than a 375 px phone. */
  const WIDE = `---
title: Floods in the valley
date: 2026-03-04
---

Rescue teams worked through the night in the valley after the river burst its banks.

The Provincial Disaster Management Authority said 42 people were killed, 130 were injured and 17 were missing.

The International Federation of Red Cross and Red Crescent Societies said 55 people had died and 150 were injured, and that 3,000 people had been displaced.

Police said 12 people were arrested for looting.
`;

  it("should keep the caption in view, outside the scroll box, while the table scrolls sideways at 375 px, the box reachable from the keyboard", async () => {
    await mkdir(join(root, "wide", "articles"), { recursive: true });
    await writeFile(join(root, "wide", "articles", "floods.md"), WIDE);
    const quiet = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await buildSite({ input: join(root, "wide", "articles"), output: join(root, "wide", "site") }).finally(() => quiet.mockRestore());
    expect(code).toBe(0);
    const wide = await startStaticServer(join(root, "wide", "site"));
    try {
      const page = await open("/floods/", 375, "light", wide);
      const scroller = page.locator("section.comparison .table-scroll");
      const caption = page.locator("#comparison-caption");
      await caption.scrollIntoViewIfNeeded();
      expect(await scroller.evaluate((box) => box.scrollWidth > box.clientWidth), "the table is wider than the phone").toBe(true);
      expect(await caption.evaluate((element) => element.closest(".table-scroll") === null)).toBe(true);
      expect(await caption.textContent()).toBe("Outcome figures by source");
      // The box and the table are named by the caption.
      expect(await scroller.getAttribute("aria-labelledby")).toBe("comparison-caption");
      expect(await scroller.locator("table").getAttribute("aria-labelledby")).toBe("comparison-caption");

      const place = () => caption.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return { left: Math.round(box.left), right: Math.round(box.right), visible: box.left >= 0 && box.right <= window.innerWidth && box.bottom > 0 && box.top < window.innerHeight };
      });
      const before = await place();
      expect(before.visible).toBe(true);
      await scroller.evaluate((box) => box.scrollTo({ left: box.scrollWidth, behavior: "instant" }));
      expect(await scroller.evaluate((box) => box.scrollLeft), "the table scrolled").toBeGreaterThan(0);
      expect(await place(), "the caption stays where it was").toEqual(before);
      // The last column came into view, and the page itself did not scroll sideways.
      expect(await page.evaluate(() => ({ x: scrollX, overflow: document.documentElement.scrollWidth > innerWidth }))).toEqual({ x: 0, overflow: false });
      // The box that scrolls is reachable from the keyboard (through its figure links): axe's check passes on it.
      await page.addScriptTag({ path: AXE });
      const scrollable = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
        const results = await axe.run(document, { runOnly: { type: "rule", values: ["scrollable-region-focusable"] } });
        return { violations: results.violations.length, passes: results.passes.flatMap((rule) => rule.nodes.map((node) => node.target.join(" "))) };
      });
      expect(scrollable.violations).toBe(0);
      expect(scrollable.passes.some((target) => target.includes("table-scroll"))).toBe(true);
      await page.context().close();
    } finally {
      await wide.close();
    }
  });
});

describe("calm tagging", () => {
  it("should draw each mark as the legend shows it, and leave dates and other numbers unmarked", async () => {
    const page = await open(`/${SLUG}/`);
    const statement = page.locator(".article-body .statement").first();
    await statement.hover();
    const marks = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const hovered = document.querySelector(".article-body .statement:hover")!;
      return {
        hairline: [style(".legend-hairline").backgroundColor, getComputedStyle(Array.from(document.querySelectorAll(".article-body p")).find((p) => p.querySelector(".statement"))!).borderLeftColor],
        statement: [style(".legend-statement").textDecorationColor, getComputedStyle(hovered).textDecorationColor],
        underlined: [style(".legend-statement").textDecorationLine, getComputedStyle(hovered).textDecorationLine],
        reference: [style(".legend-ref").color, style(".article-body a[data-footnote-ref]").color],
        figure: [style(".legend-figure").backgroundImage, style('.article-body data[data-kind="figure"]').backgroundImage],
        // Marks the legend does not explain are not drawn: dates and numbers that are not figures.
        unmarked: Array.from(document.querySelectorAll('.article-body time, .article-body data:not([data-kind="figure"])')).map((element) => {
          const css = getComputedStyle(element);
          return `${css.textDecorationLine} ${css.borderBottomStyle} ${css.backgroundImage} ${css.backgroundColor}`;
        }),
      };
    });
    for (const [mark, [legend, text]] of Object.entries(marks).filter(([name]) => name !== "unmarked") as Array<[string, string[]]>) expect(legend, mark).toBe(text);
    expect(marks.underlined[0]).toBe("underline");
    expect(marks.unmarked.length).toBeGreaterThan(0);
    expect(new Set(marks.unmarked)).toEqual(new Set(["none none none rgba(0, 0, 0, 0)"]));
    await page.context().close();
  });
});

describe("who said what", () => {
  it("should colour each source's statements like its card, note and table row, different sources differently, only when switched on", async () => {
    const page = await open(`/${SLUG}/`);
    const backgrounds = () =>
      page.locator(".statement").evaluateAll((statements) => statements.map((statement) => ({ source: statement.getAttribute("data-source"), background: getComputedStyle(statement).backgroundColor })));
    const before = await backgrounds();
    expect(new Set(before.map((statement) => statement.background))).toEqual(new Set(["rgba(0, 0, 0, 0)"]));
    await page.locator("#who-said-what").check();
    const after = await backgrounds();
    const bySource = new Map<string, Set<string>>();
    for (const { source, background } of after) bySource.set(source!, (bySource.get(source!) ?? new Set()).add(background));
    for (const [source, colours] of bySource) {
      expect(colours.size, `${source}'s statements share one colour`).toBe(1);
      expect([...colours][0], `${source}'s statements are coloured`).not.toBe("rgba(0, 0, 0, 0)");
    }
    expect(new Set([...bySource.values()].map((colours) => [...colours][0])).size).toBeGreaterThan(4);
    // Each source's colour is its card's, its note's and its table row's: the line under its statements
    // is the border of its card and note, and the bar of its row in the comparison.
    const lines = await page.evaluate(() => {
      const colour = (shadow: string) => /rgba?\([^)]*\)/.exec(shadow)?.[0] ?? shadow;
      return Array.from(new Set(Array.from(document.querySelectorAll(".article-body .statement[data-source]"), (statement) => statement.getAttribute("data-source")!))).map((source) => {
        const statement = document.querySelector(`.article-body .statement[data-source="${source}"]`)!;
        const row = document.querySelector(`section.comparison tr:has(> th a[href="#fn-${source}"]) > th`);
        return {
          source,
          statement: colour(getComputedStyle(statement).boxShadow),
          card: getComputedStyle(document.querySelector(`.source-card[data-source="${source}"]`)!).borderLeftColor,
          note: getComputedStyle(document.getElementById(`fn-${source}`)!).borderLeftColor,
          row: row ? colour(getComputedStyle(row).boxShadow) : null,
        };
      });
    });
    expect(lines.filter((line) => line.row !== null).length, "sources with a table row").toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.card, line.source).toBe(line.statement);
      expect(line.note, line.source).toBe(line.statement);
      if (line.row !== null) expect(line.row, line.source).toBe(line.statement);
    }
    await page.context().close();
  });
});
