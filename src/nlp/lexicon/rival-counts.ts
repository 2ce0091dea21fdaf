/**
 * Words with which news sets one count against another: "gave a lower figure", "a different toll", "a higher
 * count". A figure stated so is a rival of the counts before it, not an earlier count that an update revised.
 */
import { wordSet } from "./words.ts";

/** Comparatives that set a count against another. */
export const RIVAL_ADJECTIVES = wordSet("lower higher different conflicting contradictory rival smaller larger");
/** Nouns for a count. */
export const COUNT_NOUNS = wordSet("figure figures toll tolls count counts tally tallies estimate estimates number numbers");
