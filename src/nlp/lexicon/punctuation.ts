/**
 * Punctuation the rules read: quotation marks, clause boundaries and sentence ends.
 */
import { wordSet } from "./words.ts";

/** Curly and angle opening quotation marks. */
export const OPEN_QUOTES = wordSet("“ « „");
/** Curly and angle closing quotation marks. */
export const CLOSE_QUOTES = wordSet("” »");
/** Marks after which a clause starts: "..., the minister said", "— police said". */
export const CLAUSE_MARKS = wordSet(`, ; : — – ( " “ ”`);
/** Marks that end a sentence. */
export const SENTENCE_ENDS = wordSet(". ! ?");
/** Marks that close a speaker after an inverted verb: "said Jane Doe, ...", "said the police." */
export const SPEAKER_CLOSERS = wordSet(". , ; ! ?");
/**
 * Marks that end a short phrase inside a clause: a pronoun source after "according to" ("According to her,
 * ..."), an acronym in apposition ("the UN refugee agency, UNHCR.").
 */
export const PHRASE_CLOSERS = wordSet(". , ;");
/** Marks that may stand inside a conduit's speaker: "quoted the governor, Ali Hamid, as saying". */
export const CONDUIT_INNER_MARKS = wordSet(`( ) ' ,`);
/** Marks before a quotation that a speaker follows: "“It is bad,” the governor announced". */
export const QUOTE_ENDS = wordSet(", ! ?");
/** Dashes that end a wire dateline: "WASHINGTON (AP) —", "ORLANDO, Fla. (Reuters) -". */
export const DASHES = wordSet("- – — ―");
