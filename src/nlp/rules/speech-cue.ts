/**
 * Whether a word is a reporting verb used as one here, and the speaker before it. The cue rules
 * (`closing-speaker`, `speaker-verb`, `second-verb`, `verb-speaker`) run only on a word that passes.
 *
 * Examples:
 * - "Police said 12 people died." -> "said" is a cue
 * - "The floods claimed the lives of 40 people." -> "claimed" is not (an idiom of deaths)
 * - "The UN confirmed his attendance." -> "confirmed" is not (a weak cue without a reported clause)
 * - "The army has not commented." -> "commented" is not (negated)
 * - "NTSA figures show 12 people died." -> "show" is a cue (data speaking for its author)
 */
import {
  characterisedInQuotes, claimedLives, dataShows, hasComplement, invertedAfterComma, isInvertedSpeaker, isSentenceEnd, namedSpeakerBefore, negatedAt,
  questionComplement,
} from "../clauses.ts";
import { atClauseBoundary, usedAsNoun } from "../phrases.ts";
import type { SentenceContext, Span } from "./context.ts";
import { BE_AUX } from "../lexicon/function-words.ts";
import { CLOSE_QUOTES, QUOTE_ENDS } from "../lexicon/punctuation.ts";
import { DOCUMENT_HEADS, RELEASE_VERBS } from "../lexicon/report-nouns.ts";
import {
  ASKING_FORMS, CHARACTERISING_FORMS, CUE_FORMS, DENIAL_FORMS, LIVES_IDIOM_FORMS, NAMED_SPEAKER_FORMS, WEAK_CUE_FORMS,
} from "../lexicon/reporting-verbs.ts";

/** Words of "a statement" between a release verb and ", saying": "released a short statement saying". */
const MAX_DOCUMENT_TOKENS = 3;

/** Whether the word at `i` reports speech here. */
export function isSpeechCue(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  const w = tokens[i]!.lower;
  if ((!CUE_FORMS.has(w) && !dataShows(tokens, i)) || usedAsNoun(tokens, i)) return false;
  // "The floods claimed the lives of 40 people", "has claimed more than 100 lives": an idiom, not a claim.
  if (LIVES_IDIOM_FORMS.has(w) && claimedLives(tokens, i)) return false;
  // "a severe weather warning for the area": a noun unless a comma or an auxiliary makes it a verb.
  if (w === "warning" && !(tokens[i - 1]?.text === "," || BE_AUX.has(tokens[i - 1]?.lower ?? ""))) return false;
  if (CHARACTERISING_FORMS.has(w) && !characterisedInQuotes(tokens, i)) return false;
  const asked = ASKING_FORMS.has(w) && questionComplement(tokens, i);
  if (WEAK_CUE_FORMS.has(w) && !asked && !hasComplement(tokens, i) && !(NAMED_SPEAKER_FORMS.has(w) && namedSpeakerBefore(tokens, i)) && !weakCueStillReports(ctx, i)) {
    return false;
  }
  // "The army has not commented", "police did not say": a negated cue reports nothing.
  return !(negatedAt(tokens, i) && !DENIAL_FORMS.has(w));
}

/** A weak cue without a reported clause that still reports: inverted, closing the sentence, or after a quotation. */
function weakCueStillReports(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  // "..., reports the Committee": a weak cue is still speech when it inverts at the end,
  // and so is "..., a spokesman confirmed." with the speaker after the statement.
  const inverted = tokens[i - 1]?.text === "," && isInvertedSpeaker(tokens, i);
  // "..., state media reported, as ...", "..., which the government denied."
  const opener = tokens[(ctx.subjectAt(i)?.from ?? 0) - 1];
  const closing = !inverted && (isSentenceEnd(tokens, i) || tokens[i + 1]?.text === ",") && (opener?.text === "," || (opener?.lower === "which" && isSentenceEnd(tokens, i)));
  // "“The news is bad,” the governor announced in a meeting": a quotation just before the speaker is the
  // reported speech.
  const quoteFrom = ctx.subjectAt(i)?.from ?? 0;
  const afterQuote = quoteFrom >= 2 && (CLOSE_QUOTES.has(tokens[quoteFrom - 1]!.text) || tokens[quoteFrom - 1]!.text === '"') && QUOTE_ENDS.has(tokens[quoteFrom - 2]!.text);
  return inverted || closing || afterQuote;
}

/**
 * The speaker before the cue at `i`, or null. "..., meaning the toll may rise, say correspondents.": an
 * inverted speaker that closes the sentence after a comma wins over a subject found across the comma.
 */
export function cueSubject(ctx: SentenceContext, i: number): Span | null {
  const { tokens } = ctx;
  let found = ctx.subjectAt(i);
  // "The army released a statement saying ...": the document's issuer speaks, not "a statement".
  if (found && tokens[i]!.lower === "saying" && found.to === i && found.to - found.from <= MAX_DOCUMENT_TOKENS && RELEASE_VERBS.has(tokens[found.from - 1]?.lower ?? "") &&
    tokens.slice(found.from, found.to).some((t) => DOCUMENT_HEADS.has(t.lower))) {
    found = ctx.subjectAt(found.from - 1) ?? found;
  }
  return found && tokens[i - 1]?.text === "," && !atClauseBoundary(tokens, found.from, 0) && invertedAfterComma(tokens, i) ? null : found;
}
