/**
 * The home page's glance at an article: the outcomes whose figures disagree, with their range
 * ("Killed: 62–83, sources disagree"), from the same comparison the article's table shows.
 */
import { buildComparison, METRIC_NAMES, rangeText } from "./comparison.ts";
import type { ArticleData } from "./types.ts";

/** Each outcome where two sources' figures cannot both be right, in the table's order, as "Killed: 62–83". */
export function disputedMetrics(data: ArticleData): string[] {
  const comparison = buildComparison(data);
  if (!comparison) return [];
  return comparison.summaries.filter((summary) => summary.disagreements.length > 0).map((summary) => `${METRIC_NAMES[summary.metric].heading}: ${rangeText(comparison, summary)}`);
}
