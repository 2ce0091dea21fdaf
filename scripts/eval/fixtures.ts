/**
 * The labelled articles in tests/fixtures, run through the same `extract` the CLI uses, and scored:
 * attribution precision/recall and figure precision/recall/F1, per article and in total, with every miss and
 * false hit.
 *
 * Under each block, one line on figure scopes: of the labelled figures marked `scope`, `subset_of` or
 * `same_event: false` that the tagger found, how many got a scope, and how many scopes fell on figures
 * the labels do not mark (counted on figures matched to a label only).
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.ts";
import { evaluate, prf, seedArticle, sumScopes, type LabelledArticle, type Labels, type ScopeCounts, type Score } from "../../src/evaluate.ts";
import type { ArticleData } from "../../src/types.ts";
import { pairReport } from "./pairs.ts";

export { seedArticle, type LabelledArticle };

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/", import.meta.url));

/** Every labelled corpus article. */
export async function corpusArticles(): Promise<LabelledArticle[]> {
  return labelledArticles("corpus");
}

/**
 * The held-out sets: articles written for the project by its developers, not collected news
 * (tests/fixtures/heldout/README.md). Batch 1 was written before the tagger code was read; batches 2 to 6 after,
 * each before the fixes that followed it (batch 6 is not fixed for).
 */
export const HELDOUT_SETS = [
  { folder: "heldout", title: "held-out, written for this project (tests/fixtures/heldout: not collected news)" },
  {
    folder: "heldout-b",
    title: "held-out batch 2, written for this project after the rule changes (tests/fixtures/heldout-b: not collected news)",
  },
  {
    folder: "heldout-c",
    title: "held-out batch 3, written for this project after the batch-2 fixes (tests/fixtures/heldout-c: not collected news)",
  },
  {
    folder: "heldout-d",
    title: "held-out batch 4, written for this project after the batch-3 fixes (tests/fixtures/heldout-d: not collected news)",
  },
  {
    folder: "heldout-e",
    title: "held-out batch 5, written for this project before the batch-5 fixes, fixed after first score (tests/fixtures/heldout-e: not collected news)",
  },
  {
    folder: "heldout-f",
    title: "held-out batch 6, written for this project after all the fixes, not fixed for (tests/fixtures/heldout-f: not collected news)",
  },
  {
    folder: "heldout-pairs",
    title: "held-out comparison batch, written for this project, scored before any change for it (tests/fixtures/heldout-pairs: not collected news)",
  },
] as const;

/** Every article of one held-out set. */
export async function heldoutArticles(folder: string = "heldout"): Promise<LabelledArticle[]> {
  return labelledArticles(folder);
}

async function labelledArticles(folder: string): Promise<LabelledArticle[]> {
  const dir = `${FIXTURES}${folder}/`;
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

/** Extract and score the corpus and the seed, and, separately, the held-out set. */
export async function evaluateFixtures(): Promise<{
  articles: ArticleResult[];
  corpus: Score;
  seed: Score;
  heldout: HeldoutResult[];
}> {
  const run = async (list: LabelledArticle[]) => {
    const out: ArticleResult[] = [];
    for (const article of list) {
      const data = await extract(article.markdown, article.path);
      out.push({ name: article.name, data, score: evaluate(data, article.labels) });
    }
    return out;
  };
  const articles = await run([...(await corpusArticles()), await seedArticle()]);
  const corpus = sum(articles.filter((a) => !a.name.startsWith("seed")).map((a) => a.score));
  const seed = articles.find((a) => a.name.startsWith("seed"))!.score;
  const heldout: HeldoutResult[] = [];
  for (const set of HELDOUT_SETS) {
    const results = await run(await heldoutArticles(set.folder));
    heldout.push({ title: set.title, articles: results, total: sum(results.map((a) => a.score)) });
  }
  return { articles, corpus, seed, heldout };
}

/** One held-out set's results. */
export interface HeldoutResult {
  title: string;
  articles: ArticleResult[];
  total: Score;
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

/** Print the scores as a table, with the findings under it; the held-out set, if given, as a second block. */
export function formatReport(
  results: { articles: ArticleResult[]; corpus: Score; heldout?: HeldoutResult[] },
  options: { verbose?: boolean } = {},
): string {
  let out = formatBlock(results.articles, "corpus total", results.corpus, options);
  for (const set of results.heldout ?? []) {
    if (set.articles.length === 0) continue;
    out += `\n${set.title}\n`;
    out += formatBlock(set.articles, "held-out total", set.total, options);
  }
  return out;
}

function formatBlock(articles: ArticleResult[], totalName: string, total: Score, options: { verbose?: boolean }): string {
  const rows = [["article", "attr P", "attr R", "fig P", "fig R", "fig F1"]];
  const line = (name: string, s: Score) => {
    const a = prf(s.attributions);
    const f = prf(s.figures);
    rows.push([name, pct(a.precision), pct(a.recall), pct(f.precision), pct(f.recall), pct(f.f1)]);
  };
  for (const a of articles) line(a.name, a.score);
  line(totalName, total);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  let out = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n") + "\n";
  if (options.verbose) {
    for (const a of articles) {
      if (a.score.findings.length === 0) continue;
      out += `\n${a.name}\n`;
      for (const f of a.score.findings) out += `  ${f.type}: ${f.detail}\n    ${f.sentence}\n`;
    }
  }
  return out;
}

const scopeLine = (articles: ArticleResult[]): string => {
  const c: ScopeCounts = sumScopes(articles.map((a) => a.score.scopes));
  return `scopes: ${c.scoped}/${c.marked} labelled scope/subset/other-event figures found got a scope; false scopes ${c.falseScopes}`;
};

/**
 * Precision per rule over every labelled article (corpus, seed and held-out sets): of each rule's
 * attributions (one per sentence and source) and outcome figures, how many match a label. A miss has no
 * rule, so recall is per set, above.
 */
export function ruleReport(articles: ArticleResult[]): string {
  const totals = new Map<string, { tp: number; fp: number }>();
  for (const article of articles) {
    for (const [rule, counts] of Object.entries(article.score.rules ?? {})) {
      const total = totals.get(rule) ?? { tp: 0, fp: 0 };
      total.tp += counts.tp;
      total.fp += counts.fp;
      totals.set(rule, total);
    }
  }
  const rows = [["rule (all labelled articles)", "precision", "correct/found"]];
  for (const [rule, { tp, fp }] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([rule, pct(prf({ tp, fp, fn: 0 }).precision), `${tp}/${tp + fp}`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n") + "\n";
}

/** Score the fixtures and print the report (or, with `--json`, the scores as JSON). */
export async function runFixtures(args: string[]): Promise<number> {
  const results = await evaluateFixtures();
  // The comparison against the labelled pairs, one block per set (scripts/eval/pairs.ts).
  const pairs = await pairReport(results, !args.includes("--quiet"));
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ ...results, pairs: pairs.map(({ title, total }) => ({ title, total })) }, null, 2) + "\n");
    return 0;
  }
  const report = formatReport(results, { verbose: !args.includes("--quiet") });
  // One scope line under each block's total row: the corpus with the seed first, then each held-out set.
  const blocks = [results.articles, ...results.heldout.filter((h) => h.articles.length > 0).map((h) => h.articles)];
  let block = 0;
  const lines = report.split("\n").flatMap((line) => {
    if (!/^(corpus|held-out) total\b/.test(line) || block >= blocks.length) return [line];
    return [line, scopeLine(blocks[block++]!)];
  });
  process.stdout.write(lines.join("\n"));
  process.stdout.write(`\n${ruleReport([...results.articles, ...results.heldout.flatMap((h) => h.articles)])}`);
  for (const block of pairs) process.stdout.write(`\n${block.title}\n${block.lines.join("\n")}\n`);
  return 0;
}
