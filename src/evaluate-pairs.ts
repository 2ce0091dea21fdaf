/**
 * Score the comparison against hand-labelled pairs of figures (`pairs` in the corpus label format,
 * tests/fixtures/corpus/README.md).
 *
 * Every conflict the comparison claims ("cannot both be right") is looked up as a labelled pair: when the
 * pair's verdict is not `contradiction`, or the pair is not labelled at all (one of the figures is not an
 * outcome figure of the labels), it is a false contradiction. Recall is the share of labelled
 * contradictions among the claimed conflicts.
 */
import type { ArticleData, Figure } from "./types.ts";
import type { LabelFigure } from "./evaluate.ts";

/** The verdicts a labelled pair can carry. */
export type PairVerdict =
  | "contradiction"
  | "consistent"
  | "revision"
  | "part-of"
  | "different-group"
  | "different-event"
  | "hypothetical"
  | "increment";

/** One labelled pair: two figures of one metric, named by their `text`. */
export interface LabelPair {
  a: string;
  b: string;
  verdict: PairVerdict;
  ambiguous?: boolean;
  note?: string;
}

/** A claimed conflict or a missed contradiction, for the report. */
export interface PairFinding {
  type: "false-contradiction" | "missed-contradiction";
  a: string;
  b: string;
  /** The labelled verdict, or `unlabelled` when a figure matches no labelled outcome figure. */
  verdict: PairVerdict | "unlabelled";
}

/** Pair scores of one article or a set. */
export interface PairScore {
  /** Conflicts the comparison claims. */
  claimed: number;
  /** Claimed conflicts whose pair is not labelled `contradiction`. */
  falseContradictions: number;
  /** Labelled contradictions. */
  contradictions: number;
  /** Labelled contradictions among the claimed conflicts. */
  found: number;
  findings: PairFinding[];
}

/** A conflict as the comparison states it: two figure ids. */
export interface ClaimedConflict {
  a: string;
  b: string;
}

/** The text `npm run eval` uses for a normalised phrase: quotes folded, case and white space ignored. */
function key(text: string): string {
  return text.replace(/[“”„"]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Find the labelled figure a predicted one stands for: same metric and value, preferring the label whose
 * phrase holds the predicted phrase ("30" in "30 taxi drivers"); null when none fits.
 */
export function matchLabelFigure(figure: Figure, labels: LabelFigure[]): LabelFigure | null {
  const candidates = labels.filter((l) => l.metric === figure.metric && l.value === figure.value && (l.qualifier !== "range" || (l.value_max ?? null) === figure.valueMax));
  const inText = candidates.filter((l) => l.text !== undefined && key(l.text).includes(key(figure.text)));
  if (inText.length === 1) return inText[0]!;
  if (inText.length > 1) return inText.find((l) => key(l.text!).startsWith(key(figure.text))) ?? inText[0]!;
  return candidates.length === 1 ? candidates[0]! : null;
}

/** Score one article's claimed conflicts against its labelled pairs. */
export function evaluatePairs(
  data: Pick<ArticleData, "figures">,
  conflicts: ClaimedConflict[],
  labels: { figures: LabelFigure[]; pairs?: LabelPair[] },
): PairScore {
  const pairs = labels.pairs ?? [];
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  const findings: PairFinding[] = [];
  const verdictOf = (a: LabelFigure | null, b: LabelFigure | null): LabelPair | null => {
    if (!a || !b || a.text === undefined || b.text === undefined) return null;
    return pairs.find((p) => (p.a === a.text && p.b === b.text) || (p.a === b.text && p.b === a.text)) ?? null;
  };
  const foundPairs = new Set<LabelPair>();
  let falseContradictions = 0;
  for (const conflict of conflicts) {
    const fa = byId.get(conflict.a);
    const fb = byId.get(conflict.b);
    if (!fa || !fb) continue;
    const pair = verdictOf(matchLabelFigure(fa, labels.figures), matchLabelFigure(fb, labels.figures));
    if (pair?.verdict === "contradiction") {
      foundPairs.add(pair);
      continue;
    }
    falseContradictions++;
    findings.push({ type: "false-contradiction", a: fa.text, b: fb.text, verdict: pair?.verdict ?? "unlabelled" });
  }
  const contradictions = pairs.filter((p) => p.verdict === "contradiction");
  for (const pair of contradictions) {
    if (!foundPairs.has(pair)) findings.push({ type: "missed-contradiction", a: pair.a, b: pair.b, verdict: "contradiction" });
  }
  return { claimed: conflicts.length, falseContradictions, contradictions: contradictions.length, found: foundPairs.size, findings };
}

/** Add up pair scores. */
export function sumPairs(scores: PairScore[]): PairScore {
  const total: PairScore = { claimed: 0, falseContradictions: 0, contradictions: 0, found: 0, findings: [] };
  for (const s of scores) {
    total.claimed += s.claimed;
    total.falseContradictions += s.falseContradictions;
    total.contradictions += s.contradictions;
    total.found += s.found;
    total.findings.push(...s.findings);
  }
  return total;
}

/** One line for the report: "pairs: 3 conflicts claimed, 1 false; contradiction recall 2/3 (0.67)". */
export function pairLine(score: PairScore): string {
  const recall = score.contradictions === 0 ? 1 : score.found / score.contradictions;
  return `pairs: ${score.claimed} conflicts claimed, ${score.falseContradictions} false contradictions; contradiction recall ${score.found}/${score.contradictions} (${recall.toFixed(2)})`;
}
