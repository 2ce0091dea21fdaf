/**
 * `relative-speaker`: a named speaker, a comma, then "who" and a reporting verb: the relative clause is
 * the statement, and the name before it its speaker. Only the non-restrictive clause after a comma: "voters
 * who said ..." names no one.
 *
 * Examples:
 * - "The mayor thanked Chief Ana Ruiz, who said the fire was out by noon." -> Chief Ana Ruiz
 * - "No one mentioned Karl Beck, who later announced that he would resign." -> Karl Beck
 * - "Residents who said they saw the blast were interviewed." -> nothing
 */
import { isTitleDot } from "../phrases.ts";
import type { Token } from "../tokens.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { ADVERBS } from "../lexicon/clause-words.ts";
import { PERSON_RELATIVES } from "../lexicon/function-words.ts";

const ID = "relative-speaker";

/** "X, who said ...": X speaks the relative clause. */
export const relativeSpeaker: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { tokens, end } = ctx;
    // One adverb may stand between the relative and the verb: "who later said".
    const relative = ADVERBS.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
    if (!PERSON_RELATIVES.has(tokens[relative]?.lower ?? "") || tokens[relative - 1]?.text !== ",") return false;
    const comma = relative - 1;
    const from = nameBefore(tokens, comma, ctx.consumedTo);
    if (from >= comma) return false;
    const spanFrom = tokens[relative]!.start;
    ctx.push(makeFound(ctx, { from, to: comma }, tokens[i]!.text, ctx.kindFor(spanFrom, end), [spanFrom, end], ID));
    ctx.consumedTo = i;
    return true;
  },
};

/** Where the capitalised name ending at `end` (exclusive) begins, titles and initials included; `end` if none. */
function nameBefore(tokens: Token[], end: number, limit: number): number {
  let from = end;
  while (from - 1 >= limit && from - 1 > 0 && (tokens[from - 1]!.capital || isTitleDot(tokens, from - 1))) from--;
  return from;
}
