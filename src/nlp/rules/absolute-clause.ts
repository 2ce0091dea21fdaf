/**
 * `absolute-clause`: "..., with X reporting that ...": a speaker in an absolute clause opened by "with".
 *
 * Examples:
 * - "Shops stayed shut, with local radio reporting that three people had been shot." -> local radio
 * - "She left with her brothers reporting for work." -> nothing (no reported clause)
 */
import { hasComplement } from "../clauses.ts";
import { walkBack } from "../phrases.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { ABSOLUTE_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "absolute-clause";

/** "with X reporting that": X speaks for the clause. */
export const absoluteClause: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { tokens, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (ABSOLUTE_FORMS.has(w) && tokens[i - 1]?.word && (w === "saying" || hasComplement(tokens, i))) {
      const from = walkBack(tokens, i, 0);
      if (from < i && tokens[from - 1]?.lower === "with" && from - 1 > 0) {
        ctx.push(makeFound(ctx, { from, to: i }, token.text, ctx.kindFor(tokens[from - 1]!.start, end), [tokens[from - 1]!.start, end], ID));
        ctx.consumedTo = i;
        return true;
      }
    }
    return false;
  },
};
