/**
 * Tallies that hold a figure ("the death toll at 83", "the number of people killed") and the search for the
 * outcome an anaphoric tally refers to ("police put the figure at 80,000").
 */
import type { Metric } from "../../../types.ts";
import { type Token, word } from "../../figures/tokens.ts";
import { AUX, NP_BREAKERS } from "../../lexicon/clause-words.ts";
import { MODIFIER_OUTCOMES, OUTCOME_WORDS, TALLY_NOUNS } from "../../lexicon/outcomes.ts";

/** The outcome named by the words after "of" in "two of the dead", "the number of people killed". */
export function ofPhraseMetric(toks: Token[], of: number): { metric: Metric | null; end: number } {
  let k = of + 1;
  for (; k < toks.length && k <= of + 4; k++) {
    const t = toks[k]!;
    if (t.type !== "word" || NP_BREAKERS.has(t.lower) || AUX.has(t.lower)) {
      // "one of the rally's organizers": a possessive modifies the head that follows; step over it.
      if (/^['’]s?$/.test(t.text) || /^['’]$/.test(t.text)) continue;
      break;
    }
    // The possessor is no head: "the rally's organizers" are organizers, not a rally.
    if (/^['’]/.test(toks[k + 1]?.text ?? "") || /['’]s$/.test(t.text)) continue;
    const cue = OUTCOME_WORDS.get(t.lower);
    if (cue !== undefined && !cue.activeOnly && !cue.passiveOnly) return { metric: cue.metric, end: k };
  }
  return { metric: null, end: k };
}

/** Search backward from `from` for any outcome word, for a tally that names none ("the number at 45,000"). */
export function cueBefore(toks: Token[], from: number, limit: number, nounsOnly: boolean): Metric | null {
  let words = 0;
  for (let k = from; k >= 0 && k > from - limit * 3 && words < limit; k--) {
    const t = toks[k]!;
    if (t.type === "punct" && t.text === ";") break;
    if (t.type !== "word") continue;
    words++;
    const cue = OUTCOME_WORDS.get(t.lower);
    // "held" is an arrest only in its own clause's passive, never from afar ("elections held in May").
    if (cue !== undefined && !cue.passiveOnly && (!nounsOnly || cue.pos !== "verb")) return cue.metric;
  }
  return null;
}

/**
 * Resolve a tally noun ("death toll", "the number", "a fatalities count") to the outcome it counts; `earlier` are
 * the metrics of figures before it in the sentence, `previous` the previous sentences' metric.
 */
export function tallyMetric(toks: Token[], k: number, earlier: readonly Metric[], previous: Previous): Metric | "none" | null {
  const w = word(toks, k);
  // An outcome noun holds its own figure ("a crowd of 10,000", "deaths rose to 50").
  if (!TALLY_NOUNS.has(w)) return MODIFIER_OUTCOMES.get(w) ?? (w === "turnout" ? "crowd" : null);
  const modifier = MODIFIER_OUTCOMES.get(word(toks, k - 1));
  if (modifier !== undefined) return modifier;
  if (w === "toll") return "killed";
  // "an estimate of 35,000" is the anaphoric case below: the number follows at once.
  if (word(toks, k + 1) === "of" && toks[k + 2]?.type !== "num") {
    // "the number of marchers" names its outcome; "the number of troops" is no outcome at all.
    return ofPhraseMetric(toks, k + 1).metric ?? "none";
  }
  // An anaphoric tally ("police put the figure at 80,000"): the last figure or outcome word of the sentence,
  // else the previous sentences' outcome ("Reuters put the figure at twenty-three.").
  const own = earlier[earlier.length - 1] ?? cueBefore(toks, k - 1, 40, false);
  if (own !== null && own !== undefined) return own;
  return usePrevious(previous);
}

/** The previous sentences' metric for one pass over a sentence, and whether a figure of the pass took it. */
export interface Previous {
  readonly metric: Metric | null;
  used: boolean;
}

/** Take the previous sentences' metric for an anaphoric figure, noting that this pass depends on it. */
export function usePrevious(previous: Previous): Metric | null {
  if (previous.metric !== null) previous.used = true;
  return previous.metric;
}

