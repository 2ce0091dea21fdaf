/**
 * `conduit`: "X quoted Y as saying", "X reports Y as commenting": Y speaks, X is the conduit (`via`).
 *
 * Examples:
 * - "Interfax quoted the governor as saying 12 people died." -> the governor, via Interfax
 * - "AFP quoted him as saying the road was closed." -> him (a pronoun to resolve), via AFP
 * - "The AP reports Lassegue as commenting: “Who knows?”" -> Lassegue, via the AP
 */
import { stripStatementBy, textOf, usedAsNoun } from "../phrases.ts";
import type { AttributionRule } from "./context.ts";
import { CONDUIT_PRONOUNS } from "../lexicon/pronouns.ts";
import { CONDUIT_INNER_MARKS } from "../lexicon/punctuation.ts";
import { CONDUIT_AS_FORMS, CONDUIT_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "conduit";
/** Tokens between the conduit verb and "as saying": "quoted the governor of the province, Ali Hamid, as saying" fits. */
const MAX_CONDUIT_GAP = 16;

/** "X quoted Y as saying": Y speaks through X. */
export const conduit: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, found, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    if (CONDUIT_FORMS.has(w) && !usedAsNoun(tokens, i)) {
      let asAt = -1;
      for (let k = i + 2; k < Math.min(tokens.length - 1, i + MAX_CONDUIT_GAP); k++) {
        if (tokens[k]!.lower === "as" && CONDUIT_AS_FORMS.has(tokens[k + 1]!.lower)) {
          asAt = k;
          break;
        }
        // "quoted the governor of the province, Ali Hamid, as saying": an apposition may sit inside.
        if (!tokens[k]!.word && !CONDUIT_INNER_MARKS.has(tokens[k]!.text)) break;
      }
      if (asAt > 0) {
        const subject = ctx.subjectAt(i);
        const speakerFrom = stripStatementBy(tokens, i + 1, asAt);
        const speakerTo = tokens[asAt - 1]!.text === "," ? asAt - 1 : asAt;
        ctx.push({
          sourceText: textOf(sentence, tokens, speakerFrom, speakerTo),
          sourceStart: tokens[speakerFrom]!.start,
          sourceEnd: tokens[speakerTo - 1]!.end,
          cue: `${token.text} ... as ${tokens[asAt + 1]!.text}`,
          kind: ctx.kindFor(0, end),
          via: subject ? textOf(sentence, tokens, subject.from, subject.to) : null,
          span: [found.length > 0 && subject ? tokens[subject.from]!.start : 0, end],
          // "AFP quoted him as saying": the speaker is a pronoun to resolve.
          pronoun: speakerTo - speakerFrom === 1 && CONDUIT_PRONOUNS.has(tokens[speakerFrom]!.lower),
          rule: ID,
        });
        ctx.consumedTo = asAt + 1;
        return true;
      }
    }
    return false;
  },
};
