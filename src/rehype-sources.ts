/**
 * Append the comparison table and the sources section to the article's HTML, and put a footnote
 * reference after every attributed statement. Works in rehype because it needs the finished tree:
 * which statement and sentence elements exist, and in what order the reader meets them.
 */
import type { Element, ElementContent, Parent, Root } from "hast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { buildComparison, METRIC_NAMES, notComparedText, rangeText, saysText, verdictText, type Comparison } from "./comparison.ts";
import type { ArticleData, Attribution, Figure } from "./types.ts";
import { isSafeUrl } from "./url.ts";
import { el, unnestParenthesesIn } from "./hast-references.ts";
import "./mdast.ts";
import { addMessage, lineStart } from "./message.ts";

/** One footnote: a source and the statements it made, in reading order. */
interface Note {
  source: string;
  name: string;
  /** 1-based, in order of the source's first citation. */
  number: number;
  /** Statements whose element is in the tree, so a backlink to them works. */
  statements: Attribution[];
  /** Sources this one was reported through ("via"), in order of first mention. */
  vias: string[];
}

/** Where a statement sits: the node to put its reference after, and that node's parent. */
interface Anchor {
  parent: Parent;
  node: ElementContent;
}

/** Render the figures table and one footnote per source, and link each statement to its source's note. */
export const rehypeSources: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = file.data.sourced;
    if (!data) return;

    const byId = new Map(data.attributions.map((attribution) => [attribution.id, attribution]));
    const { ids, statements } = scan(tree, byId);

    // Notes are numbered in reading order of the statements; statements missing from the tree
    // (a tagger bug) still give their source a note, after the others, so no source goes uncredited.
    const notes = new Map<string, Note>();
    const noteFor = (attribution: Attribution): Note => {
      let note = notes.get(attribution.source);
      if (!note) {
        const name = data.sources.find((source) => source.id === attribution.source)?.name ?? attribution.sourceText;
        note = { source: attribution.source, name, number: notes.size + 1, statements: [], vias: [] };
        notes.set(attribution.source, note);
      }
      if (attribution.via !== null && attribution.via !== attribution.source && !note.vias.includes(attribution.via)) {
        note.vias.push(attribution.via);
      }
      return note;
    };
    for (const { attribution } of statements) noteFor(attribution).statements.push(attribution);
    const found = new Set(statements.map(({ attribution }) => attribution.id));
    for (const attribution of data.attributions) {
      if (found.has(attribution.id)) continue;
      noteFor(attribution);
      addMessage(file, `Cannot find the statement element \`#${attribution.id}\` attributed to \`${attribution.source}\`; expected a \`<span id>\` from the attribution tagger`, {
        place: lineStart(attribution.line, attribution.column),
        ruleId: "missing-statement",
      });
    }

    insertReferences(statements, notes);

    const comparison = buildComparison(data);
    file.data.comparison = comparison;
    if (comparison) tree.children.push({ type: "text", value: "\n" }, renderComparison(comparison, notes, ids, file));
    if (notes.size > 0) tree.children.push({ type: "text", value: "\n" }, renderSources(notes, data));
  };
};

/** Find every element id, and the statement elements in reading order. */
function scan(tree: Root, byId: Map<string, Attribution>) {
  const ids = new Set<string>();
  const statements: Array<{ attribution: Attribution; anchor: Anchor }> = [];
  // The anchor of each statement element, so that a statement ending where the one around it ends shares its anchor.
  const anchors = new Map<ElementContent, Anchor>();
  const walk = (parent: Parent, link: Anchor | null): void => {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      const id = child.properties.id;
      // A reference is a link, and links cannot nest: inside a link, it goes after the outermost one.
      // Two speakers in one sentence ("X said ..., and Y said ..."): the inner statement ends with the outer
      // one, so its reference goes after the outer's, in reading order, not inside it.
      const outer = anchors.get(parent as ElementContent);
      const endsWithOuter = outer !== undefined && lastMeaningful(parent) === child;
      const anchor = link ?? (endsWithOuter ? outer : { parent, node: child });
      if (typeof id === "string") {
        const attribution = byId.get(id);
        if (attribution && !ids.has(id)) {
          statements.push({ attribution, anchor });
          anchors.set(child, anchor);
        }
        ids.add(id);
      }
      walk(child, link ?? (child.tagName === "a" ? anchor : null));
    }
  };
  walk(tree, null);
  return { ids, statements };
}

/** The last child of a parent that is an element or non-blank text. */
function lastMeaningful(parent: Parent): ElementContent | undefined {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i] as ElementContent;
    if (child.type === "element" || (child.type === "text" && child.value.trim() !== "")) return child;
  }
  return undefined;
}

/** Closing quotation marks a reference must not sit before: it goes after them, outside the quotation. */
const CLOSING_QUOTES = /^[”’"»]+/;

/** Put `<sup><a data-footnote-ref>N</a></sup>` after each statement, as mdast-util-to-hast does for GFM footnotes. */
function insertReferences(statements: Array<{ attribution: Attribution; anchor: Anchor }>, notes: Map<string, Note>): void {
  // Statements sharing an anchor (several inside one link) get their references in reading order.
  const last = new Map<ElementContent, ElementContent>();
  for (const { attribution, anchor } of statements) {
    const note = notes.get(attribution.source)!;
    const reference = el(
      "sup",
      {},
      el(
        "a",
        {
          href: `#fn-${note.source}`,
          id: `fnref-${attribution.id}`,
          dataFootnoteRef: true,
          ariaDescribedBy: ["sources-label"],
        },
        String(note.number),
      ),
    );
    const after = last.get(anchor.node) ?? anchor.node;
    let index = anchor.parent.children.findIndex((node) => node === after);
    // A statement that ends inside a quotation ("... the toll is 40</span>”"): the reference goes after the closing mark.
    const next = anchor.parent.children[index + 1];
    const quotes = next?.type === "text" ? CLOSING_QUOTES.exec(next.value) : null;
    if (next?.type === "text" && quotes) {
      anchor.parent.children.splice(index + 1, 1, { type: "text", value: quotes[0] }, { type: "text", value: next.value.slice(quotes[0].length) });
      index++;
    }
    anchor.parent.children.splice(index + 1, 0, reference);
    last.set(anchor.node, reference);
  }
}

/** Render the sources section: one note per cited source, with a backlink per statement. */
function renderSources(notes: Map<string, Note>, data: ArticleData): Element {
  const items = [...notes.values()].map((note) => {
    const source = data.sources.find((candidate) => candidate.id === note.source);
    const description = source?.description?.trim();
    const url = source?.url && isWebUrl(source.url) ? source.url : null;
    const vias = note.vias.map((via) => {
      const name = data.sources.find((candidate) => candidate.id === via)?.name ?? via;
      // Link a conduit only when it has a note of its own, i.e. it also made statements.
      return notes.has(via) ? el("a", { href: `#fn-${via}` }, name) : name;
    });
    const backlinks = note.statements.flatMap((statement, index) => [
      " ",
      el(
        "a",
        {
          href: `#fnref-${statement.id}`,
          dataFootnoteBackref: true,
          className: ["data-footnote-backref"],
          ariaLabel: `Back to statement ${index + 1} of ${note.name}`,
        },
        "↩",
        index > 0 ? el("sup", {}, String(index + 1)) : null,
      ),
    ]);
    // "The interior ministry" or "a rights group" tell the reader nothing the name "Interior ministry" does not.
    const mentions = [...new Set(source?.mentions ?? [])].filter((mention) => mention.trim() !== "" && bareName(mention) !== bareName(note.name));

    const paragraph = el(
      "p",
      {},
      el("strong", { className: ["source-name"] }, note.name),
      description ? ` — ${description}${/[.!?]$/.test(description) ? "" : "."}` : null,
      vias.length > 0 ? [" ", el("span", { className: ["source-via"] }, "Reported via ", joinList(vias), ".")] : null,
      url ? [" ", el("a", { href: url, className: ["source-url"] }, url)] : null,
      backlinks,
    );
    const named =
      mentions.length > 0
        ? el("p", { className: ["source-mentions"] }, "Named in the text as ", joinList(mentions.map((mention) => el("q", {}, mention))), ".")
        : null;
    // `tabindex="-1"`: following a reference moves keyboard focus to the note, not just the view.
    return el("li", { id: `fn-${note.source}`, tabIndex: -1 }, lines([paragraph, named]));
  });

  return el(
    "section",
    { className: ["footnotes", "sources"], dataFootnotes: true, ariaLabelledBy: ["sources-label"] },
    lines([el("h2", { id: "sources-label" }, "Sources"), el("ol", {}, lines(items))]),
  );
}

/** What the parts of the comparison need to link a figure to where the text states it, and a source to its note. */
interface Linker {
  /** A source's name, linked to its note when it has one. */
  sourceName: (source: string | null, name: string) => Element | string;
  /** A figure as the text words it, linked to its element (or sentence); `note` is added to its accessible name. */
  link: (figure: Figure, name: string, source: string | null, note: string) => Element | string;
}

/** The links of the comparison; a message for a figure whose element and sentence are both missing. */
function comparisonLinker(notes: Map<string, Note>, ids: Set<string>, file: VFile): Linker {
  return {
    sourceName: (source, name) => (source !== null && notes.has(source) ? el("a", { href: `#fn-${source}` }, name) : name),
    link: (figure, name, source, note) => {
      // The figure as the text words it ("At least thirty-three"); its number stays machine-readable in `value`.
      const text = figure.text;
      const noun = METRIC_NAMES[figure.metric].noun;
      // Same-looking numbers in different cells go to different figures: the label (which starts with
      // the visible text, so voice control still finds it) says whose figure it is.
      const label = `${text} ${noun}${note}, ${source === null ? "stated by the article itself" : `according to ${name}`}`;
      const data = el("data", { value: String(figure.value) }, text);
      // The link lands on the figure itself (its `<data>` element), or on its sentence when the figure has no element.
      const target = ids.has(figure.id) ? figure.id : ids.has(figure.sentenceId) ? figure.sentenceId : null;
      if (target) return el("a", { href: `#${target}`, ariaLabel: label }, data);
      // A link to a missing element is a broken link: show the figure unlinked and say so.
      addMessage(file, `Cannot find the sentence element \`#${figure.sentenceId}\` that states figure \`${figure.id}\`; expected it in the HTML`, {
        place: lineStart(figure.line, figure.column),
        ruleId: "missing-sentence",
      });
      return data;
    },
  };
}

/** Render the comparison table and, under it, each metric's range and disagreements, and the figures not compared. */
function renderComparison(comparison: Comparison, notes: Map<string, Note>, ids: Set<string>, file: VFile): Element {
  const linker = comparisonLinker(notes, ids, file);
  const { table, several } = comparisonTable(comparison, linker);
  const ranges = comparisonRanges(comparison);
  const notCompared = notComparedList(comparison, linker);
  const intro = [
    "Each figure as the text words it, linked to the figure in the text.",
    several ? " When a source gives several figures for one outcome (an update, an increment, a part, another group), its highest is compared and the others are marked “not compared”." : "",
    " Under the table: the lowest and highest number per outcome; which figures cannot both be right (the same group, place and day, and numbers that cannot overlap); revisions; and figures that differ where the tool could not match what they count.",
  ].join("");

  // Source names with parentheses of their own inside the lists' parentheses ("part of 62 (Police (Deir
  // Ezzor))"): the inner ones print as brackets.
  unnestParenthesesIn(ranges);
  for (const node of notCompared) unnestParenthesesIn(node);

  const compared =
    comparison.columns.length > 0
      ? [
          el("p", { className: ["comparison-intro"] }, intro),
          // The caption stands outside the scroll box, so it stays in view while the table scrolls
          // sideways under it on a phone; it names the box and the table.
          el("p", { className: ["table-caption"], id: "comparison-caption" }, "Outcome figures by source"),
          // No tabindex: the box is a tab stop only when it scrolls (browsers make a scroller without
          // focusable content focusable), and tabbing to a figure's link scrolls it into view.
          el("div", { className: ["table-scroll"], role: "region", ariaLabelledBy: ["comparison-caption"] }, table),
          ranges,
        ]
      : [el("p", { className: ["comparison-intro"] }, "Every figure here counts another event, another time or a part of a count, so none is compared: see the list below.")];

  return el("section", { className: ["comparison"], ariaLabelledBy: ["comparison-label"] }, lines([el("h2", { id: "comparison-label" }, "Figures compared"), ...compared, ...notCompared]));
}

/** The table: a row per source, a column per outcome; `several` when a cell lists more than one figure. */
function comparisonTable(comparison: Comparison, { sourceName, link }: Linker): { table: Element; several: boolean } {
  const head = el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Source"), comparison.columns.map((metric) => el("th", { scope: "col" }, METRIC_NAMES[metric].heading))));
  let several = false;
  const rows = comparison.rows.map((row) => {
    const cells = row.cells.map((figureIds, column) => {
      const figures = figureIds.map((id) => comparison.figures[id]!);
      if (figures.length === 0) return el("td", {});
      if (figures.length === 1) return el("td", {}, link(figures[0]!, row.name, row.source, ""));
      several = true;
      const items = figures.map((figure) =>
        figure.id === row.compared[column]
          ? el("li", {}, link(figure, row.name, row.source, ""))
          : el("li", { className: ["not-compared"] }, link(figure, row.name, row.source, ", not compared"), " ", el("span", { className: ["scope"] }, "(not compared)")),
      );
      return el("td", {}, el("ul", { className: ["figures"] }, items));
    });
    return el("tr", {}, el("th", { scope: "row" }, sourceName(row.source, row.name)), cells);
  });
  const table = el("table", { ariaLabelledBy: ["comparison-caption"] }, lines([head, el("tbody", {}, lines(rows))]));
  return { table, several };
}

/** Under the table: each outcome's lowest and highest number, and which figures cannot both be right. */
function comparisonRanges(comparison: Comparison): Element {
  const items = comparison.summaries.map((summary) => {
    const heading = METRIC_NAMES[summary.metric].heading;
    const disagree = summary.disagreements.length > 0;
    const verdict: ElementContent[] =
      summary.disagreements.length > 1 && summary.differences.length === 0
        ? [
            { type: "text", value: "these pairs cannot both be right:" },
            el(
              "ul",
              {},
              summary.disagreements.map(([a, b]) => el("li", {}, `${saysText(comparison, a)} and ${saysText(comparison, b)}`)),
            ),
          ]
        : [{ type: "text", value: verdictText(comparison, summary) }];
    return el("li", { dataMetric: summary.metric, className: [disagree ? "disagree" : "agree"] }, el("strong", {}, heading), `: ${rangeText(comparison, summary)}; `, verdict);
  });
  return el("ul", { className: ["ranges"] }, lines(items));
}

/** The figures set aside (parts, increments, earlier counts, other events, hypotheticals), each with why; none when there are none. */
function notComparedList(comparison: Comparison, { sourceName, link }: Linker): Element[] {
  if (comparison.notCompared.length === 0) return [];
  const items = comparison.notCompared.map((item) => {
    const figure = comparison.figures[item.id]!;
    const what = notComparedText(comparison, item);
    const noun = METRIC_NAMES[figure.metric].noun;
    return el("li", {}, sourceName(item.source, item.name), ": ", link(figure, item.name, item.source, `, ${what}`), noun ? ` ${noun}` : "", " — ", el("span", { className: ["scope"] }, what));
  });
  return [
    el("h3", { id: "not-compared-label" }, "Not compared: parts of a count, increments, earlier counts, other events, hypotheticals"),
    el("ul", { className: ["not-compared-list"], ariaLabelledBy: ["not-compared-label"] }, lines(items)),
  ];
}

/** A name without its case and a leading article, to tell whether a mention only repeats it. */
function bareName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "");
}

/** Keep only links a reader can follow safely (src/url.ts's rule for front-matter URLs): `javascript:` and the like never reach the page. */
function isWebUrl(value: string): boolean {
  return isSafeUrl(value, "front-matter");
}

/** Join items as prose: "A", "A and B", "A, B and C". */
function joinList(items: Array<string | Element>): Array<string | Element> {
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    return [index === items.length - 1 ? " and " : ", ", item];
  });
}

/** Put a line break between block children, so the HTML reads well in diffs. */
function lines(children: Array<Element | null>): Array<Element | string> {
  const present = children.filter((child): child is Element => child !== null);
  return ["\n", ...present.flatMap((child) => [child, "\n"])];
}

declare module "vfile" {
  interface DataMap {
    /** The comparison table's content as rehype-sources rendered it (null: no figure to compare), for the plugins after it. */
    comparison: Comparison | null;
  }
}
