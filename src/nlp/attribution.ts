/**
 * Find attributed statements in one sentence of English news prose.
 *
 * The rules follow how news reports speech (src/nlp/rules, one module per rule, run by src/nlp/engine.ts): a
 * speaker noun phrase and a reporting verb ("X said", "X has admitted", "X put the death toll at"), the verb
 * before the speaker ("..., reports X", "said a spokesman"), "According to X", conduits ("X quoted Y as
 * saying", "X, citing Y"), participles that reuse the subject (", saying ..."), and figures credited by a
 * passive agent ("a count of 281 issued by the government"). Pronouns are reported as such; the caller
 * resolves them. The word lists are data in src/nlp/lexicon.
 */
import { afterOpeningAdverbial, textOf } from "./phrases.ts";
import { type Token, tokenize } from "./tokens.ts";
import { BE_AUX, SUBJECT_OPENERS } from "./lexicon/function-words.ts";
import { CUE_FORMS } from "./lexicon/reporting-verbs.ts";
import { NARRATION_VERBS } from "./lexicon/roles.ts";

export { findAttributions } from "./engine.ts";
export type { FoundAttribution } from "./rules/context.ts";
export { endsInsideOf, endsInsideQuote, quoteMarks, quotedRanges, quotedRangesOf, type QuoteMark } from "./quotes.ts";

/** How far into a sentence of narration its verb is looked for. */
const MAX_NARRATION_SUBJECT = 25;

/**
 * The noun phrase a sentence of narration opens with, up to its verb, or null: "Maria Delgado, 67," in
 * "Maria Delgado, 67, spent the night in her car." A caller can note a person named there for pronouns.
 * A subordinator before it is no part of it: "Trump" in "When Trump announced his candidacy, he ...".
 */
export function narrationSubject(sentence: string, tokens: Token[] = tokenize(sentence)): string | null {
  let from = afterOpeningAdverbial(tokens);
  if (SUBJECT_OPENERS.has(tokens[from]?.lower ?? "")) from++;
  for (let k = from + 1; k < Math.min(tokens.length, from + MAX_NARRATION_SUBJECT); k++) {
    const t = tokens[k]!;
    if (!t.word || t.capital) continue;
    if (/ed$/.test(t.lower) || NARRATION_VERBS.has(t.lower) || BE_AUX.has(t.lower)) {
      const text = textOf(sentence, tokens, from, k).replace(/,\s*$/, "");
      return text || null;
    }
    if (CUE_FORMS.has(t.lower)) return null;
  }
  return null;
}
