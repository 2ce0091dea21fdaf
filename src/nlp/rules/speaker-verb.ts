/**
 * `speaker-verb`: a speaker and then a reporting verb, the commonest way news attributes speech. A pronoun
 * speaker is marked for the resolver; a conduit named with "citing" or "quoted by" becomes `via`.
 *
 * Examples:
 * - "The health ministry said 40 people were killed in the attack." -> The health ministry
 * - "Local officials have warned that the dam could fail." -> Local officials
 * - "At least 12 people were killed, police said." -> police, for the whole sentence
 * - "It added that the toll could rise." -> It (a pronoun to resolve)
 * - "The agency, citing hospital officials, said 30 people died." -> The agency, via hospital officials
 * - "What he said was false, she said." -> she (not he: the first cue heads a clause)
 */
import { citing, insideEarlierComplement, isSentenceEnd, spanStartFor } from "../clauses.ts";
import { type AttributionRule, makeFound } from "./context.ts";
import { cueSubject } from "./speech-cue.ts";
import { CLAUSE_PREPOSITIONS, FREE_RELATIVES, NP_PREPOSITIONS, STOP_PREPOSITIONS } from "../lexicon/function-words.ts";
import { QUOTED_BY_FORMS } from "../lexicon/reporting-verbs.ts";

const ID = "speaker-verb";
/** Words of a speaker before "quoted by" is looked for inside it: "sources quoted by Interfax" has four. */
const MIN_QUOTED_BY_TOKENS = 3;
/** A speaker relayed by a passive conduit: "sources quoted by Interfax". */
const QUOTED_BY = new RegExp(`^(\\S+(?: \\S+){0,3}?) (?:${[...QUOTED_BY_FORMS].join("|")}) by (\\S.*)$`);

/** "X said ...": X speaks. */
export const speakerVerb: AttributionRule = {
  id: ID,
  apply(ctx, i) {
    const { sentence, tokens, found, end } = ctx;
    const subject = cueSubject(ctx, i);
    if (!subject || insideEarlierComplement(found, tokens[subject.from]!.start, tokens, subject.from)) return false;
    // "What he said was false": a cue inside a clause that opens the sentence with "what" is its subject,
    // and reports nothing of its own ("In what he described as ..." still does).
    if (subject.from === 1 && FREE_RELATIVES.has(tokens[0]!.lower)) return false;
    // "Majorities of Democrats ... going to the polls Tuesday say": a phrase right after a preposition is its
    // object, the tail of a longer subject the walk could not take whole; better no speaker than that one.
    // ("as Cruz said", "as the Post's reporter wrote" are clauses: "as" is no preposition here; a phrase with a
    // name in it may be an apposition or a title the walk took apart, so only a common noun phrase is dropped.)
    const before = tokens[subject.from - 1];
    const afterPreposition = before?.word === true && !CLAUSE_PREPOSITIONS.has(before.lower) && (STOP_PREPOSITIONS.has(before.lower) || NP_PREPOSITIONS.has(before.lower));
    const named = tokens.slice(subject.from, subject.to).some((t) => t.capital);
    if (afterPreposition && !named && !ctx.quotedToken[subject.from - 1]) return false;
    const spanStart = spanStartFor(tokens, subject.from, found.length > 0);
    // "..., police said.": the statement is what came before.
    const spanFrom = tokens[subject.from - 1]?.text === "," && isSentenceEnd(tokens, i) ? 0 : spanStart;
    const f = makeFound(ctx, subject, tokens[i]!.text, ctx.kindFor(spanFrom, end), [spanFrom, end], ID);
    f.via = citing(sentence, tokens, subject.to, i) ?? citing(sentence, tokens, i + 1, tokens.length);
    // "sources quoted by the agency Interfax said": the sources speak, the agency is the conduit.
    const quotedBy = subject.to - subject.from > MIN_QUOTED_BY_TOKENS ? QUOTED_BY.exec(f.sourceText) : null;
    if (quotedBy) {
      f.sourceText = quotedBy[1]!;
      f.sourceEnd = f.sourceStart + quotedBy[1]!.length;
      f.via = quotedBy[2]!;
    }
    ctx.push(f);
    ctx.consumedTo = i;
    return true;
  },
};
