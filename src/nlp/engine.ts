/**
 * The attribution engine: one token stream per sentence, the rules tried at each token in order, the first
 * that settles a token wins. Every rule reads bounded windows, so a sentence costs linear time.
 */
import { quotedRanges } from "./quotes.ts";
import { type FoundAttribution, createContext } from "./rules/context.ts";
import { CONSTRUCTION_RULES, CUE_RULES } from "./rules/index.ts";
import { isSpeechCue } from "./rules/speech-cue.ts";
import { separateClauses } from "./statement-clauses.ts";
import { type Token, tokenize } from "./tokens.ts";

/** Find the attributions of one sentence. `quoted` gives the ranges inside quotation marks; `tokens` its token stream if made already. */
export function findAttributions(
  sentence: string,
  quoted: Array<[number, number]> = quotedRanges(sentence, false),
  tokens: Token[] = tokenize(sentence),
): FoundAttribution[] {
  const ctx = createContext(sentence, quoted, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || i <= ctx.consumedTo || ctx.quotedToken[i] === true) continue;
    if (token.capital && token.lower !== "according") continue;
    if (CONSTRUCTION_RULES.some((rule) => rule.apply(ctx, i))) continue;
    if (isSpeechCue(ctx, i)) CUE_RULES.some((rule) => rule.apply(ctx, i));
  }
  const found = dedupe(ctx.found);
  separateClauses(sentence, tokens, ctx.quotedToken, found);
  return found;
}

/** Keep one attribution per speaker text: "said ... saying" is one statement. */
function dedupe(found: FoundAttribution[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const bySpeaker = new Map<string, FoundAttribution>();
  for (const f of found) {
    const key = f.sourceText.toLowerCase();
    const same = bySpeaker.get(key);
    if (same) {
      if (!same.cue.split(" ... ").includes(f.cue)) same.cue = `${same.cue} ... ${f.cue}`;
      same.span = [Math.min(same.span[0], f.span[0]), Math.max(same.span[1], f.span[1])];
      continue;
    }
    bySpeaker.set(key, f);
    out.push(f);
  }
  return out;
}
