/**
 * `closing-speaker`: a speaker that closes the sentence after a comma reports all of it, and the speaker
 * found earlier in the sentence becomes the conduit's source (`via`). "..., Reuters reports." is left to
 * the other rules: there the earlier speaker stays the source.
 *
 * Examples:
 * - "The survivor told rescuers he had been at sea for days, the captain said." -> the captain, via The survivor
 */
import { insideEarlierComplement, isSentenceEnd } from "../clauses.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { cueSubject } from "./speech-cue.ts";
import { REPORT_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "closing-speaker";

/** "X told Y ..., Z said.": Z speaks, relaying X. */
export const closingSpeaker: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { tokens, found, end } = ctx;
    const w = tokens[i]!.lower;
    const subject = cueSubject(ctx, i);
    if (!subject || found.length === 0 || tokens[subject.from - 1]?.text !== "," || !isSentenceEnd(tokens, i) || found[0]!.pronoun || REPORT_FORMS.has(w)) return false;
    if (!found.every((f) => f.kind !== "according-to") || !insideEarlierComplement(found, tokens[subject.from]!.start, tokens, subject.from)) return false;
    const f = makeFound(ctx, subject, tokens[i]!.text, ctx.kindFor(0, end), [0, end], ID);
    f.via = found[0]!.sourceText;
    found.length = 0;
    found.push(f);
    ctx.consumedTo = i;
    return true;
  },
};
