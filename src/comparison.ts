/**
 * The comparison of outcome figures across sources, as plain data. `compareFigures` decides, metric by
 * metric, which figures are compared (the event's tolls), which are set aside (parts, increments, earlier
 * counts, other events, periods, hypotheticals) and, pair by pair, which cannot both be right: only two
 * figures that count the same group, in the same place, at the same time, whose numbers cannot overlap.
 * When it cannot tell (a group, place or day it cannot match, a later count) it says they differ.
 * `buildComparison` arranges that as a table; `rehype-sources.ts` renders it.
 */
import { groupClass, linkParts } from "./nlp/scope.ts";
import {
  OUTCOME_METRICS,
  type ArticleData,
  type ComparisonConflict,
  type ComparisonDifference,
  type Figure,
  type Metric,
  type MetricComparison,
  type Qualifier,
  type SetAsideFigure,
} from "./types.ts";

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
  /** Figure ids per column (same order as `columns`), in text order; an empty list is an empty cell. Compared figures only. */
  cells: string[][];
  /** Per column, the source's highest compared figure (for the range), or null for an empty cell. */
  compared: Array<string | null>;
}

/** A figure shown outside the table: another event or time, a part of another count, a hypothetical. */
export interface NotComparedFigure {
  id: string;
  /** The source id, or null for the article itself. */
  source: string | null;
  /** The source's name, or `UNATTRIBUTED_NAME`. */
  name: string;
  /** For a part of a count ("18 of the dead"): the figure it is part of. */
  partOf: string | null;
  /** Why it is set aside. */
  reason: SetAsideFigure["reason"];
}

/** What the comparable figures of one metric say together. */
export interface MetricSummary {
  metric: Metric;
  /** The figures that stand for their sources in the comparison (each source's highest), in row order. */
  figures: string[];
  /** The lowest and highest number those figures state; null when there are none. */
  min: number | null;
  max: number | null;
  /** Pairs of figures (ids) that cannot both be true, in text order. */
  disagreements: Array<[string, string]>;
  /** Pairs that differ where the tool cannot tell, and revisions. */
  differences: ComparisonDifference[];
}

/** The comparison table's data. */
export interface Comparison {
  /** The metrics with at least one comparable figure, in `OUTCOME_METRICS` order, never `other`. */
  columns: Metric[];
  /** Sources with at least one comparable figure, in order of their first such figure in the text. */
  rows: ComparisonRow[];
  /** One per column, same order. */
  summaries: MetricSummary[];
  /** Figures set aside, in text order: shown under the table, never compared. */
  notCompared: NotComparedFigure[];
  /** Every figure the table or the list under it shows, by id. */
  figures: Record<string, Figure>;
  /** Source names by id. */
  names: Record<string, string>;
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

/** Write a number with thousands separators ("150,000"), and whole or short millions in words ("1.08 million"). */
export function formatNumber(value: number): string {
  const millions = value / 1_000_000;
  if (millions >= 1 && Math.round(millions * 100) === millions * 100) return `${formatDecimal(millions)} million`;
  return formatDecimal(value);
}

/** `numberFormat.format`, with whole positive numbers (most figures) grouped here: the same text, without Intl's cost. */
function formatDecimal(value: number): string {
  if (!Number.isSafeInteger(value) || value <= 0) return numberFormat.format(value);
  const digits = String(value);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let k = out.length; k < digits.length; k += 3) out += `,${digits.slice(k, k + 3)}`;
  return out;
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

/** The figures shown (not excluded by the author, not `other`), in text order; the tagger's order on a line. */
function shownFigures(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure }) => figure.metric !== "other")
    .sort((a, b) => a.figure.line - b.figure.line || a.index - b.index)
    .map(({ figure }) => figure);
}

/** The interval a figure allows in a comparison: a floor ("48 bodies", "confirmed two deaths") allows any higher number. */
function comparedInterval(figure: Figure): Interval {
  const interval = figureInterval(figure);
  return figure.scope.floor ? { ...interval, hi: Infinity, hiOpen: false } : interval;
}

const WEEKDAY_ORDER = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** The day a figure's count stands on, for matching: a weekday, or "yesterday"; null when the text gives none. */
function dayKey(figure: Figure): string | null {
  const time = figure.scope.time?.toLowerCase() ?? "";
  const weekday = WEEKDAY_ORDER.find((day) => time.includes(day));
  if (weekday) return weekday;
  return /yesterday|last night/.test(time) ? "yesterday" : null;
}

/** Options of `compareFigures`. */
export interface CompareOptions {
  /**
   * The line of the article's lead (its first paragraph), whose figures name the event and the group it
   * counts ("killed 17 inmates"). Default: the first line with a figure.
   */
  leadLine?: number;
  /** The ids of the lead's figures, when the caller knows them from the tree; takes precedence over `leadLine`. */
  lead?: ReadonlySet<string>;
  /**
   * Figures whose sentence sets them against the others ("gave a lower figure, saying 27 had died"): such a count
   * is a rival of an update, not the earlier count it revised. Default: none.
   */
  rivals?: ReadonlySet<string>;
}

/** The counted groups and the incident the lead names: a toll with no group or incident of its own counts those. */
interface Lead {
  groups: Map<Metric, string>;
  event: string | null;
}

function readLead(figures: Figure[], inLead: (figure: Figure) => boolean): Lead {
  const lead = figures.filter((figure) => inLead(figure) && figure.scope.relation === "whole");
  const groups = new Map<Metric, string>();
  for (const figure of lead) {
    const group = groupClass(figure.scope.group);
    if (group !== null && !groups.has(figure.metric)) groups.set(figure.metric, group);
  }
  return { groups, event: lead.find((figure) => figure.scope.event !== null)?.scope.event ?? null };
}

/** Group classes that at least two sources (the article counting as one) give figures for, or the lead names: the event's counted group. */
function sharedGroups(figures: Figure[]): Set<string> {
  const sources = new Map<string, Set<string | null>>();
  for (const figure of figures) {
    const group = groupClass(figure.scope.group);
    if (group === null) continue;
    if (!sources.has(group)) sources.set(group, new Set());
    sources.get(group)!.add(figure.source);
  }
  return new Set([...sources].filter(([, set]) => set.size >= 2).map(([group]) => group));
}

/** Metrics whose counts only grow with time: a later toll lower than an earlier one is no revision. */
const GROWING: ReadonlySet<Metric> = new Set(["killed", "wounded", "arrested"]);

/** Order two weekdays within one week of news: the pair more than three days apart wraps (Sunday, then Monday). */
function dayBefore(a: string, b: string): boolean {
  const ia = WEEKDAY_ORDER.indexOf(a);
  const ib = WEEKDAY_ORDER.indexOf(b);
  return Math.abs(ia - ib) > 3 ? ia > ib : ia < ib;
}

/** Whether a later count falls below an earlier one: for a growing metric, time does not explain that difference. */
function fallsBack(earlier: Figure, later: Figure): boolean {
  return GROWING.has(later.metric) && comparedInterval(later).hi < comparedInterval(earlier).lo;
}

/**
 * What cannot be matched between two figures of one metric: their groups (two different groups, or a group
 * against a toll of everyone when that group is not the one the sources count), places, incidents, days;
 * `revision` when one is a later count ("has risen to") or both come from one source. A later count lower
 * than an earlier one of a toll that only grows is no revision, nor is an update against a count the text calls
 * a rival ("gave a lower figure").
 */
export function unmatched(
  a: Figure,
  b: Figure,
  shared: ReadonlySet<string>,
  leadEvent: string | null = null,
  rivals: ReadonlySet<string> = new Set(),
): ComparisonDifference["unmatched"] {
  const out: ComparisonDifference["unmatched"] = [];
  const ga = groupClass(a.scope.group);
  const gb = groupClass(b.scope.group);
  if (ga !== gb && (ga === null || gb === null ? !shared.has((ga ?? gb)!) : true)) out.push("group");
  if ((a.scope.place?.toLowerCase() ?? null) !== (b.scope.place?.toLowerCase() ?? null)) out.push("place");
  const ea = a.scope.event ?? leadEvent;
  const eb = b.scope.event ?? leadEvent;
  if (ea !== null && eb !== null && ea !== eb) out.push("event");
  const da = dayKey(a);
  const db = dayKey(b);
  if (da !== null && db !== null && da !== db && da !== "yesterday" && db !== "yesterday") {
    const [earlier, later] = dayBefore(da, db) ? [a, b] : [b, a];
    if (!fallsBack(earlier, later)) out.push("time");
  }
  if (a.source === b.source) out.push("revision");
  else if (a.scope.update !== b.scope.update) {
    const [earlier, later] = a.scope.update ? [b, a] : [a, b];
    // "gave a lower figure, saying 27 had died": a count the text sets against the others is no earlier count.
    if (!fallsBack(earlier, later) && !rivals.has(earlier.id)) out.push("revision");
  }
  return out;
}

/** Decide, for every outcome metric, which figures are compared, which are set aside, and which pairs conflict or differ. */
export function compareFigures(figures: readonly Figure[], options: CompareOptions = {}): MetricComparison[] {
  const shown = shownFigures(figures);
  const leadLine = options.leadLine ?? shown.reduce((min, figure) => Math.min(min, figure.line), Infinity);
  const lead = readLead(shown, options.lead ? (figure) => options.lead!.has(figure.id) : (figure) => figure.line === leadLine);
  const links = linkParts(shown);
  const out: MetricComparison[] = [];
  for (const metric of OUTCOME_METRICS) {
    const ofMetric = shown.filter((figure) => figure.metric === metric);
    if (ofMetric.length === 0) continue;
    const compared: Figure[] = [];
    const setAside: SetAsideFigure[] = [];
    for (const figure of ofMetric) {
      const { relation } = figure.scope;
      const partOf = figure.scope.partOf ?? links.get(figure.id) ?? null;
      if (figure.excluded) setAside.push({ figure: figure.id, reason: "excluded" });
      else if (relation === "whole" || (relation === "part-of" && partOf === null)) compared.push(figure);
      else if (relation === "part-of") setAside.push({ figure: figure.id, reason: "part-of", partOf: partOf! });
      else setAside.push({ figure: figure.id, reason: relation });
    }
    // A source that gives several tolls gives an update, an increment or a breakdown the rules may not have
    // named: only its highest figure stands for it, so its other figures never make a conflict.
    const bySource = new Map<string | null, Figure[]>();
    for (const figure of compared) {
      const list = bySource.get(figure.source);
      if (list) list.push(figure);
      else bySource.set(figure.source, [figure]);
    }
    const standing = [...bySource.values()].map((list) => list.find((figure) => figure.id === highest(list))!);
    const position = new Map(compared.map((figure, index) => [figure, index]));
    standing.sort((a, b) => position.get(a)! - position.get(b)!);
    const shared = sharedGroups(compared);
    const leadGroup = lead.groups.get(metric);
    if (leadGroup) shared.add(leadGroup);
    const conflicts: ComparisonConflict[] = [];
    const differences: ComparisonDifference[] = [];
    for (let i = 0; i < standing.length; i++) {
      for (let j = i + 1; j < standing.length; j++) {
        const a = standing[i]!;
        const b = standing[j]!;
        if (intervalsOverlap(comparedInterval(a), comparedInterval(b))) continue;
        const missing = unmatched(a, b, shared, lead.event, options.rivals);
        if (missing.length > 0) differences.push({ a: a.id, b: b.id, unmatched: missing });
        else conflicts.push({ a: a.id, b: b.id, reason: `${formatFigure(a)} and ${formatFigure(b)} count the same ${METRIC_NAMES[metric].noun || metric} (same group, place and day) and cannot both be true` });
      }
    }
    out.push({ metric, figures: compared.map((f) => f.id), conflicts, setAside, differences });
  }
  return out;
}

/** Build the comparison table's data from the article's `comparison`, or return null when there is no figure to show. */
export function buildComparison(data: ArticleData): Comparison | null {
  const metrics = data.comparison.length > 0 || data.figures.length === 0 ? data.comparison : compareFigures(data.figures);
  const byId = new Map(data.figures.map((figure) => [figure.id, figure]));
  const shown = shownFigures(data.figures).filter((figure) => !figure.excluded);
  if (shown.length === 0) return null;
  const names: Record<string, string> = Object.fromEntries(data.sources.map((source) => [source.id, source.name]));
  const nameOf = (source: string | null): string => (source === null ? UNATTRIBUTED_NAME : (names[source] ?? source));

  const comparedIds = new Set(metrics.flatMap((m) => m.figures));
  const columns = OUTCOME_METRICS.filter((metric) => metric !== "other" && metrics.some((m) => m.metric === metric && m.figures.length > 0));
  const rows: ComparisonRow[] = [];
  const rowOf = new Map<string | null, ComparisonRow>();
  for (const figure of shown) {
    if (!comparedIds.has(figure.id)) continue;
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

  const setAside = new Map(metrics.flatMap((m) => m.setAside.filter((s) => s.reason !== "excluded").map((s) => [s.figure, s] as const)));
  const notCompared: NotComparedFigure[] = shown
    .filter((figure) => setAside.has(figure.id))
    .map((figure) => {
      const entry = setAside.get(figure.id)!;
      return { id: figure.id, source: figure.source, name: nameOf(figure.source), partOf: entry.partOf ?? null, reason: entry.reason };
    });
  for (const item of notCompared) if (item.partOf && !figures[item.partOf] && byId.has(item.partOf)) figures[item.partOf] = byId.get(item.partOf)!;

  const summaries = columns.map((metric) => {
    const entry = metrics.find((m) => m.metric === metric)!;
    // Each source's highest figure stands for it, as in the comparison (`compareFigures`).
    const all = rows.flatMap((row) => row.compared[columns.indexOf(metric)] ?? []).map((id) => figures[id]!);
    return {
      metric,
      figures: all.map((figure) => figure.id),
      min: all.length > 0 ? Math.min(...all.map((figure) => bounds(figure)[0])) : null,
      max: all.length > 0 ? Math.max(...all.map((figure) => bounds(figure)[1])) : null,
      disagreements: entry.conflicts.map((c) => [c.a, c.b] as [string, string]),
      differences: entry.differences,
    };
  });
  return { columns, rows, summaries, notCompared, figures, names };
}

/** The figure that stands for a source in one cell in the range: the highest number it gives; the latest on a tie. */
function highest(figures: Figure[]): string | null {
  let best: Figure | null = null;
  for (const figure of figures) {
    if (!best || bounds(figure)[1] >= bounds(best)[1]) best = figure;
  }
  return best?.id ?? null;
}

/** The conflicts the comparison claims ("cannot both be right"), as pairs of figure ids. */
export function comparisonConflicts(data: ArticleData): Array<{ a: string; b: string }> {
  return data.comparison.flatMap((metric) => metric.conflicts.map(({ a, b }) => ({ a, b })));
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

/** Name a figure with its source and day: "Russian military (62)", "the government (281, Monday)". */
export function saysText(comparison: Comparison, id: string): string {
  const figure = comparison.figures[id]!;
  const name = figure.source === null ? "this article" : (comparison.names[figure.source] ?? figure.source);
  const day = figure.scope.time ? `, ${figure.scope.time.replace(/^on /i, "")}` : "";
  return `${name} (${formatFigure(figure)}${day})`;
}

/** Write a revision in the order of its days, or lower to higher: "the government (281, Monday) → the UN (366, Tuesday)". */
function revisionText(comparison: Comparison, difference: ComparisonDifference): string {
  const a = comparison.figures[difference.a]!;
  const b = comparison.figures[difference.b]!;
  const da = WEEKDAY_ORDER.indexOf(dayKey(a) ?? "");
  const db = WEEKDAY_ORDER.indexOf(dayKey(b) ?? "");
  const aFirst = da >= 0 && db >= 0 && da !== db ? da < db : b.scope.update || (!a.scope.update && bounds(a)[1] <= bounds(b)[1]);
  const [first, second] = aFirst ? [difference.a, difference.b] : [difference.b, difference.a];
  return `${saysText(comparison, first)} → ${saysText(comparison, second)}`;
}

/**
 * Whether a difference is a revision: a later count, or the same count on another day, of the same group, place
 * and incident. A town's nine dead against a later toll of the province is no revision: their places differ.
 */
export function isRevision(difference: ComparisonDifference): boolean {
  const { unmatched } = difference;
  return unmatched.every((what) => what === "revision" || what === "time") && (unmatched.includes("revision") || unmatched.length === 1);
}

/** What a metric's figures say together, after its range: one source only, who cannot both be right, revisions, what differs, or what they all allow. */
export function verdictText(comparison: Comparison, summary: MetricSummary): string {
  const sources = new Set(summary.figures.map((id) => comparison.figures[id]!.source));
  if (summary.figures.length < 2 || (sources.size < 2 && summary.differences.length === 0)) return "one source only";
  const parts: string[] = [];
  if (summary.disagreements.length > 0) {
    parts.push(`cannot both be right: ${summary.disagreements.map(([a, b]) => `${saysText(comparison, a)} and ${saysText(comparison, b)}`).join("; ")}`);
  }
  const revisions = summary.differences.filter(isRevision);
  if (revisions.length > 0) parts.push(`revised: ${revisions.map((d) => revisionText(comparison, d)).join("; ")}`);
  const differ = summary.differences.filter((d) => !isRevision(d));
  if (differ.length > 0) {
    parts.push(
      `differ: ${differ.map((d) => `${saysText(comparison, d.a)} and ${saysText(comparison, d.b)} (could not match ${d.unmatched.filter((what) => what !== "revision").join(", ")})`).join("; ")}`,
    );
  }
  if (parts.length > 0) return parts.join("; ");
  return `consistent: all of them allow ${commonText(summary.figures.map((id) => comparison.figures[id]!))}`;
}

/** Write the whole numbers that every figure allows ("53", "46–58", "62 or more", "more than 2 million"); the figures must overlap. */
function commonText(figures: Figure[]): string {
  const intervals = figures.map(comparedInterval);
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

const SET_ASIDE_WORDS: Readonly<Record<SetAsideFigure["reason"], string>> = {
  whole: "",
  "part-of": "part of another count",
  increment: "an increment",
  "earlier-count": "an earlier count",
  "other-event": "another event or time",
  cumulative: "a total over a period",
  hypothetical: "a question, projection or fear, not a count",
  excluded: "left out by the author",
};

/** Describe what a figure left out of the comparison counts: why it is set aside, in the text's words where it has them. */
export function notComparedText(comparison: Comparison, item: NotComparedFigure): string {
  const figure = comparison.figures[item.id]!;
  if (item.partOf !== null) {
    const whole = comparison.figures[item.partOf]!;
    const owner = whole.source === figure.source ? "same source" : whole.source === null ? "this article" : (comparison.names[whole.source] ?? whole.source);
    const where = figure.scope.place ? ` (${figure.scope.place})` : "";
    return `part of ${formatFigure(whole)} (${owner})${where}`;
  }
  const words = SET_ASIDE_WORDS[item.reason];
  const own = figure.scope.text && figure.scope.text !== words ? figure.scope.text : null;
  return own ? `${words}: ${own}` : words;
}

/** The lowest and highest number a figure states, whatever order the tagger put them in. */
function bounds(figure: Pick<Figure, "value" | "valueMax">): [number, number] {
  const max = figure.valueMax ?? figure.value;
  return [Math.min(figure.value, max), Math.max(figure.value, max)];
}
