/**
 * `as-reported-by`: "..., as reported by X." closing a sentence: X reports all of it.
 *
 * Examples:
 * - "Twelve people died, as reported by officials and hospital sources." -> officials and hospital sources
 */
import { textOf } from "../phrases.ts";
import type { AttributionRule } from "./context.ts";
import { SENTENCE_ENDS } from "../lexicon/punctuation.ts";
import { AS_REPORTED_BY_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "as-reported-by";
/** Tokens of the agent that closes the sentence: "officials and hospital sources in the province" fits. */
const MAX_AGENT_TOKENS = 12;

/** ", as reported by X.": X speaks for the sentence. */
export const asReportedBy: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (AS_REPORTED_BY_FORMS.has(w) && tokens[i - 1]?.lower === "as" && tokens[i - 2]?.text === "," && tokens[i + 1]?.lower === "by") {
      let agentTo = i + 2;
      while (agentTo < tokens.length && agentTo - i <= MAX_AGENT_TOKENS && (tokens[agentTo]!.word || tokens[agentTo]!.text === "'" || tokens[agentTo]!.text === "’")) agentTo++;
      if (agentTo > i + 2 && (agentTo === tokens.length || SENTENCE_ENDS.has(tokens[agentTo]!.text))) {
        ctx.push({
          sourceText: textOf(sentence, tokens, i + 2, agentTo),
          sourceStart: tokens[i + 2]!.start,
          sourceEnd: tokens[agentTo - 1]!.end,
          cue: `as ${token.text} by`,
          kind: ctx.kindFor(0, end),
          via: null,
          span: [0, end],
          pronoun: false,
          rule: ID,
        });
        ctx.consumedTo = agentTo - 1;
        return true;
      }
    }
    return false;
  },
};
