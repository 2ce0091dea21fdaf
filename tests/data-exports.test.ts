/**
 * Data to take away: claims.json, figures.csv, the page's JSON-LD (checked against the schema.org terms
 * in tests/fixtures/schema-org/), Open Graph, the canonical link and the Atom feed, from a real build of
 * the seed article into a temporary folder.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";
import { articleJsonLd, csvField, FIGURE_COLUMNS, scriptJson } from "../src/data-exports.ts";
import { extract } from "../src/index.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const SLUG = "deir-ez-zor-airstrike";

interface Vocabulary {
  types: Record<string, string | null>;
  properties: Record<string, { domain: string[]; range: string[] }>;
}

let root: string;
let site: string;
let page: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-data-"));
  site = join(root, "site");
  const quiet = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const code = await buildSite({ input: join(REPO, "articles"), output: site }).finally(() => quiet.mockRestore());
  expect(code).toBe(0);
  page = await readFile(join(site, SLUG, "index.html"), "utf8");
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** The page's JSON-LD, parsed. */
function jsonLd(html: string): Record<string, unknown> {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(script, "a JSON-LD script in the page").toBeTruthy();
  return JSON.parse(script!) as Record<string, unknown>;
}

/** Every way `node` breaks the schema.org vocabulary: unknown types and properties, properties off their domain, values off their range. */
function vocabularyErrors(node: Record<string, unknown>, vocabulary: Vocabulary, path = "$"): string[] {
  const errors: string[] = [];
  const isA = (type: string, parent: string): boolean => {
    for (let current: string | null | undefined = type; current; current = vocabulary.types[current]) if (current === parent) return true;
    return false;
  };
  const type = node["@type"];
  if (type !== undefined && (typeof type !== "string" || !(type in vocabulary.types))) errors.push(`${path}: unknown type ${String(type)}`);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const property = vocabulary.properties[key];
    if (!property) {
      errors.push(`${path}.${key}: not a schema.org property here`);
      continue;
    }
    if (typeof type === "string" && !property.domain.some((domain) => isA(type, domain))) errors.push(`${path}.${key}: not a property of ${type}`);
    for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const where = Array.isArray(value) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      if (typeof item === "string") {
        if (!property.range.some((range) => ["Text", "URL", "Date", "DateTime", "Language"].includes(range))) errors.push(`${where}: text where ${property.range.join("/")} is expected`);
      } else if (item && typeof item === "object") {
        const child = item as Record<string, unknown>;
        const childType = child["@type"];
        if (typeof childType === "string" && !property.range.some((range) => isA(childType, range))) errors.push(`${where}: ${childType} where ${property.range.join("/")} is expected`);
        errors.push(...vocabularyErrors(child, vocabulary, where));
      }
    }
  }
  return errors;
}

describe("claims.json and figures.csv", () => {
  it("should publish the extract JSON beside the page, and link it from the page", async () => {
    const expected = await extract(await readFile(join(REPO, "articles", `${SLUG}.md`), "utf8"), join(REPO, "articles", `${SLUG}.md`));
    expect(JSON.parse(await readFile(join(site, SLUG, "claims.json"), "utf8"))).toEqual(expected);
    expect(page).toContain(`href="/${SLUG}/claims.json"`);
  });

  it("should publish one CSV row per figure, with its source's name, and link it from the page", async () => {
    const data = await extract(await readFile(join(REPO, "articles", `${SLUG}.md`), "utf8"), join(REPO, "articles", `${SLUG}.md`));
    const csv = await readFile(join(site, SLUG, "figures.csv"), "utf8");
    const rows = csv.split("\r\n");
    expect(rows.at(-1)).toBe("");
    expect(rows[0]).toBe(FIGURE_COLUMNS.join(","));
    expect(rows.length - 2).toBe(data.figures.length);
    expect(rows).toContain("f3,killed,83,,exact,83,sohr,Syrian Observatory for Human Rights,whole,,,,,false,a4,a4,29");
    expect(page).toContain(`href="/${SLUG}/figures.csv"`);
  });

  it("should quote CSV fields that need it, and disarm text a spreadsheet would run as a formula", () => {
    expect(csvField('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(null)).toBe("");
    expect(csvField(12)).toBe("12");
  });
});

describe("JSON-LD", () => {
  it("should describe the page as a NewsArticle whose parts are its statements as Claims, each authored by its source", async () => {
    const data = await extract(await readFile(join(REPO, "articles", `${SLUG}.md`), "utf8"), join(REPO, "articles", `${SLUG}.md`));
    const ld = jsonLd(page);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe(data.article.title);
    const claims = ld.hasPart as Array<{ "@type": string; "@id": string; text: string; author: { name: string }; appearance: { "@id": string } }>;
    expect(claims).toHaveLength(data.attributions.length);
    for (const claim of claims) expect(claim.appearance["@id"]).toBe(ld["@id"]);
    const authors = new Set(claims.map((claim) => claim.author.name));
    for (const source of data.sources.filter((source) => data.attributions.some((a) => a.source === source.id))) expect(authors, source.name).toContain(source.name);
    // Each claim points at its statement on the page.
    for (const claim of claims) expect(page).toContain(`id="${claim["@id"].slice(1)}"`);
  });

  it("should use only schema.org terms, each on a type it belongs to", async () => {
    const vocabulary = JSON.parse(await readFile(join(REPO, "tests/fixtures/schema-org/vocabulary.json"), "utf8")) as Vocabulary;
    expect(vocabularyErrors(jsonLd(page), vocabulary)).toEqual([]);
    // The check catches a wrong term.
    expect(vocabularyErrors({ "@type": "Claim", appearance: { "@type": "Person", headline: "x" }, sayer: "y" }, vocabulary)).toEqual([
      "$.appearance: Person where CreativeWork is expected",
      "$.appearance.headline: not a property of Person",
      "$.sayer: not a schema.org property here",
    ]);
  });

  it("should give absolute ids and the page's URL when the site's URL is known", async () => {
    const data = await extract(await readFile(join(REPO, "articles", `${SLUG}.md`), "utf8"), join(REPO, "articles", `${SLUG}.md`));
    const ld = articleJsonLd({ title: "T", date: null, lang: "en", description: "D", byline: null, publisher: "P", sourceUrl: null, url: "https://example.org/s/", data });
    expect(ld["@id"]).toBe("https://example.org/s/#article");
    expect(ld.url).toBe("https://example.org/s/");
    expect((ld.hasPart as Array<{ "@id": string }>)[0]!["@id"]).toBe("https://example.org/s/#a1");
  });

  it("should never let text close the script element", () => {
    expect(scriptJson({ text: "</script><script>alert(1)</script>" })).not.toContain("</");
    expect(JSON.parse(scriptJson({ text: "</script>" }))).toEqual({ text: "</script>" });
  });
});

describe("Open Graph, canonical link and feed", () => {
  it("should give the page Open Graph tags, a canonical link, a favicon and the feed's link", () => {
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toMatch(/<meta property="og:title" content="Syria War: [^"]+">/);
    expect(page).toContain(`<link rel="canonical" href="/${SLUG}/">`);
    expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Sourced" href="/feed.xml">');
  });

  it("should publish an Atom feed with one entry per article, newest first", async () => {
    const feed = await readFile(join(site, "feed.xml"), "utf8");
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain(`<link href="/${SLUG}/" rel="alternate" type="text/html"/>`);
    expect(entries[0]).toContain("<updated>2016-09-17T00:00:00Z</updated>");
    expect(feed).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;|#39;)/);
  });
});

describe("the home page", () => {
  it("should show each article's disputed outcomes at a glance, as the article's comparison gives them", async () => {
    const home = await readFile(join(site, "index.html"), "utf8");
    const item = /<li>\s*<h2><a href="\/deir-ez-zor-airstrike\/">[\s\S]*?<\/li>/.exec(home)?.[0];
    expect(item, "the seed's entry on the home page").toBeTruthy();
    // On the article: each outcome whose figures cannot both be right, its heading and range.
    const disputed = [...page.matchAll(/<li data-metric="[a-z]+" class="disagree"><strong>([^<]+)<\/strong>: ([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(disputed).toEqual(["Killed: 62–83"]);
    expect(item).toContain(`<p class="disputed"><strong>Figures in dispute</strong> — ${disputed.join("; ")}</p>`);
  });
});
