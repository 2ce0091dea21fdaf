/**
 * Link each part of a count to the figure it is part of, and decide the article's comparison (which figures
 * are compared, set aside, in conflict or merely different), on `file.data.sourced.comparison`.
 * Runs after `remarkNumbers` and `remarkOverrides`, so that the author's exclusions and scopes count. A count
 * its sentence sets against the others ("gave a lower figure") is a rival, never the earlier count of an update.
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import { compareFigures } from "./comparison.ts";
import { linkParts } from "./nlp/scope.ts";
import { marksRivalCount } from "./nlp/rival-count.ts";
import type { Sentence } from "./mdast.ts";
import { eachOfType } from "./mdast-walk.ts";

/** Set `partOf` on parts of a count and `comparison` on the article's data. */
export const remarkComparison: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = file.data.sourced;
    if (!data) return;
    const links = linkParts(data.figures);
    for (const figure of data.figures) {
      const whole = links.get(figure.id);
      if (whole) figure.scope = { ...figure.scope, partOf: whole };
    }
    // The lead is the first line that has a number (figures and numbers alike): the article's first paragraph.
    let leadLine = Infinity;
    for (const item of [...data.numbers, ...data.figures]) leadLine = Math.min(leadLine, item.line);
    // Figures of sentences that set their count against the others' ("gave a lower figure").
    const rivalSentences = new Set<string>();
    eachOfType<Sentence>(tree, "sentence", (node) => {
      if (!marksRivalCount(node.data.tokens)) return;
      rivalSentences.add(node.data.id);
      for (const attribution of node.data.attributions) rivalSentences.add(attribution.id);
    });
    const rivals = new Set(data.figures.filter((figure) => rivalSentences.has(figure.sentenceId)).map((figure) => figure.id));
    data.comparison = compareFigures(data.figures, { ...(Number.isFinite(leadLine) ? { leadLine } : {}), rivals });
  };
};
