/**
 * The comparison of outcome figures across sources, as plain data: which source gives which figure
 * for which metric, the range of the comparable figures, and which sources cannot all be right.
 * No trees here: `rehype-sources.ts` renders what this module decides.
 */
import { OUTCOME_METRICS, type ArticleData, type Figure, type Metric, type Qualifier } from "./types.ts";

/** The row name of figures the article states without a source. */
export const UNATTRIBUTED_NAME = "This article (unattributed)";

/** How each metric is named: as a column heading, and after a number in running text. */
export const METRIC_NAMES: Readonly<Record<Metric, { heading: string; noun: string }>> = {
  killed: { heading: "Killed", noun: "killed" },
  wounded: { heading: "Wounded", noun: "wounded" },
  missing: { heading: "Missing", noun: "missing" },
  displaced: { heading: "Displaced", noun: "displaced" },
  arrested: { heading: "Arrested", noun: "arrested" },
  crowd: { heading: "Crowd size", noun: "in the crowd" },
  other: { heading: "Other", noun: "" },
};

/** One row of the table: one source, or the article itself. */
export interface ComparisonRow {
  /** The source id, or null for figures the article states itself. */
  source: string | null;
  /** The source's canonical name, or `UNATTRIBUTED_NAME`. */
  name: string;
  /** Figure ids per column (same order as `columns`), in text order; an empty list is an empty cell. */
  cells: string[][];
}

/** What the comparable figures of one metric say together. */
export interface MetricSummary {
  metric: Metric;
  /** The figures that take part in the comparison: those without a `scope`, in text order. */
  figures: string[];
  /** The lowest and highest number those figures state; null when there are none. */
  min: number | null;
  max: number | null;
  /** Sources (null: the article) whose figures cannot all be true together, each pair in row order. */
  disagreements: Array<[string | null, string | null]>;
}

/** The comparison table's data. */
export interface Comparison {
  /** The metrics present, in `OUTCOME_METRICS` order, never `other`. */
  columns: Metric[];
  /** In order of each source's first figure in the text. */
  rows: ComparisonRow[];
  /** One per column, same order. */
  summaries: MetricSummary[];
  /** Every figure the table shows, by id. */
  figures: Record<string, Figure>;
}

/** A set of numbers a figure allows; open ends exclude the bound ("more than 150" allows 150.5 but not 150). */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** How far "about" reaches either side of its number. A convention, not something the text says. */
const ABOUT_MARGIN = 0.1;

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Write a number with thousands separators ("150,000"). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  "at-least": "at least ",
  "more-than": "more than ",
  about: "about ",
  "up-to": "up to ",
  "at-most": "at most ",
  range: "",
};

/** Write a figure in the table's normalised wording ("at least 62", "200,000–300,000"). */
export function formatFigure(figure: Pick<Figure, "value" | "valueMax" | "qualifier">): string {
  const [low, high] = bounds(figure);
  const number = high !== low ? `${formatNumber(low)}–${formatNumber(high)}` : formatNumber(low);
  return QUALIFIER_WORDS[figure.qualifier] + number;
}

/** Return the numbers a figure allows: "at least 62" is [62, ∞), "about 100" is [90, 110]. */
export function figureInterval(figure: Pick<Figure, "value" | "valueMax" | "qualifier">): Interval {
  const [low, high] = bounds(figure);
  switch (figure.qualifier) {
    case "at-least":
      return { lo: low, hi: Infinity, loOpen: false, hiOpen: false };
    case "more-than":
      return { lo: low, hi: Infinity, loOpen: true, hiOpen: false };
    case "up-to":
    case "at-most":
      // Counts of people are never negative.
      return { lo: 0, hi: high, loOpen: false, hiOpen: false };
    case "about":
      return { lo: low * (1 - ABOUT_MARGIN), hi: high * (1 + ABOUT_MARGIN), loOpen: false, hiOpen: false };
    case "exact":
    case "range":
      return { lo: low, hi: high, loOpen: false, hiOpen: false };
  }
}

/** Tell whether two intervals share at least one number. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  // The tightest lower bound against the tightest upper bound; at equal bounds the open one wins.
  const lo = a.lo === b.lo ? a.lo : Math.max(a.lo, b.lo);
  const loOpen = a.lo === b.lo ? a.loOpen || b.loOpen : a.lo > b.lo ? a.loOpen : b.loOpen;
  const hi = a.hi === b.hi ? a.hi : Math.min(a.hi, b.hi);
  const hiOpen = a.hi === b.hi ? a.hiOpen || b.hiOpen : a.hi < b.hi ? a.hiOpen : b.hiOpen;
  if (lo !== hi) return lo < hi;
  return !loOpen && !hiOpen;
}

/** Tell whether two figures cannot both be true ("62" and "83" cannot; "at least 62" and "83" can). */
export function figuresConflict(
  a: Pick<Figure, "value" | "valueMax" | "qualifier">,
  b: Pick<Figure, "value" | "valueMax" | "qualifier">,
): boolean {
  return !intervalsOverlap(figureInterval(a), figureInterval(b));
}

/** Build the comparison table's data, or return null when there is nothing to compare. */
export function buildComparison(data: ArticleData): Comparison | null {
  // Stable sort: figures on the same line keep the tagger's (text) order.
  const shown = data.figures
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure }) => !figure.excluded && figure.metric !== "other")
    .sort((a, b) => a.figure.line - b.figure.line || a.index - b.index)
    .map(({ figure }) => figure);
  if (shown.length === 0) return null;

  const present = new Set(shown.map((figure) => figure.metric));
  const columns = OUTCOME_METRICS.filter((metric) => metric !== "other" && present.has(metric));
  const names = new Map(data.sources.map((source) => [source.id, source.name]));

  const rows: ComparisonRow[] = [];
  const rowOf = new Map<string | null, ComparisonRow>();
  for (const figure of shown) {
    let row = rowOf.get(figure.source);
    if (!row) {
      const name = figure.source === null ? UNATTRIBUTED_NAME : (names.get(figure.source) ?? figure.source);
      row = { source: figure.source, name, cells: columns.map(() => []) };
      rowOf.set(figure.source, row);
      rows.push(row);
    }
    row.cells[columns.indexOf(figure.metric)]!.push(figure.id);
  }

  const figures: Record<string, Figure> = Object.fromEntries(shown.map((figure) => [figure.id, figure]));
  const summaries = columns.map((metric, column) => summarise(metric, column, rows, figures));
  return { columns, rows, summaries, figures };
}

/**
 * Summarise one metric over its comparable figures.
 *
 * A figure with a `scope` counts another event, a narrower scope or a breakdown ("36 in the June riots"):
 * it is shown in its cell, marked with that scope, but left out here, since putting it in the range or
 * calling it a disagreement would claim that sources contradict each other when they count different things.
 */
function summarise(metric: Metric, column: number, rows: ComparisonRow[], figures: Record<string, Figure>): MetricSummary {
  const comparable = rows.map((row) =>
    row.cells[column]!.map((id) => figures[id]!).filter((figure) => figure.scope === null),
  );
  const all = comparable.flat();
  const disagreements: Array<[string | null, string | null]> = [];
  // Two sources disagree when some figure of one rules out some figure of the other. When each
  // source's own figures are consistent, that is exactly "cannot all be true together" (intervals on a
  // line that overlap pairwise share a point). A source whose own figures conflict (an updated toll)
  // is not counted as disagreeing with itself.
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const conflict = comparable[i]!.some((a) => comparable[j]!.some((b) => figuresConflict(a, b)));
      if (conflict) disagreements.push([rows[i]!.source, rows[j]!.source]);
    }
  }
  return {
    metric,
    figures: all.map((figure) => figure.id),
    min: all.length > 0 ? Math.min(...all.map((figure) => bounds(figure)[0])) : null,
    max: all.length > 0 ? Math.max(...all.map((figure) => bounds(figure)[1])) : null,
    disagreements,
  };
}

/** Describe one metric's summary in a sentence ("Killed: 62–83 (sources disagree: A says 62, B says 83)"). */
export function summaryText(comparison: Comparison, summary: MetricSummary): string {
  const heading = METRIC_NAMES[summary.metric].heading;
  if (summary.min === null || summary.max === null) {
    return `${heading}: no figures to compare (each one has its own scope)`;
  }
  const range = summary.min === summary.max ? formatNumber(summary.min) : `${formatNumber(summary.min)}–${formatNumber(summary.max)}`;
  const comparable = new Set(summary.figures);
  const rowsWithFigures = comparison.rows.filter((row) => row.cells[comparison.columns.indexOf(summary.metric)]!.some((id) => comparable.has(id)));
  if (rowsWithFigures.length < 2) return `${heading}: ${range} (one source only)`;
  if (summary.disagreements.length === 0) return `${heading}: ${range} (sources agree: no figure rules out another)`;

  const says = (source: string | null): string => {
    const row = comparison.rows.find((candidate) => candidate.source === source)!;
    const column = comparison.columns.indexOf(summary.metric);
    const stated = row.cells[column]!.filter((id) => comparable.has(id)).map((id) => formatFigure(comparison.figures[id]!));
    return `${row.name} says ${stated.join(" and ")}`;
  };
  const pairs = summary.disagreements.map(([a, b]) => `${says(a)}, ${says(b)}`);
  return `${heading}: ${range} (sources disagree: ${pairs.join("; ")})`;
}

/** The lowest and highest number a figure states, whatever order the tagger put them in. */
function bounds(figure: Pick<Figure, "value" | "valueMax">): [number, number] {
  const max = figure.valueMax ?? figure.value;
  return [Math.min(figure.value, max), Math.max(figure.value, max)];
}
