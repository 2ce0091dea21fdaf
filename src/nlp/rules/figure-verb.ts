/**
 * `figure-verb`: "X put the death toll at 83", "X raised the toll to 73,276", "Police put it at 8,000": a verb that gives a figure.
 *
 * Examples:
 * - "Officials put the death toll at 83." -> Officials, cue "put the death toll at"
 * - "Pakistan has raised the death toll from the quake to 73,276." -> Pakistan
 * - "Police put it at 8,000." -> Police
 */
import { spanStartFor } from "../clauses.ts";
import { isCountWord, textOf, usedAsNoun } from "../phrases.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { CHANGE_VERBS, FIGURE_NOUNS, FIGURE_VERBS } from "../lexicon/figure-reports.ts";

const ID = "figure-verb";
/** Words between the verb and its figure noun: "put the official death toll at". */
const MAX_FIGURE_NOUN_GAP = 6;
/** Words between the figure noun and "at"/"to": "raised the death toll from the quake in Kashmir to". */
const MAX_PREPOSITION_GAP = 12;

/** "X put the toll at N": X gives the figure. */
export const figureVerb: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, found, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (FIGURE_VERBS.has(w) && !usedAsNoun(tokens, i)) {
      let nounAt = -1;
      for (let k = i + 1; k < Math.min(tokens.length, i + MAX_FIGURE_NOUN_GAP); k++) {
        if (FIGURE_NOUNS.has(tokens[k]!.lower)) {
          nounAt = k;
          break;
        }
        if (!tokens[k]!.word) break;
      }
      let prepAt = -1;
      // "Police put it at 8,000": the figure just given, taken up by a pronoun.
      if (nounAt < 0 && tokens[i + 1]?.lower === "it" && tokens[i + 2]?.lower === "at" && isCountWord(tokens[i + 3]?.lower ?? "")) {
        nounAt = i + 1;
        prepAt = i + 2;
      }
      if (nounAt > 0 && prepAt < 0) {
        for (let k = nounAt + 1; k < Math.min(tokens.length, nounAt + MAX_PREPOSITION_GAP); k++) {
          // "raised the death toll from 13": the old figure alone still reports a change.
          const from = tokens[k]!.lower === "from" && CHANGE_VERBS.has(w) && isCountWord(tokens[k + 1]?.lower ?? "");
          if (tokens[k]!.lower === "at" || tokens[k]!.lower === "to" || from) {
            prepAt = k;
            break;
          }
          // "gave a higher toll of 29 dead".
          if (k === nounAt + 1 && tokens[k]!.lower === "of" && isCountWord(tokens[k + 1]?.lower ?? "")) {
            prepAt = k;
            break;
          }
          if (tokens[k]!.text === ";") break;
        }
      }
      if (prepAt > 0) {
        const subject = ctx.subjectAt(i);
        if (subject) {
          const gap = prepAt > nounAt + 1 ? " ..." : "";
          const cue = `${textOf(sentence, tokens, i, nounAt + 1)}${gap} ${tokens[prepAt]!.text}`;
          const spanStart = found.length > 0 ? spanStartFor(tokens, subject.from, true) : tokens[subject.from]!.start;
          ctx.push(makeFound(ctx, subject, cue, ctx.kindFor(0, end), [spanStart, end], ID));
          ctx.consumedTo = prepAt;
        }
        return true;
      }
    }
    return false;
  },
};
