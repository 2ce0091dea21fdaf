/**
 * `participle`: ", saying ...", ", adding ...": a participle after a comma reuses the main clause's subject as speaker.
 *
 * Examples:
 * - "The ministry raised its estimate on Monday, saying more bodies had been found." -> The ministry
 * - "Protesters marched on the capital, claiming 300 had been arrested." -> Protesters
 */
import { mainClauseSubject } from "../phrases.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { PARTICIPLE_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "participle";

/** ", saying ...": the main clause's subject speaks. */
export const participle: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { tokens, found, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (PARTICIPLE_FORMS.has(w) && tokens[i - 1]?.text === ",") {
      if (found.length > 0) return true;
      const subject = mainClauseSubject(tokens);
      if (subject) {
        ctx.push(makeFound(ctx, subject, `${token.text}`, ctx.kindFor(0, end), [0, end], ID));
        ctx.consumedTo = i;
      }
      return true;
    }
    return false;
  },
};
