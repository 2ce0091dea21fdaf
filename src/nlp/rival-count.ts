/**
 * `rival-count`: whether a sentence sets its count against the others: a comparative before a count noun.
 *
 * Examples:
 * - "The shipping ministry gave a lower figure, saying 27 people had died." -> true
 * - "The health ministry gave a higher toll of 29 dead." -> true
 * - "Officials gave a different death toll." -> true
 * - "Protesters rejected the disputed elections." -> false
 * - "The toll has risen to 45." -> false
 */
import type { Token } from "./tokens.ts";
import { COUNT_NOUNS, RIVAL_ADJECTIVES } from "./lexicon/rival-counts.ts";

/** Words between the comparative and its count noun: "a lower death toll", "a much higher casualty figure". */
const MAX_RIVAL_GAP = 2;

/** Whether the sentence calls its count a lower, higher or different one than others give. */
export function marksRivalCount(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!RIVAL_ADJECTIVES.has(tokens[k]!.lower)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 1 + MAX_RIVAL_GAP; j++) {
      const t = tokens[j]!;
      if (!t.word) break;
      if (COUNT_NOUNS.has(t.lower)) return true;
    }
  }
  return false;
}
