/**
 * `verb-speaker`: the speaker after the verb: "..., said the minister", "“...,” said Jane Doe", "..., reports the Committee".
 *
 * Examples:
 * - "The bridge will reopen next week, said a spokesman for the city council." -> a spokesman for the city council
 * - "Two reporters were detained, reports the International Federation of Journalists." -> the International Federation of Journalists
 * - "“We ran,” said Ali Hassan on Monday." -> Ali Hassan
 */
import { citing } from "../clauses.ts";
import { isTimeName, textOf, walkForward } from "../phrases.ts";
import type { AttributionRule } from "./context.ts";
import {
  ARTICLES, DESCRIBING_PREPOSITIONS, SAID_OBJECTS, SETTING_HEADS, SETTING_PREPOSITIONS, SETTING_WORDS,
} from "../lexicon/function-words.ts";
import { PRONOUNS } from "../lexicon/pronouns.ts";
import { CLOSE_QUOTES, SPEAKER_CLOSERS } from "../lexicon/punctuation.ts";
import { HEARER_OBJECT_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "verb-speaker";
/** Setting words after an inverted speaker: "said Jane Doe in a televised address on Monday". */
const MAX_SETTING_TOKENS = 6;

/** "..., said X": X speaks for the sentence. */
export const verbSpeaker: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, end } = ctx;
    const token = tokens[i]!;
    const w = token.lower;
    // The speaker after the verb: "..., reports the Committee to Protect Journalists", "“...,” said Jane Doe".
    const before = tokens[i - 1];
    // "..., told reporters": the object of "told" is the hearer, never an inverted speaker.
    // "Police, however, said nothing": an object pronoun after the verb is what was said, not who said it.
    if (before && !HEARER_OBJECT_FORMS.has(w) && !SAID_OBJECTS.has(tokens[i + 1]?.lower ?? "") &&
      (before.text === "," || CLOSE_QUOTES.has(before.text) || before.text === '"')) {
      const to = walkForward(tokens, i + 1, (t) => t.text === "." || t.text === ";");
      let speakerTo = to;
      // "said a ministry spokesman, Jane Doe."
      if (tokens[to]?.text === "," && tokens[to + 1]?.capital) {
        const more = walkForward(tokens, to + 1, (t) => t.text === "." || t.text === ",");
        if (more > to + 1 && (more === tokens.length || tokens[more]!.text === ".")) speakerTo = more;
      }
      // The speaker must close the sentence or clause: "said 20 people died" has none. A time or setting
      // may follow it: "said Jane Doe on Monday.", "said a spokesman in a statement."
      // "said a spokesman in a statement": the setting is no part of the speaker.
      for (let k = i + 2; k < speakerTo; k++) {
        if (!SETTING_PREPOSITIONS.has(tokens[k]!.lower)) continue;
        const rest = tokens.slice(k + 1, speakerTo);
        if (rest.length > 0 && rest.every((t) => SETTING_WORDS.has(t.lower) || isTimeName(t.lower)) && !rest.every((t) => ARTICLES.has(t.lower))) {
          speakerTo = k;
          break;
        }
      }
      let closeAt = speakerTo;
      while (closeAt < speakerTo + MAX_SETTING_TOKENS && tokens[closeAt]?.word && (SETTING_WORDS.has(tokens[closeAt]!.lower) || isTimeName(tokens[closeAt]!.lower))) closeAt++;
      if (closeAt > speakerTo && !isTimeName(tokens[closeAt - 1]!.lower) && !SETTING_HEADS.has(tokens[closeAt - 1]!.lower)) closeAt = speakerTo;
      const after = tokens[closeAt];
      // "said a government official who gave his name as Mimati", "said a police officer reached by telephone":
      // a relative clause or a participle phrase describes the speaker after the name.
      const described = after !== undefined && after.word && !after.capital && closeAt === speakerTo &&
        (after.lower === "who" || (/ed$/.test(after.lower) && DESCRIBING_PREPOSITIONS.has(tokens[closeAt + 1]?.lower ?? "")));
      const closes = !after || SPEAKER_CLOSERS.has(after.text) || described;
      if (speakerTo > i + 1 && closes) {
        ctx.push({
          sourceText: textOf(sentence, tokens, i + 1, speakerTo),
          sourceStart: tokens[i + 1]!.start,
          sourceEnd: tokens[speakerTo - 1]!.end,
          cue: token.text,
          kind: ctx.kindFor(0, end),
          via: citing(sentence, tokens, speakerTo, tokens.length),
          span: [0, end],
          pronoun: speakerTo - (i + 1) === 1 && PRONOUNS.has(tokens[i + 1]!.lower),
          rule: ID,
        });
        ctx.consumedTo = speakerTo - 1;
        return true;
      }
    }
    return false;
  },
};
