/**
 * The pair score of `npm run eval`: for each block of labelled articles (the corpus with the seed, then each
 * held-out set), how many conflicts the comparison claims, how many of them are false contradictions
 * (their labelled pair is not `contradiction`), and the share of labelled contradictions it finds.
 */
import { evaluatePairs, pairLine, sumPairs, type LabelPair, type PairScore } from "../../src/evaluate-pairs.ts";
import { comparisonConflicts } from "../../src/comparison.ts";
import type { Labels } from "../../src/evaluate.ts";
import type { ArticleData } from "../../src/types.ts";
import { corpusArticles, heldoutArticles, HELDOUT_SETS, seedArticle } from "./fixtures.ts";

/** An article's data with its labels. */
export interface PairInput {
  name: string;
  data: ArticleData;
  labels: Labels & { pairs?: LabelPair[] };
}

/** Score every article of a block. */
export function scoreBlock(articles: PairInput[]): { articles: Array<{ name: string; score: PairScore }>; total: PairScore } {
  const scored = articles.map((a) => ({ name: a.name, score: evaluatePairs(a.data, comparisonConflicts(a.data), a.labels) }));
  return { articles: scored, total: sumPairs(scored.map((a) => a.score)) };
}

/** The block's pair line, with its false contradictions and missed contradictions when `verbose`. */
export function formatPairs(block: ReturnType<typeof scoreBlock>, verbose: boolean): string[] {
  const lines = [pairLine(block.total)];
  if (!verbose) return lines;
  for (const { name, score } of block.articles) {
    for (const f of score.findings) lines.push(`  ${f.type} ${name}: “${f.a}” / “${f.b}” (${f.verdict})`);
  }
  return lines;
}

/** The pair lines of every block `evaluateFixtures` returns, in its order (corpus with the seed, then each held-out set). */
export async function pairReport(
  results: { articles: Array<{ name: string; data: ArticleData }>; heldout: Array<{ title: string; articles: Array<{ name: string; data: ArticleData }> }> },
  verbose: boolean,
): Promise<Array<{ title: string; total: PairScore; lines: string[] }>> {
  const labelled = [...(await corpusArticles()), await seedArticle()];
  for (const set of HELDOUT_SETS) labelled.push(...(await heldoutArticles(set.folder)));
  const labelsOf = new Map(labelled.map((a) => [a.name, a.labels as PairInput["labels"]]));
  const blocks = [{ title: "corpus and seed", articles: results.articles }, ...results.heldout.map((h) => ({ title: h.title, articles: h.articles }))];
  return blocks
    .filter((b) => b.articles.length > 0)
    .map((b) => {
      const block = scoreBlock(b.articles.map((a) => ({ name: a.name, data: a.data, labels: labelsOf.get(a.name)! })));
      return { title: b.title, total: block.total, lines: formatPairs(block, verbose) };
    });
}
