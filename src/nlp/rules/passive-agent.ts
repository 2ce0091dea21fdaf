/**
 * `passive-agent`: a figure credited by a passive agent: "a count of 281 issued by the government".
 *
 * Examples:
 * - "A fatalities count of 281 issued Monday by the government was disputed." -> the government
 * - "A report issued by the Observatory earlier this week put the toll at 45,000." -> the Observatory
 */
import { textOf, trimTime, walkForward } from "../phrases.ts";
import type { AttributionRule } from "./context.ts";
import { FIGURE_NOUNS, FIGURE_VERBS } from "../lexicon/figure-reports.ts";
import { BE_AUX, CONJUNCTIONS, DOCUMENT_RELATIVES, STOP_PREPOSITIONS } from "../lexicon/function-words.ts";
import { AGENT_PARTICIPLES, AGENT_PHRASE_HEADS } from "../lexicon/report-nouns.ts";

const ID = "passive-agent";
/** Words between the participle and "by": "issued on Monday by". */
const MAX_BY_GAP = 4;
/** How far back the figure phrase may start: "a fatalities count of 281 people". */
const MAX_PHRASE_BACK = 7;
/** Words of the figure phrase before its head noun: "the official fatalities count". */
const MAX_HEAD_MODIFIERS = 3;

/** "a count issued by X": X gives the figure. */
export const passiveAgent: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (AGENT_PARTICIPLES.has(w) && i > 0 && tokens[i - 1]!.word && !BE_AUX.has(tokens[i - 1]!.lower)) {
      let byAt = -1;
      for (let k = i + 1; k < Math.min(tokens.length, i + MAX_BY_GAP); k++) {
        if (tokens[k]!.lower === "by") {
          byAt = k;
          break;
        }
        if (!tokens[k]!.word) break;
      }
      if (byAt > 0) {
        // The phrase before must name a figure: a number or a figure noun within a few words.
        let phraseStart = -1;
        for (let k = i - 1; k >= Math.max(0, i - MAX_PHRASE_BACK); k--) {
          const t = tokens[k]!;
          if (!t.word) break;
          if (FIGURE_NOUNS.has(t.lower) || AGENT_PHRASE_HEADS.has(t.lower)) {
            phraseStart = k;
            // Extend to the determiner that opens the phrase.
            let s = k;
            while (s > 0 && s > k - MAX_HEAD_MODIFIERS && tokens[s - 1]!.word && !CONJUNCTIONS.has(tokens[s - 1]!.lower) && !STOP_PREPOSITIONS.has(tokens[s - 1]!.lower) && !BE_AUX.has(tokens[s - 1]!.lower)) s--;
            phraseStart = s;
          }
        }
        const walked = walkForward(tokens, byAt + 1, (t) => t.text === "," || t.text === ";");
        // "a report issued by the Observatory earlier this week": the time is no part of the agent.
        const agentTo = trimTime(tokens, byAt + 1, walked);
        // "... by the Observatory that put the death toll at 45,000": the relative clause is the document's.
        const relative = DOCUMENT_RELATIVES.has(tokens[walked]?.lower ?? "") && tokens.slice(walked + 1, walked + 3).some((t) => FIGURE_VERBS.has(t.lower));
        const spanEnd = relative ? end : tokens[agentTo - 1]!.end;
        if (phraseStart >= 0 && agentTo > byAt + 1) {
          ctx.push({
            sourceText: textOf(sentence, tokens, byAt + 1, agentTo),
            sourceStart: tokens[byAt + 1]!.start,
            sourceEnd: tokens[agentTo - 1]!.end,
            cue: tokens[i]!.text,
            kind: ctx.kindFor(tokens[phraseStart]!.start, tokens[agentTo - 1]!.end),
            via: null,
            span: [tokens[phraseStart]!.start, spanEnd],
            pronoun: false,
            rule: ID,
          });
          ctx.consumedTo = agentTo - 1;
          return true;
        }
      }
    }
    return false;
  },
};
