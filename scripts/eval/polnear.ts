/**
 * `npm run eval -- --polnear <path> [--split dev|train] [--json] [--findings]`: convert each PolNeAR article
 * to Markdown, run it through `extract` (what `sourced extract` runs), and print attribution precision and
 * speech recall, in total, per kind and per rule. `--findings` adds every false attribution and every miss.
 *
 * `<path>` is a checkout of github.com/networkdynamics/PolNeAR, its `data/` folder, or its bare git
 * directory. The default split is `dev`; `train` is for development; `test` is never read.
 */
import type { ArticleData } from "../../src/types.ts";
import { parseBrat } from "../../src/polnear/brat.ts";
import { ANTECEDENT_WINDOW } from "../../src/polnear/match.ts";
import { convertArticle } from "../../src/polnear/convert.ts";
import { scoreArticle, type AnnotationResult, type ArticleScore, type PredictionResult } from "../../src/polnear/score.ts";
import { readPolnear, type PolnearArticle } from "./polnear-corpus.ts";

/** One article's outcome: scored, or the error that stopped it. */
export interface PolnearArticleResult {
  name: string;
  annotator: string;
  score: ArticleScore | null;
  error: string | null;
}

/** A precision or recall count. */
interface Ratio {
  hit: number;
  total: number;
}

/** The totals `npm run eval -- --polnear` prints. */
export interface PolnearSummary {
  split: string;
  articles: number;
  failed: number;
  precision: Ratio;
  recall: Ratio;
  byKind: Record<string, { precision: Ratio; recall: Ratio }>;
  /** Pronoun sources credited as written whose resolved source is one of the nearest annotated antecedents. */
  pronounsResolved: Ratio;
  byRule: Record<string, { precision: Ratio; found: number }>;
  falseReasons: Record<string, number>;
  outOfScope: Record<string, number>;
  ms: number;
}

const date = (name: string): string | undefined => /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];

/** The pipeline's entry point (`extract` of src/index.ts), loaded once the corpus is read. */
type Extract = (text: string, path?: string) => Promise<ArticleData>;

/** Convert, extract and score one article. */
export async function runArticle(article: PolnearArticle, split: string, extract: Extract): Promise<PolnearArticleResult> {
  const base = { name: article.name, annotator: article.annotator };
  try {
    const annotations = parseBrat(article.ann, article.text, article.annPath);
    const converted = convertArticle(article.text, { date: date(article.name), fallbackTitle: article.name });
    const data = await extract(converted.markdown, `polnear/${split}/${article.name}.md`);
    return { ...base, score: scoreArticle(article.text, converted, annotations, data), error: null };
  } catch (error) {
    return { ...base, score: null, error: (error as Error).message };
  }
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
const add = (r: Ratio, hit: boolean) => {
  r.total++;
  if (hit) r.hit++;
};
const count = (m: Record<string, number>, key: string) => {
  m[key] = (m[key] ?? 0) + 1;
};

/** Add up the articles' scores. */
export function summarize(split: string, results: PolnearArticleResult[], ms: number): PolnearSummary {
  const s: PolnearSummary = {
    split,
    articles: results.length,
    failed: results.filter((r) => r.error).length,
    precision: ratio(),
    recall: ratio(),
    byKind: {},
    pronounsResolved: ratio(),
    byRule: {},
    falseReasons: {},
    outOfScope: {},
    ms,
  };
  const kind = (k: string) => (s.byKind[k] ??= { precision: ratio(), recall: ratio() });
  const rule = (r: string) => (s.byRule[r] ??= { precision: ratio(), found: 0 });
  for (const { score } of results) {
    if (!score) continue;
    for (const p of score.predictions) {
      add(s.precision, p.correct);
      add(kind(p.kind).precision, p.correct);
      add(rule(p.rule).precision, p.correct);
      if (p.reason) count(s.falseReasons, p.reason);
      if (p.resolved !== null) add(s.pronounsResolved, p.resolved);
    }
    for (const a of score.annotations) {
      if (!a.scored) {
        count(s.outOfScope, a.outOfScope ?? "?");
        continue;
      }
      add(s.recall, a.found);
      add(kind(a.kind).recall, a.found);
      if (a.rule) rule(a.rule).found++;
    }
  }
  return s;
}

const pct = (r: Ratio) => (r.total === 0 ? "   -" : (r.hit / r.total).toFixed(2));
const cell = (r: Ratio) => `${pct(r)} (${r.hit}/${r.total})`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n") + "\n";
}

/** The summary as the table `npm run eval -- --polnear` prints. */
export function formatSummary(s: PolnearSummary): string {
  let out = `PolNeAR ${s.split}: ${s.articles} articles (one annotator each: the first file by name)`;
  out += s.failed ? `, ${s.failed} failed\n` : "\n";
  out += `attribution precision ${cell(s.precision)}   speech recall ${cell(s.recall)}\n\n`;
  const kinds = ["direct quote", "named source", "pronoun source", "according-to"].filter((k) => s.byKind[k]);
  out += table([["kind", "precision", "recall"], ...kinds.map((k) => [k, cell(s.byKind[k]!.precision), cell(s.byKind[k]!.recall)])]);
  out += `pronoun sources resolved to one of the ${ANTECEDENT_WINDOW} nearest annotated antecedents: ${cell(s.pronounsResolved)}\n`;
  out += "\n";
  const rules = Object.keys(s.byRule).sort();
  out += table([["rule", "precision", "found"], ...rules.map((r) => [r, cell(s.byRule[r]!.precision), String(s.byRule[r]!.found)])]);
  const list = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  out += `\nfalse attributions: ${list(s.falseReasons) || "none"}\n`;
  out += `annotations not scored: ${list(s.outOfScope) || "none"}\n`;
  out += `time: ${(s.ms / 1000).toFixed(1)} s\n`;
  return out;
}

/** Every false attribution and every missed speech attribution, one block per article. */
export function formatFindings(results: PolnearArticleResult[]): string {
  let out = "";
  for (const r of results) {
    if (r.error) {
      out += `\n${r.name}: failed: ${r.error}\n`;
      continue;
    }
    const falses = r.score!.predictions.filter((p) => !p.correct);
    const misses = r.score!.annotations.filter((a) => a.scored && !a.found);
    if (falses.length + misses.length === 0) continue;
    out += `\n${r.name} (${r.annotator})\n`;
    for (const p of falses) out += formatFalse(p);
    for (const a of misses) out += formatMiss(a);
  }
  return out;
}

const formatFalse = (p: PredictionResult) =>
  `  false (${p.reason}, ${p.kind}, ${p.rule}): ${p.cue} ← ${p.sourceText} (${p.sourceName})` +
  `${p.annotated.length ? `; annotated: ${p.annotated.join(" | ")}` : ""}\n    ${p.sentence}\n`;
const formatMiss = (a: AnnotationResult) =>
  `  missed (${a.kind}): ${a.cue} ← ${a.source}${a.tagged.length ? `; tagged: ${a.tagged.join(" | ")}` : ""}\n    ${a.context}\n`;

/** Run the PolNeAR evaluation from the command line's arguments and print it. */
export async function runPolnear(args: string[]): Promise<number> {
  const path = args[args.indexOf("--polnear") + 1];
  if (!path || path.startsWith("--")) {
    process.stderr.write("npm run eval -- --polnear <path>: expected a PolNeAR checkout or its git directory\n");
    return 2;
  }
  const splitAt = args.indexOf("--split");
  const split = splitAt >= 0 ? args[splitAt + 1] ?? "" : "dev";
  const started = performance.now();
  let articles: PolnearArticle[];
  try {
    articles = readPolnear(path, split);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  // The pipeline loads only now, so that a bad path or split fails at once.
  const { extract } = await import("../../src/index.ts");
  const results: PolnearArticleResult[] = [];
  for (const article of articles) results.push(await runArticle(article, split, extract));
  const summary = summarize(split, results, performance.now() - started);
  if (args.includes("--json")) {
    const { ms: _ms, ...stable } = summary;
    process.stdout.write(JSON.stringify(args.includes("--findings") ? { ...stable, results } : stable, null, 2) + "\n");
  } else {
    process.stdout.write(formatSummary(summary));
    if (args.includes("--findings")) process.stdout.write(formatFindings(results));
  }
  return summary.failed > 0 ? 1 : 0;
}
