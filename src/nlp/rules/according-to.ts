/**
 * `according-to`: "According to X, ...", "... according to X." The source follows the cue; a document
 * ("a statement from the ministry", "a count by the Commission", "figures released by the ministry") gives way
 * to its author.
 *
 * Examples:
 * - "According to the Russian military, 62 Syrian soldiers were killed." -> the Russian military
 * - "According to her, the road was closed." -> her (a pronoun to resolve)
 * - "According to a statement from the ministry, 12 people died." -> the ministry
 * - "..., with some 500 injured according to rescue officials." -> rescue officials, for the whole sentence
 */
import { isTitleDot, stripStatementBy, textOf, walkForward } from "../phrases.ts";
import type { AttributionRule, Span } from "./context.ts";
import type { Token } from "../tokens.ts";
import { NP_OPENERS, NP_PREPOSITIONS } from "../lexicon/function-words.ts";
import { OBJECT_PRONOUN_SUBJECTS } from "../lexicon/pronouns.ts";
import { PHRASE_CLOSERS, SENTENCE_ENDS } from "../lexicon/punctuation.ts";
import { AGENT_PARTICIPLES, DOCUMENT_HEADS, REPORT_NOUNS, SOURCE_DOCUMENTS } from "../lexicon/report-nouns.ts";
import { GROUP_SOURCES, SOURCE_HEADS } from "../lexicon/roles.ts";

const ID = "according-to";
/** Capitalised words of a name in apposition after the source: "the governor's spokeswoman, Lara Ramsburg". */
const MAX_APPOSED_NAME = 5;

/** "According to X": X speaks. */
export const accordingTo: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, end } = ctx;
    const token = tokens[i]!;
    if (token.lower !== "according" || tokens[i + 1]?.lower !== "to") return false;
    const from = i + 2;
    // "According to her, ...": a pronoun for the caller to resolve.
    const pronounAt = tokens[from];
    if (pronounAt && OBJECT_PRONOUN_SUBJECTS.has(pronounAt.lower) && (!tokens[from + 1] || PHRASE_CLOSERS.has(tokens[from + 1]!.text))) {
      ctx.push({
        sourceText: pronounAt.text,
        sourceStart: pronounAt.start,
        sourceEnd: pronounAt.end,
        cue: textOf(sentence, tokens, i, i + 2),
        kind: "according-to",
        via: null,
        span: [i === 0 || tokens[i - 1]?.text === "," ? 0 : token.start, end],
        pronoun: true,
        rule: ID,
      });
      ctx.consumedTo = from;
      return true;
    }
    const source = sourceAfter(tokens, from);
    if (!source) return true;
    let { from: speakerFrom, to } = source;
    // "..., with some 500 injured according to rescue officials.": a source that closes the sentence
    // speaks for what came before it.
    const closesSentence = !tokens[to] || SENTENCE_ENDS.has(tokens[to]!.text);
    const spanStart = i === 0 || tokens[i - 1]?.text === "," || (closesSentence && ctx.found.length === 0) ? 0 : token.start;
    // "according to the UN refugee agency, UNHCR.": an acronym in apposition belongs to the name.
    const acronym = tokens[to + 1];
    if (tokens[to]?.text === "," && acronym && /^\p{Lu}{2,}$/u.test(acronym.text) && (!tokens[to + 2] || PHRASE_CLOSERS.has(tokens[to + 2]!.text))) to += 2;
    // "according to the governor's spokeswoman, Lara Ramsburg.": a name in apposition that closes the sentence.
    else if (tokens[to]?.text === "," && acronym?.capital && closesSentence === false) {
      let k = to + 1;
      while (k < tokens.length && k - to <= MAX_APPOSED_NAME && (tokens[k]!.capital || isTitleDot(tokens, k))) k++;
      if (k - to >= 3 && (k === tokens.length || SENTENCE_ENDS.has(tokens[k]!.text))) to = k;
    }
    ctx.push({
      sourceText: textOf(sentence, tokens, speakerFrom, to),
      sourceStart: tokens[speakerFrom]!.start,
      sourceEnd: tokens[to - 1]!.end,
      cue: textOf(sentence, tokens, i, i + 2),
      kind: "according-to",
      via: null,
      span: [spanStart, end],
      pronoun: false,
      rule: ID,
    });
    ctx.consumedTo = to - 1;
    return true;
  },
};

/** The source after "according to" at `from`, its author if it is a document, or null. */
function sourceAfter(tokens: Token[], from: number): Span | null {
  // A source head ends the source when no comma does ("According to reports police fired"), unless a name
  // goes on ("Event Data Project") or another group is coordinated ("officials and witnesses").
  let to = walkForward(
    tokens,
    from,
    (t, k) =>
      t.text === "," ||
      // "according to the coast guard 12 boats sank": a number after the name starts the statement.
      (k > from + 1 && /^\d/.test(t.text) && tokens[k - 1]!.word && !NP_OPENERS.has(tokens[k - 1]!.lower) && !NP_PREPOSITIONS.has(tokens[k - 1]!.lower)) ||
      (k > from && SOURCE_HEADS.has(tokens[k - 1]!.lower) && t.word && !NP_PREPOSITIONS.has(t.lower) && !(t.capital && tokens[k - 1]!.capital) && !REPORT_NOUNS.has(t.lower) && !SOURCE_DOCUMENTS.has(t.lower) &&
        !(t.lower === "and" && (GROUP_SOURCES.has(tokens[k + 1]?.lower ?? "") || SOURCE_HEADS.has(tokens[k + 1]?.lower ?? "")))),
  );
  if (to <= from) return null;
  // "According to a statement from the ministry": the ministry speaks.
  let speakerFrom = stripStatementBy(tokens, from, to);
  // "according to a count by the Commission": so does the author of a count.
  if (tokens[to]?.lower === "by" && tokens.slice(from, to).some((t) => DOCUMENT_HEADS.has(t.lower))) {
    const agentTo = walkForward(tokens, to + 1, (t) => t.text === ",");
    if (agentTo > to + 1) {
      speakerFrom = to + 1;
      to = agentTo;
    }
  }
  // "According to figures released by the railway ministry": so does the agent.
  if (AGENT_PARTICIPLES.has(tokens[to]?.lower ?? "") && tokens[to + 1]?.lower === "by") {
    const agentTo = walkForward(tokens, to + 2, (t) => t.text === ",");
    if (agentTo > to + 2) {
      speakerFrom = to + 2;
      to = agentTo;
    }
  }
  return { from: speakerFrom, to };
}
