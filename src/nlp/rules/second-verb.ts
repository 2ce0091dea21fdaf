/**
 * `second-verb`: a second verb of the main clause's speaker, joined by "and" or "but", when no speaker
 * stands right before it and nothing has been found yet. When the first verb is in a nearer clause with its
 * own subject ("when X ... and said", "in which X ... and said"), that subject speaks; a main clause that opens
 * on no noun phrase ("Even before ...", "There are ...", "Does the candidate ...") gives no speaker.
 *
 * Examples:
 * - "The minister announced new aid and said 40 people had died." -> The minister
 * - "The governor toured the site and said 12 people had died." -> The governor
 * - "The crowd cheered when the mayor cut the ribbon and said the bridge was open." -> the mayor
 * - "Does the council meet and say nothing?" -> none (an auxiliary opens no noun phrase)
 */
import { citing } from "../clauses.ts";
import { mainClauseSubject, skipBetween, walkForward } from "../phrases.ts";
import { type AttributionRule, makeFound, type SentenceContext, type Span } from "./context.ts";
import { cueSubject } from "./speech-cue.ts";
import {
  ADVERBIAL_HEADS, BE_AUX, CLAUSE_RELATIVES, FOCUS_ADVERBS, NP_PREPOSITIONS, OPENING_PREPOSITIONS, STOP_PREPOSITIONS, SUBORDINATORS_OF_TIME_AND_CAUSE,
  VERB_COORDINATORS,
} from "../lexicon/function-words.ts";
import { ADVERBS } from "../lexicon/clause-words.ts";
import { CLAUSE_MARKS } from "../lexicon/punctuation.ts";

const ID = "second-verb";
/** How far back from "and said" a nearer clause's opener is looked for: "when Rubio thanked Miami and said" has five words. */
const MAX_CONJUNCT_TOKENS = 12;

/** "X announced ... and said ...": X speaks. */
export const secondVerb: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, found, end } = ctx;
    if (cueSubject(ctx, i) || found.length > 0) return false;
    const at = skipBetween(tokens, i) - 1;
    const coordinator = tokens[at];
    if (!coordinator?.word || !VERB_COORDINATORS.has(coordinator.lower)) return false;
    const main = mainClauseSubject(tokens);
    if (!main || main.to >= i || !(tokens[main.to]?.word || tokens[main.to]?.text === ",")) return false;
    const nearer = nearerClauseSubject(ctx, main.to, at);
    if (nearer === null || (nearer === undefined && !opensOnNounPhrase(ctx, main))) return false;
    const f = makeFound(ctx, nearer ?? main, tokens[i]!.text, ctx.kindFor(0, end), [0, end], ID);
    f.via = citing(sentence, tokens, i + 1, tokens.length);
    ctx.push(f);
    ctx.consumedTo = i;
    return true;
  },
};

/**
 * The subject of a nearer clause that the coordinated cue continues ("when Rubio thanked Miami and said" ->
 * Rubio): undefined when no clause opens between the main subject (ending at `from`) and the coordinator at
 * `at`, or a comma closes it first (the cue is then the main clause's); null when a clause opens but its
 * subject is not found right after its opener.
 */
function nearerClauseSubject(ctx: SentenceContext, from: number, at: number): Span | null | undefined {
  const { tokens } = ctx;
  for (let k = at - 1; k >= from && at - k <= MAX_CONJUNCT_TOKENS; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (CLAUSE_MARKS.has(t.text)) return undefined;
      continue;
    }
    // "when X ...", "after X ...", "in which X ...": a subordinate clause, or a relative after a preposition.
    const prepositionBefore = STOP_PREPOSITIONS.has(tokens[k - 1]?.lower ?? "") || NP_PREPOSITIONS.has(tokens[k - 1]?.lower ?? "");
    if (!SUBORDINATORS_OF_TIME_AND_CAUSE.has(t.lower) && !(CLAUSE_RELATIVES.has(t.lower) && prepositionBefore)) continue;
    // The clause's subject stands right after its opener, a noun phrase before the clause's verb.
    const to = walkForward(tokens, k + 1, (token) => !token.word);
    return to > k + 1 && to < at ? { from: k + 1, to } : null;
  }
  return undefined;
}

/** Whether the main clause's subject is a noun phrase, not an adverb, a preposition's phrase, "there" or an auxiliary. */
function opensOnNounPhrase(ctx: SentenceContext, main: Span): boolean {
  const first = ctx.tokens[main.from]!.lower;
  if (first === "there" || BE_AUX.has(first) || ADVERBS.has(first) || ADVERBIAL_HEADS.has(first) || FOCUS_ADVERBS.has(first)) return false;
  return !OPENING_PREPOSITIONS.has(first) && !STOP_PREPOSITIONS.has(first);
}
