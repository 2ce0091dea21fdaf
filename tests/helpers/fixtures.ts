/**
 * The labelled articles in tests/fixtures, run through the same `extract` the CLI uses, and scored.
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.ts";
import { evaluate, prf, type Labels, type Score } from "../../src/evaluate.ts";
import type { ArticleData } from "../../src/types.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** A labelled article: its Markdown (front matter included) and its labels. */
export interface LabelledArticle {
  name: string;
  path: string;
  markdown: string;
  labels: Labels;
}

/** The seed article as the repository publishes it, with the seed's labels. */
export async function seedArticle(): Promise<LabelledArticle> {
  const path = fileURLToPath(new URL("../../articles/deir-ez-zor-airstrike.md", import.meta.url));
  return {
    name: "seed (deir-ez-zor-airstrike)",
    path,
    markdown: await readFile(path, "utf8"),
    labels: JSON.parse(await readFile(`${FIXTURES}seed/labels.json`, "utf8")) as Labels,
  };
}

/** Every labelled corpus article. */
export async function corpusArticles(): Promise<LabelledArticle[]> {
  const dir = `${FIXTURES}corpus/`;
  const names = (await readdir(dir)).filter((f) => f.endsWith(".labels.json")).sort();
  return Promise.all(
    names.map(async (labelsFile) => {
      const name = labelsFile.replace(/\.labels\.json$/, "");
      const path = `${dir}${name}.md`;
      return {
        name,
        path,
        markdown: await readFile(path, "utf8"),
        labels: JSON.parse(await readFile(`${dir}${labelsFile}`, "utf8")) as Labels,
      };
    }),
  );
}

/** One article's result. */
export interface ArticleResult {
  name: string;
  data: ArticleData;
  score: Score;
}

/** Extract and score the corpus and the seed. */
export async function evaluateFixtures(): Promise<{ articles: ArticleResult[]; corpus: Score; seed: Score }> {
  const articles: ArticleResult[] = [];
  for (const article of [...(await corpusArticles()), await seedArticle()]) {
    const data = await extract(article.markdown, article.path);
    articles.push({ name: article.name, data, score: evaluate(data, article.labels) });
  }
  const corpus = sum(articles.filter((a) => !a.name.startsWith("seed")).map((a) => a.score));
  const seed = articles.find((a) => a.name.startsWith("seed"))!.score;
  return { articles, corpus, seed };
}

function sum(scores: Score[]): Score {
  const total: Score = { attributions: { tp: 0, fp: 0, fn: 0 }, figures: { tp: 0, fp: 0, fn: 0 }, findings: [] };
  for (const s of scores) {
    for (const k of ["tp", "fp", "fn"] as const) {
      total.attributions[k] += s.attributions[k];
      total.figures[k] += s.figures[k];
    }
    total.findings.push(...s.findings);
  }
  return total;
}

const pct = (n: number) => n.toFixed(2);

/** Print the scores as a table, with the findings under it. */
export function formatReport(results: { articles: ArticleResult[]; corpus: Score }, options: { verbose?: boolean } = {}): string {
  const rows = [["article", "attr P", "attr R", "fig P", "fig R", "fig F1"]];
  const line = (name: string, s: Score) => {
    const a = prf(s.attributions);
    const f = prf(s.figures);
    rows.push([name, pct(a.precision), pct(a.recall), pct(f.precision), pct(f.recall), pct(f.f1)]);
  };
  for (const a of results.articles) line(a.name, a.score);
  line("corpus total", results.corpus);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  let out = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n") + "\n";
  if (options.verbose) {
    for (const a of results.articles) {
      if (a.score.findings.length === 0) continue;
      out += `\n${a.name}\n`;
      for (const f of a.score.findings) out += `  ${f.type}: ${f.detail}\n    ${f.sentence}\n`;
    }
  }
  return out;
}
