/**
 * Realistic articles for the benchmark and the large-input tests (here, not in scripts/, because tests never import scripts), made from the seed and the corpus:
 * paragraphs of different articles shuffled and recombined, numbers varied, all from a seeded PRNG so
 * that every run makes the same files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { parseArticle } from "./frontmatter.ts";
import type { RegistryEntry } from "./types.ts";

/** The real articles the generated ones are made from: the seed first, then the corpus. */
export function sourceFiles(): string[] {
  const corpus = fileURLToPath(new URL("../tests/fixtures/corpus/", import.meta.url));
  return [
    fileURLToPath(new URL("../articles/deir-ez-zor-airstrike.md", import.meta.url)),
    ...readdirSync(corpus)
      .filter((name) => /^\d.*\.md$/.test(name))
      .sort()
      .map((name) => `${corpus}${name}`),
  ];
}

/** One real article, split for recombining. */
export interface BaseArticle {
  path: string;
  title: string;
  date: string | null;
  publisher: string | null;
  registry: RegistryEntry[];
  paragraphs: string[];
}

/** Read the seed and the corpus articles into titles, registries and paragraphs. */
export function loadBaseArticles(): BaseArticle[] {
  return sourceFiles().map((path) => {
    const parsed = parseArticle(readFileSync(path, "utf8"), path);
    if (parsed.failed) throw new Error(`Cannot use ${path} for the benchmark: ${parsed.file.messages.map(String).join("; ")}`);
    const paragraphs = parsed.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== "" && !p.startsWith("#"));
    const { meta, registry, fields } = parsed.frontMatter;
    return { path, title: meta.title, date: meta.date, publisher: fields.publisher ?? null, registry, paragraphs };
  });
}

/** Make a seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;

/** Change the counts in a paragraph (not years, not days of a month) by up to ±40%, keeping their format. */
export function varyNumbers(paragraph: string, random: () => number): string {
  return paragraph.replace(/\d{1,3}(?:,\d{3})+|\d+/g, (text, offset: number) => {
    const value = Number(text.replace(/,/g, ""));
    const before = paragraph.slice(Math.max(0, offset - 12), offset);
    const after = paragraph.slice(offset + text.length, offset + text.length + 1);
    if ((value >= 1900 && value <= 2100 && !text.includes(",")) || MONTH.test(before) || /[.\d]/.test(after) || /[.\d]$/.test(before)) return text;
    if (value < 2) return text;
    const varied = Math.max(2, Math.round(value * (0.6 + random() * 0.8)));
    return text.includes(",") ? varied.toLocaleString("en-US") : String(varied);
  });
}

/** Options of `generateArticle`. */
export interface GenerateOptions {
  /** Which article this is: picks the base article and seeds the PRNG. */
  index: number;
  /** Words to reach at least. Default: 500. */
  words?: number;
  /** The slug to give it. Default: `bench-<index>`. */
  slug?: string;
}

/** Make one article (front matter and Markdown) of about `words` words from the real ones, the same every run. */
export function generateArticle(bases: BaseArticle[], options: GenerateOptions): string {
  const { index } = options;
  const words = options.words ?? 500;
  const random = prng(0x5eed + index * 7919);
  const base = bases[index % bases.length]!;
  const paragraphs: string[] = [];
  let count = 0;
  const add = (paragraph: string) => {
    paragraphs.push(varyNumbers(paragraph, random));
    count += paragraph.split(/\s+/).length;
  };
  // The base article's opening, as a reporter would keep it, then paragraphs from anywhere.
  const lead = 2 + Math.floor(random() * 3);
  for (const paragraph of base.paragraphs.slice(0, lead)) add(paragraph);
  while (count < words) {
    const from = random() < 0.5 ? base : bases[Math.floor(random() * bases.length)]!;
    add(from.paragraphs[Math.floor(random() * from.paragraphs.length)]!);
  }
  const front: Record<string, unknown> = {
    title: `${base.title} (${index + 1})`,
    slug: options.slug ?? `bench-${index + 1}`,
  };
  if (base.date) front.date = base.date;
  if (base.publisher) front.publisher = base.publisher;
  if (base.registry.length > 0) {
    front.sources = base.registry.map((entry) => {
      const out: Record<string, unknown> = { id: entry.id, name: entry.name };
      if (entry.aliases.length > 0) out.aliases = entry.aliases;
      if (entry.description) out.description = entry.description;
      if (entry.url) out.url = entry.url;
      return out;
    });
  }
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${paragraphs.join("\n\n")}\n`;
}

/** Make `count` articles, keyed by file name (`bench-0001.md`, ...). */
export function generateArticles(count: number, words = 500): Map<string, string> {
  const bases = loadBaseArticles();
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) files.set(`bench-${String(i + 1).padStart(4, "0")}.md`, generateArticle(bases, { index: i, words }));
  return files;
}
