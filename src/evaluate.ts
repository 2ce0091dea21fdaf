/**
 * Score the tagger's output against hand labels (the corpus format of tests/fixtures/corpus/README.md).
 *
 * Attributions count per sentence: a prediction is right when its sentence and its resolved source
 * match a label. A label's source is written as the text names it ("Russia's defense ministry",
 * "He (opposition spokesman X)"), so it matches when the article's own resolver, fed the predicted
 * sources, resolves it (or its parenthesised part) to the predicted source. Figures count when value,
 * metric, qualifier and source all match; figures with metric `other` are not scored.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./root.ts";
import { SourceResolver } from "./nlp/resolve.ts";
import type { ArticleData, Metric, Qualifier } from "./types.ts";

/** One labelled attribution. */
export interface LabelAttribution {
  sentence: string;
  source: string;
  cue?: string;
  kind?: string;
  via?: string;
  borderline?: boolean;
}

/** One labelled figure. */
export interface LabelFigure {
  source: string | null;
  metric: Metric;
  value: number;
  qualifier: Qualifier;
  value_max?: number | null;
  text?: string;
  /** A narrower place or day ("Nairobi", "second day of protests"). */
  scope?: string;
  /** A breakdown of another count ("only 11 people"). */
  subset_of?: string;
  /** false for a figure of another incident. */
  same_event?: boolean;
}

/** A label file. */
export interface Labels {
  attributions: LabelAttribution[];
  figures: LabelFigure[];
}

/** A miss or a false hit, with its sentence. */
export interface Finding {
  type: "missed-attribution" | "false-attribution" | "missed-figure" | "false-figure";
  sentence: string;
  detail: string;
}

/** Scores of one article. */
export interface Score {
  attributions: { tp: number; fp: number; fn: number };
  figures: { tp: number; fp: number; fn: number };
  findings: Finding[];
  /** Per rule (`attribution:<rule>`, `figure:<rule>`): how many of its hits matched a label (`tp`) or none (`fp`). */
  rules?: Record<string, { tp: number; fp: number }>;
  /**
   * Scope of the figures matched to a label: `marked` labels with scope/subset_of/same_event:false that the
   * tagger found, `scoped` of those given a scope, `falseScopes` scoped figures on labels not so marked.
   */
  scopes?: ScopeCounts;
}

/** Counts of figure scopes against the labels' marks. */
export interface ScopeCounts {
  marked: number;
  scoped: number;
  falseScopes: number;
}

/** Whether a label marks its figure as narrower than, or other than, the main toll. */
export function labelMarksScope(label: LabelFigure): boolean {
  return Boolean(label.scope) || Boolean(label.subset_of) || label.same_event === false;
}

/** Whether the tagger scoped a figure: any relation but `whole`, or a place narrower than the event. */
function isScoped(figure: ArticleData["figures"][number]): boolean {
  return figure.scope.relation !== "whole" || figure.scope.place !== null;
}

/** Add up scope counts. */
export function sumScopes(counts: Array<ScopeCounts | undefined>): ScopeCounts {
  const total: ScopeCounts = { marked: 0, scoped: 0, falseScopes: 0 };
  for (const c of counts) {
    if (!c) continue;
    total.marked += c.marked;
    total.scoped += c.scoped;
    total.falseScopes += c.falseScopes;
  }
  return total;
}

/** Precision, recall and F1 of true/false positive and false negative counts. */
export function prf(counts: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Normalise a sentence for comparison: white space and quote styles folded. */
function sentenceKey(sentence: string): string {
  return sentence.replace(/[“”„"]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
}

/** The ways a label writes a source: "The party (the Coalition ...)" gives both parts. */
function labelCandidates(source: string): string[] {
  const candidates = [source];
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(source);
  if (paren) candidates.push(paren[1]!, paren[2]!);
  return candidates.map((c) => c.trim()).filter(Boolean);
}

/** Whether a label's source names the predicted source. */
function sourceMatches(label: string, predicted: string | null, data: ArticleData): boolean {
  if (predicted === null) return false;
  const source = data.sources.find((s) => s.id === predicted);
  if (!source) return false;
  const registry = data.sources.map((s) => ({
    id: s.id,
    name: s.name,
    aliases: s.mentions.filter((m) => !/^(it|he|she|they|we|i)$/i.test(m)),
    description: null,
    url: null,
  }));
  return labelCandidates(label).some((candidate) => {
    // A resolver that knows only the predicted sources, with every mention as an alias.
    const resolver = new SourceResolver(registry);
    resolver.cite(predicted, source.name);
    return resolver.resolve(candidate) === predicted;
  });
}

/** Counts by rule: the attributions or figures each rule produced that the labels confirm (`tp`) or not (`fp`). */
type RuleCounts = Record<string, { tp: number; fp: number }>;

/** Count one result of `rule` in `rules`, right or wrong. */
function countRule(rules: RuleCounts, rule: string, correct: boolean): void {
  const entry = (rules[rule] ??= { tp: 0, fp: 0 });
  if (correct) entry.tp++;
  else entry.fp++;
}

/** Score one article's data against its labels. */
export function evaluate(data: ArticleData, labels: Labels): Score {
  const findings: Finding[] = [];
  const rules: RuleCounts = {};
  const attributions = scoreAttributions(data, labels, rules, findings);
  const { figures, scopes } = scoreFigures(data, labels, rules, findings);
  return { attributions, figures, findings, scopes, rules };
}

/** Score the attributions: one pair per (sentence, source) on each side, a borderline label neither credited nor missed. */
function scoreAttributions(data: ArticleData, labels: Labels, rules: RuleCounts, findings: Finding[]): Score["attributions"] {
  const attributions = { tp: 0, fp: 0, fn: 0 };
  // Labels: one per (sentence, source); a sentence with two cues for one source counts once.
  const labelPairs: Array<LabelAttribution & { matched: boolean }> = [];
  for (const label of labels.attributions) {
    if (labelPairs.some((l) => sentenceKey(l.sentence) === sentenceKey(label.sentence) && l.source === label.source)) continue;
    labelPairs.push({ ...label, matched: false });
  }
  // One pair per (sentence, source), credited to the rule of its first attribution.
  const predictedPairs = new Map<string, { sentence: string; source: string; rule: string }>();
  for (const a of data.attributions) {
    const key = `${sentenceKey(a.sentence)}\u0000${a.source}`;
    if (!predictedPairs.has(key)) predictedPairs.set(key, { sentence: a.sentence, source: a.source, rule: a.rule ?? "unknown" });
  }

  for (const predicted of predictedPairs.values()) {
    const label = labelPairs.find(
      (l) => !l.matched && sentenceKey(l.sentence) === sentenceKey(predicted.sentence) && sourceMatches(l.source, predicted.source, data),
    );
    if (label) {
      label.matched = true;
      if (!label.borderline) {
        attributions.tp++;
        countRule(rules, `attribution:${predicted.rule}`, true);
      }
      continue;
    }
    attributions.fp++;
    countRule(rules, `attribution:${predicted.rule}`, false);
    const name = data.sources.find((s) => s.id === predicted.source)?.name ?? predicted.source;
    findings.push({ type: "false-attribution", sentence: predicted.sentence, detail: `credited to ${name}` });
  }
  for (const label of labelPairs) {
    if (label.matched || label.borderline) continue;
    attributions.fn++;
    findings.push({ type: "missed-attribution", sentence: label.sentence, detail: `expected ${label.source} (${label.cue ?? "?"})` });
  }
  return attributions;
}

/** Score the outcome figures (not `other`): value, metric, qualifier and source must all match; and how their scope was marked. */
function scoreFigures(data: ArticleData, labels: Labels, rules: RuleCounts, findings: Finding[]): Pick<Score, "figures" | "scopes"> {
  const figures = { tp: 0, fp: 0, fn: 0 };
  const scopes: ScopeCounts = { marked: 0, scoped: 0, falseScopes: 0 };
  const scoredLabels = labels.figures.filter((f) => f.metric !== "other").map((f) => ({ ...f, matched: false }));
  const predictedFigures = data.figures.filter((f) => f.metric !== "other");
  for (const figure of predictedFigures) {
    const label = scoredLabels.find(
      (l) =>
        !l.matched &&
        l.value === figure.value &&
        l.metric === figure.metric &&
        l.qualifier === figure.qualifier &&
        (l.qualifier !== "range" || (l.value_max ?? null) === figure.valueMax) &&
        (l.source === null ? figure.source === null : sourceMatches(l.source, figure.source, data)),
    );
    const name = figure.source ? data.sources.find((s) => s.id === figure.source)?.name ?? figure.source : "the article";
    countRule(rules, `figure:${figure.rule ?? "unknown"}`, Boolean(label));
    if (label) {
      label.matched = true;
      figures.tp++;
      if (labelMarksScope(label)) {
        scopes.marked++;
        if (isScoped(figure)) scopes.scoped++;
      } else if (isScoped(figure)) {
        scopes.falseScopes++;
      }
    } else {
      figures.fp++;
      const sentence = data.attributions.find((a) => a.id === figure.attribution)?.sentence ?? `line ${figure.line}: ${figure.text}`;
      findings.push({ type: "false-figure", sentence, detail: `${figure.metric} ${figure.qualifier} ${figure.value} from ${name}` });
    }
  }
  for (const label of scoredLabels) {
    if (label.matched) continue;
    figures.fn++;
    findings.push({
      type: "missed-figure",
      sentence: label.text ?? "",
      detail: `expected ${label.metric} ${label.qualifier} ${label.value} from ${label.source ?? "the article"}`,
    });
  }
  return { figures, scopes };
}

/** A labelled article: its Markdown (front matter included) and its labels. */
export interface LabelledArticle {
  name: string;
  path: string;
  markdown: string;
  labels: Labels;
}

/** The seed article as the repository publishes it, with the seed's labels (tests/fixtures/seed). */
export async function seedArticle(): Promise<LabelledArticle> {
  const path = join(ROOT, "articles", "deir-ez-zor-airstrike.md");
  return {
    name: "seed (deir-ez-zor-airstrike)",
    path,
    markdown: await readFile(path, "utf8"),
    labels: JSON.parse(await readFile(join(ROOT, "tests", "fixtures", "seed", "labels.json"), "utf8")) as Labels,
  };
}
