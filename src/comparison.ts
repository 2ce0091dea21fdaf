/**
 * The comparison of outcome figures across sources, as plain data: which source gives which figure
 * for which metric, the range of the comparable figures, and which sources cannot all be right.
 * No trees here: `rehype-sources.ts` renders what this module decides.
 */
import { INCREMENT_SCOPE, PART_OF_COUNT_SCOPE } from "./nlp/scope.ts";
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
  /**
   * Figure ids per column (same order as `columns`), in text order; an empty list is an empty cell.
   * Only figures without a `scope`: scoped ones are in `Comparison.notCompared`.
   */
  cells: string[][];
  /**
   * Per column, the figure that stands for this source in the comparison (its highest), or null for an
   * empty cell. A source that gives several figures for one metric gives an updated toll, an increment
   * ("seven more bodies") or a breakdown ("six deaths: five in Nairobi and one in Mombasa"); the tagger
   * does not say which, and none of them contradicts the source's highest figure, so only that one is
   * compared and the others are shown as "not compared".
   */
  compared: Array<string | null>;
}

/** A figure shown outside the table: another event or time, or a part of another count. */
export interface NotComparedFigure {
  id: string;
  /** The source id, or null for the article itself. */
  source: string | null;
  /** The source's name, or `UNATTRIBUTED_NAME`. */
  name: string;
  /** For a part of a count ("18 of the dead"): the nearest earlier compared figure of the same metric. */
  partOf: string | null;
}

/** What the comparable figures of one metric say together. */
export interface MetricSummary {
  metric: Metric;
  /** The figures that take part in the comparison: each source's compared figure, in row order. */
  figures: string[];
  /** The lowest and highest number those figures state; null when there are none. */
  min: number | null;
  max: number | null;
  /** Sources (null: the article) whose figures cannot all be true together, each pair in row order. */
  disagreements: Array<[string | null, string | null]>;
}

/** The comparison table's data. */
export interface Comparison {
  /** The metrics with at least one comparable figure, in `OUTCOME_METRICS` order, never `other`. */
  columns: Metric[];
  /** Sources with at least one comparable figure, in order of their first such figure in the text. */
  rows: ComparisonRow[];
  /** One per column, same order. */
  summaries: MetricSummary[];
  /** Figures with a `scope`, in text order: shown under the table, never compared. */
  notCompared: NotComparedFigure[];
  /** Every figure the table or the list under it shows, by id. */
  figures: Record<string, Figure>;
}

/** The scopes the tagger gives a part of a count and an increment, which the comparison treats apart. */
export { INCREMENT_SCOPE, PART_OF_COUNT_SCOPE };

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

/** Write a number with thousands separators ("150,000"), and whole or short millions in words ("1.08 million"). */
export function formatNumber(value: number): string {
  const millions = value / 1_000_000;
  if (millions >= 1 && Math.round(millions * 100) === millions * 100) return `${numberFormat.format(millions)} million`;
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

/** Build the comparison table's data, or return null when there is no figure to show. */
export function buildComparison(data: ArticleData): Comparison | null {
  // Stable sort: figures on the same line keep the tagger's (text) order.
  const shown = data.figures
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure }) => !figure.excluded && figure.metric !== "other")
    .sort((a, b) => a.figure.line - b.figure.line || a.index - b.index)
    .map(({ figure }) => figure);
  if (shown.length === 0) return null;

  const names = new Map(data.sources.map((source) => [source.id, source.name]));
  const nameOf = (source: string | null): string => (source === null ? UNATTRIBUTED_NAME : (names.get(source) ?? source));

  // Scoped figures count something else (see `summarise`): they get no cell, so they make no row or
  // column of their own and cannot be read across a row as a source's toll. A part of a count is
  // compared only when no outcome figure of its metric comes before it: then the count it is part of is
  // not an outcome ("35 people had been rescued, including 11 who were injured"), and it is the toll.
  const comparable: Figure[] = [];
  const notCompared: NotComparedFigure[] = [];
  for (const figure of shown) {
    if (figure.scope === null) {
      comparable.push(figure);
      continue;
    }
    if (figure.scope === PART_OF_COUNT_SCOPE) {
      const whole = comparable.findLast((candidate) => candidate.metric === figure.metric);
      if (!whole) {
        comparable.push(figure);
        continue;
      }
      notCompared.push({ id: figure.id, source: figure.source, name: nameOf(figure.source), partOf: whole.id });
      continue;
    }
    // An increment next to its source's own higher toll ("14 more bodies ..., bringing the toll to 45") stays
    // in that source's cell, where the toll is compared and the increment shown as "not compared".
    if (
      figure.scope === INCREMENT_SCOPE &&
      shown.some(
        (other) =>
          other !== figure &&
          other.scope === null &&
          other.source === figure.source &&
          other.metric === figure.metric &&
          bounds(other)[1] > bounds(figure)[1],
      )
    ) {
      comparable.push(figure);
      continue;
    }
    notCompared.push({ id: figure.id, source: figure.source, name: nameOf(figure.source), partOf: null });
  }
  const present = new Set(comparable.map((figure) => figure.metric));
  const columns = OUTCOME_METRICS.filter((metric) => metric !== "other" && present.has(metric));

  const rows: ComparisonRow[] = [];
  const rowOf = new Map<string | null, ComparisonRow>();
  for (const figure of comparable) {
    let row = rowOf.get(figure.source);
    if (!row) {
      row = { source: figure.source, name: nameOf(figure.source), cells: columns.map(() => []), compared: columns.map(() => null) };
      rowOf.set(figure.source, row);
      rows.push(row);
    }
    row.cells[columns.indexOf(figure.metric)]!.push(figure.id);
  }

  const figures: Record<string, Figure> = Object.fromEntries(shown.map((figure) => [figure.id, figure]));
  for (const row of rows) row.compared = row.cells.map((ids) => highest(ids.map((id) => figures[id]!)));

  const summaries = columns.map((metric, column) => summarise(metric, column, rows, figures));
  return { columns, rows, summaries, notCompared, figures };
}

/** The figure that stands for a source in one cell: the highest number it gives; the latest on a tie. */
function highest(figures: Figure[]): string | null {
  let best: Figure | null = null;
  for (const figure of figures) {
    if (!best || bounds(figure)[1] >= bounds(best)[1]) best = figure;
  }
  return best?.id ?? null;
}

/**
 * Summarise one metric over each source's compared figure.
 *
 * A figure with a `scope` counts another event, a narrower scope or a breakdown ("36 in the June riots"):
 * it is listed under the table with that scope, and left out here, since putting it in the range or
 * calling it a disagreement would claim that sources contradict each other when they count different things.
 */
function summarise(metric: Metric, column: number, rows: ComparisonRow[], figures: Record<string, Figure>): MetricSummary {
  const compared = rows.map((row) => row.compared[column] ?? null);
  const all = compared.filter((id): id is string => id !== null).map((id) => figures[id]!);
  const disagreements: Array<[string | null, string | null]> = [];
  // Two sources disagree when their compared figures rule each other out. Intervals on a line that
  // overlap pairwise share a point, so no pair listed means all the figures can be true together.
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = compared[i];
      const b = compared[j];
      if (a && b && figuresConflict(figures[a]!, figures[b]!)) disagreements.push([rows[i]!.source, rows[j]!.source]);
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

/** The conflicts the comparison claims ("cannot both be right"), as pairs of figure ids. */
export function comparisonConflicts(data: ArticleData): Array<{ a: string; b: string }> {
  const comparison = buildComparison(data);
  if (!comparison) return [];
  return comparison.summaries.flatMap((summary) => {
    const column = comparison.columns.indexOf(summary.metric);
    const idOf = (source: string | null) => comparison.rows.find((row) => row.source === source)!.compared[column]!;
    return summary.disagreements.map(([a, b]) => ({ a: idOf(a), b: idOf(b) }));
  });
}

/**
 * Write a metric's range: the lowest and highest number given ("62–83"), or "62" when every figure
 * states the same number; a lone figure as the text words it ("at least 150").
 */
export function rangeText(comparison: Comparison, summary: MetricSummary): string {
  if (summary.min === null || summary.max === null) return "";
  if (summary.figures.length === 1) return formatFigure(comparison.figures[summary.figures[0]!]!);
  return summary.min === summary.max ? formatNumber(summary.min) : `${formatNumber(summary.min)}–${formatNumber(summary.max)}`;
}

/** Name a source and its compared figure for one metric: "Russian military (62)". */
export function saysText(comparison: Comparison, metric: Metric, source: string | null): string {
  const row = comparison.rows.find((candidate) => candidate.source === source)!;
  const id = row.compared[comparison.columns.indexOf(metric)];
  const name = source === null ? "this article" : row.name;
  return id ? `${name} (${formatFigure(comparison.figures[id]!)})` : name;
}

/** What a metric's figures say together, after its range: "one source only", what they all allow, or who cannot both be right. */
export function verdictText(comparison: Comparison, summary: MetricSummary): string {
  if (summary.figures.length < 2) return "one source only";
  if (summary.disagreements.length === 0) {
    return `consistent: all of them allow ${commonText(summary.figures.map((id) => comparison.figures[id]!))}`;
  }
  const pairs = summary.disagreements.map(([a, b]) => `${saysText(comparison, summary.metric, a)} and ${saysText(comparison, summary.metric, b)}`);
  return `cannot both be right: ${pairs.join("; ")}`;
}

/** Write the whole numbers that every figure allows ("53", "46–58", "62 or more", "more than 2 million"); the figures must overlap. */
function commonText(figures: Figure[]): string {
  const intervals = figures.map(figureInterval);
  const lo = Math.max(...intervals.map((interval) => interval.lo));
  const hi = Math.min(...intervals.map((interval) => interval.hi));
  const loOpen = intervals.some((interval) => interval.lo === lo && interval.loOpen);
  const hiOpen = intervals.some((interval) => interval.hi === hi && interval.hiOpen);
  if (hi === Infinity) return loOpen ? `more than ${formatNumber(lo)}` : `${formatNumber(Math.ceil(lo))} or more`;
  const low = loOpen ? Math.floor(lo) + 1 : Math.ceil(lo);
  const high = hiOpen ? Math.ceil(hi) - 1 : Math.floor(hi);
  return high <= low ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
}

/** Describe one metric's summary in a sentence ("Killed: 62–83; cannot both be right: A (62) and B (83)"). */
export function summaryText(comparison: Comparison, summary: MetricSummary): string {
  return `${METRIC_NAMES[summary.metric].heading}: ${rangeText(comparison, summary)}; ${verdictText(comparison, summary)}`;
}

/** Describe what a figure left out of the comparison counts: its scope, or the count it is a part of. */
export function notComparedText(comparison: Comparison, item: NotComparedFigure): string {
  const figure = comparison.figures[item.id]!;
  if (item.partOf === null) return figure.scope ?? "";
  const whole = comparison.figures[item.partOf]!;
  const owner = whole.source === figure.source ? "same source" : whole.source === null ? "this article" : nameOf(comparison, whole.source);
  return `part of an earlier count; nearest earlier figure: ${formatFigure(whole)} (${owner})`;
}

function nameOf(comparison: Comparison, source: string): string {
  return comparison.rows.find((row) => row.source === source)?.name ?? source;
}

/** The lowest and highest number a figure states, whatever order the tagger put them in. */
function bounds(figure: Pick<Figure, "value" | "valueMax">): [number, number] {
  const max = figure.valueMax ?? figure.value;
  return [Math.min(figure.value, max), Math.max(figure.value, max)];
}
