/**
 * `second-verb`: a second verb of the main clause's speaker, joined by "and" or "but", when no speaker
 * stands right before it and nothing has been found yet.
 *
 * Examples:
 * - "The minister announced new aid and said 40 people had died." -> The minister
 * - "The governor toured the site and said 12 people had died." -> The governor
 */
import { citing } from "../clauses.ts";
import { mainClauseSubject, skipBetween } from "../phrases.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { cueSubject } from "./speech-cue.ts";
import { VERB_COORDINATORS } from "../lexicon/function-words.ts";

const ID = "second-verb";

/** "X announced ... and said ...": X speaks. */
export const secondVerb: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, found, end } = ctx;
    if (cueSubject(ctx, i) || found.length > 0) return false;
    const coordinator = tokens[skipBetween(tokens, i) - 1];
    if (!coordinator?.word || !VERB_COORDINATORS.has(coordinator.lower)) return false;
    const main = mainClauseSubject(tokens);
    if (!main || main.to >= i || !(tokens[main.to]?.word || tokens[main.to]?.text === ",")) return false;
    const f = makeFound(ctx, main, tokens[i]!.text, ctx.kindFor(0, end), [0, end], ID);
    f.via = citing(sentence, tokens, i + 1, tokens.length);
    ctx.push(f);
    ctx.consumedTo = i;
    return true;
  },
};
