/**
 * Pronouns: the subject pronouns a speaker may be, and the object forms with their subject form.
 */
import { wordMap, wordSet } from "./words.ts";

/** Subject pronouns that may stand for a speaker, for the resolver to resolve. */
export const PRONOUNS = wordSet("it he she they we i");
/** Object pronouns that may follow "according to", with the subject form the resolver knows. */
export const OBJECT_PRONOUN_SUBJECTS = wordMap({ him: "he", her: "she", them: "they", it: "it" });
/** Object and reflexive pronouns, which are never a speaker before a verb. */
export const OBJECT_PRONOUNS = wordSet("him them me you itself themselves himself herself us");
/** Pronouns a conduit's speaker may be: "AFP quoted him as saying". */
export const CONDUIT_PRONOUNS = wordSet("him her them it he she they");
/** The gender a pronoun gives its antecedent, where it gives one: "she" is never the man named before. */
export const PRONOUN_GENDER = wordMap<"female" | "male">({ he: "male", him: "male", his: "male", she: "female", her: "female", hers: "female" });
/** The kinds of source a pronoun may take up: "it" an organisation, "he" a person, "they" a group or a body. */
export const PRONOUN_SOURCE_TYPES = wordMap<ReadonlyArray<"person" | "organisation" | "group">>({
  it: ["organisation"],
  he: ["person"],
  she: ["person"],
  they: ["group", "organisation"],
  we: ["group", "organisation", "person"],
  i: ["person"],
  him: ["person"],
  her: ["person"],
  them: ["group", "organisation"],
});
/** Pronouns that head a partitive without naming what is counted: "60 of them", "12 of whom". */
export const PARTITIVE_PRONOUNS = wordSet("them whom those these");
