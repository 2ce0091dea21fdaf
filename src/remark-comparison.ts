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
import type { Figure } from "./types.ts";
import { eachOfType } from "./tree-walk.ts";

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
    // Figures of sentences that set their count against the others' ("gave a lower figure").
    const rivalSentences = new Set<string>();
    // The line each figure's sentence starts on (by the sentence's id and its statements' ids).
    const sentenceLines = new Map<string, number>();
    eachOfType<Sentence>(tree, "sentence", (node) => {
      sentenceLines.set(node.data.id, node.data.line);
      for (const attribution of node.data.attributions) sentenceLines.set(attribution.id, node.data.line);
      if (!marksRivalCount(node.data.tokens)) return;
      rivalSentences.add(node.data.id);
      for (const attribution of node.data.attributions) rivalSentences.add(attribution.id);
    });
    const rivals = new Set(data.figures.filter((figure) => rivalSentences.has(figure.sentenceId)).map((figure) => figure.id));
    // The lead is the first line a sentence with a number starts on (figures and numbers alike): the article's
    // first paragraph; its figures are those of the sentences that start on it.
    const lineOf = (figure: Figure) => sentenceLines.get(figure.sentenceId) ?? figure.line;
    let leadLine = Infinity;
    for (const item of data.numbers) leadLine = Math.min(leadLine, item.line);
    for (const figure of data.figures) leadLine = Math.min(leadLine, lineOf(figure));
    const lead = new Set(data.figures.filter((figure) => lineOf(figure) === leadLine).map((figure) => figure.id));
    data.comparison = compareFigures(data.figures, { lead, rivals });
  };
};
