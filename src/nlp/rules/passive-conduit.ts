/**
 * `passive-conduit`: "X was quoted (by Y) as saying", "X was reported as saying": X speaks, Y is the conduit.
 *
 * Examples:
 * - "The mayor was quoted by local radio as saying 30 homes burned." -> The mayor, via local radio
 * - "The governor was reported as saying the dam held." -> The governor
 */
import { textOf } from "../phrases.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { BE_AUX, PASSIVE_BE } from "../lexicon/function-words.ts";
import { CONDUIT_AS_FORMS, PASSIVE_CONDUIT_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "passive-conduit";
/** Tokens between "quoted" and "as saying": "by the state news agency Tass" fits. */
const MAX_PASSIVE_GAP = 12;
/** Auxiliaries before the passive: "has been quoted". */
const MAX_AUXILIARIES = 3;

/** "X was quoted as saying": X speaks. */
export const passiveConduit: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (PASSIVE_CONDUIT_FORMS.has(w) && PASSIVE_BE.has(tokens[i - 1]?.lower ?? "")) {
      let asAt = -1;
      let byAt = -1;
      for (let k = i + 1; k < Math.min(tokens.length - 1, i + MAX_PASSIVE_GAP); k++) {
        if (tokens[k]!.lower === "as" && CONDUIT_AS_FORMS.has(tokens[k + 1]!.lower)) {
          asAt = k;
          break;
        }
        if (tokens[k]!.lower === "by" && byAt < 0) byAt = k;
        if (!tokens[k]!.word && tokens[k]!.text !== "'") break;
      }
      let aux = i - 1;
      while (aux > 0 && BE_AUX.has(tokens[aux - 1]!.lower) && i - aux < MAX_AUXILIARIES) aux--;
      const subject = asAt > 0 ? ctx.subjectAt(aux) : null;
      if (subject) {
        ctx.push({
          ...makeFound(ctx, subject, `${token.text} ... as ${tokens[asAt + 1]!.text}`, ctx.kindFor(0, end), [0, end], ID),
          via: byAt === i + 1 && asAt > byAt + 1 ? textOf(sentence, tokens, byAt + 1, asAt) : null,
        });
        ctx.consumedTo = asAt + 1;
        return true;
      }
    }
    return false;
  },
};
