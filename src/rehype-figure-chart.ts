/**
 * The figures as a picture: under the comparison table, one inline SVG per compared outcome, each
 * source's figure on one scale: a dot for a value, a bar for a range or "about", a bar running off to
 * the right for "at least" and "more than", a bar from zero for "up to". Labelled with the figure as
 * the table words it; a `<title>` and `<desc>` say the same in words. The table stays the data: the
 * chart only draws the figures it compares. Runs after rehype-sources, which writes the table.
 */
import type { Element, Parent, Root } from "hast";
import type { VFile } from "vfile";
import { el } from "./hast-references.ts";
import { eachElement } from "./tree-walk.ts";
import { buildComparison, figureInterval, formatFigure, formatNumber, METRIC_NAMES, type Comparison } from "./comparison.ts";
import type { Figure, Metric } from "./types.ts";
import "./mdast.ts";
import "./rehype-sources.ts";

/** The drawing's size in SVG units: narrow, so that its text stays readable scaled down to a phone's width; room for a name of `NAME_LENGTH` characters and a label beside the scale. */
const WIDTH = 500;
const LABEL_WIDTH = 180;
const PLOT_RIGHT = 380;
const ROW = 30;
const AXIS = 34;
/** Characters of a source's name that fit in LABEL_WIDTH at the chart's type size; the `<desc>` has the whole name. */
const NAME_LENGTH = 19;

/** Draw a chart per compared outcome after the comparison table. */
export function rehypeFigureChart() {
  return (tree: Root, file: VFile) => {
    const data = file.data.sourced;
    if (!data) return;
    const table = findTableScroll(tree);
    if (!table) return;
    // The comparison the table shows, as rehype-sources built it.
    const comparison = file.data.comparison ?? buildComparison(data);
    if (!comparison || comparison.columns.length === 0) return;
    const charts = comparison.columns.map((metric, column) => chart(comparison, metric, column)).filter((chart): chart is Element => chart !== null);
    table.parent.children.splice(table.index + 1, 0, ...charts.flatMap((chart) => [{ type: "text" as const, value: "\n" }, chart]));
  };
}

/** The first element of class `table-scroll` (the box rehype-sources puts the table in), with its place. */
function findTableScroll(tree: Root): { parent: Parent; index: number } | undefined {
  let found: { parent: Parent; index: number } | undefined;
  eachElement(tree, (node, index, parent) => {
    if (found) return true;
    if ((node.properties.className as string[] | undefined)?.includes("table-scroll")) found = { parent, index };
    return found !== undefined;
  });
  return found;
}

/** The figures one outcome compares, one per source, in the table's row order. */
function plotted(comparison: Comparison, column: number): Array<{ name: string; source: string | null; figure: Figure }> {
  return comparison.rows.flatMap((row) => {
    const id = row.compared[column];
    const figure = id ? comparison.figures[id] : undefined;
    return figure ? [{ name: row.name, source: row.source, figure }] : [];
  });
}

/** A round number at or above `value` for the end of the scale: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** One outcome's chart, or null when it has no figure to draw. */
function chart(comparison: Comparison, metric: Metric, column: number): Element | null {
  const rows = plotted(comparison, column);
  if (rows.length === 0) return null;
  const heading = METRIC_NAMES[metric].heading;
  const finite = rows.flatMap(({ figure }) => {
    const interval = figureInterval(figure);
    return [interval.lo, Number.isFinite(interval.hi) ? interval.hi : interval.lo];
  });
  // Room past the largest number, so that an open "at least" bar visibly runs on.
  const max = niceMax(Math.max(...finite) * 1.2);
  // Rounded to a tenth: the same bytes on every machine, and no long decimals in the markup.
  const x = (value: number) => Math.round((LABEL_WIDTH + (Math.min(value, max) / max) * (PLOT_RIGHT - LABEL_WIDTH)) * 10) / 10;
  const height = rows.length * ROW + AXIS;
  const id = `chart-${metric}`;
  const marks = rows.map(({ name, source, figure }, i) => {
    const y = i * ROW + ROW / 2;
    const interval = figureInterval(figure);
    const label = formatFigure(figure);
    const open = !Number.isFinite(interval.hi);
    const mark =
      interval.lo === interval.hi
        ? el("circle", { cx: x(interval.lo), cy: y, r: 5, className: ["chart-mark"] })
        : el("rect", { x: x(interval.lo), y: y - 4, width: Math.max(2, Math.round(((open ? PLOT_RIGHT : x(interval.hi)) - x(interval.lo)) * 10) / 10), height: 8, rx: 2, className: ["chart-mark", open ? "chart-open" : "chart-range"] });
    const arrow = open ? el("path", { d: `M${PLOT_RIGHT} ${y - 7} L${PLOT_RIGHT + 9} ${y} L${PLOT_RIGHT} ${y + 7} Z`, className: ["chart-mark"] }) : null;
    const labelX = open ? PLOT_RIGHT + 14 : x(interval.hi) + 10;
    // The scale ends at PLOT_RIGHT and leaves WIDTH - PLOT_RIGHT units for the longest label ("at least 1,200").
    return el(
      "g",
      source === null ? {} : { dataSource: source },
      el("text", { x: LABEL_WIDTH - 10, y: y + 4, textAnchor: "end", className: ["chart-name"] }, truncate(name, NAME_LENGTH)),
      mark,
      arrow,
      el("text", { x: labelX, y: y + 4, className: ["chart-label"] }, label),
    );
  });
  const ticks = [0, max / 2, max].map((value) =>
    el("g", {}, el("line", { x1: x(value), x2: x(value), y1: 0, y2: rows.length * ROW + 4, className: ["chart-grid"] }), el("text", { x: x(value), y: rows.length * ROW + 20, textAnchor: "middle", className: ["chart-tick"] }, formatNumber(value))),
  );
  const description = rows.map(({ name, figure }) => `${name}: ${formatFigure(figure)}`).join("; ");
  return el(
    "figure",
    { className: ["figure-chart"] },
    el(
      "svg",
      { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", ariaLabelledBy: [`${id}-title`, `${id}-desc`], className: ["chart"] },
      el("title", { id: `${id}-title` }, `${heading}: each source's figure on one scale`),
      el("desc", { id: `${id}-desc` }, `${description}.`),
      ticks,
      marks,
    ),
    el("figcaption", {}, `${heading}: each source’s figure on one scale from 0 to ${formatNumber(max)}. A dot is a number, a bar a range; an arrow runs on from “at least”.`),
  );
}

/** A name cut to `length` characters with an ellipsis, so it fits beside the scale. */
function truncate(name: string, length: number): string {
  return name.length <= length ? name : `${name.slice(0, length - 1).trimEnd()}…`;
}
