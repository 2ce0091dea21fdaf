/**
 * Words of a source named only by its kind ("Officials said", "The party said", "According to incoming reports"):
 * such a source is shown as the text writes it, and `sourced check` asks the author to say who it is.
 */
import { wordSet } from "./words.ts";

/** Heads that say what kind of speaker it is, never which one. */
export const VAGUE_HEADS = wordSet(`
  official officials source sources report reports party authorities witness witnesses resident residents
  analyst analysts expert experts observer observers media spokesman spokesmen spokeswoman spokeswomen
  spokesperson spokespeople people someone insider insiders accounts
`);
/** Words before such a head that still name nobody: "incoming reports", "local residents", "some officials". */
export const VAGUE_SOURCE_MODIFIERS = wordSet(`
  the a an some several many other others various unnamed anonymous unconfirmed unofficial initial incoming early
  local media news
`);
