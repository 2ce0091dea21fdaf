/**
 * Function words that shape a clause around a number: auxiliaries, determiners, prepositions, conjunctions
 * and the adverbs that stand between an auxiliary and its participle.
 */
import { wordSet } from "./words.ts";

/** Auxiliaries of the passive: "were killed", "got arrested". */
export const PASSIVE_AUX: ReadonlySet<string> = wordSet("was were been being is are be get got gets getting");

/** Every auxiliary and modal: "have died", "could rise". */
export const AUX: ReadonlySet<string> = new Set([
  ...PASSIVE_AUX, ...wordSet("have has had will would could may might must can should did do does"),
]);

/** Modals, and the adjectives and participles of expectation before "to", that make what follows possible rather
 * than done: "could pass 5,000", "may exceed 300", "is expected to top 200", "likely to rise to 50". */
export const MODALS: ReadonlySet<string> = wordSet(`
  could may might would will should must can expected likely feared set poised projected forecast predicted
`);

/** Adverbs between an auxiliary and its participle ("were reportedly killed"). */
export const ADVERBS: ReadonlySet<string> = wordSet(`
  reportedly allegedly also all later then subsequently initially confirmed officially since now already either
  mostly reported feared believed thought presumed known
`);

/** Words that begin an object after an active verb ("killed the", "arrested two"). */
export const OBJECT_STARTERS: ReadonlySet<string> = wordSet(`
  the a an his her their its our my your him them us me more some several many dozens scores hundreds thousands tens
  nearly almost about around over up as all two three four five six seven eight nine ten one
`);

/** Words that end the clause of a number when scanning forward for its outcome. */
export const CLAUSE_STOPS: ReadonlySet<string> = wordSet(`
  where when whereas while because although though if unless until after before since as whom whose sentenced
  convicted charged said says say told according claims claim reports reported added stated insisted warned
`);

/** Coordinating conjunctions. */
export const COORDINATORS: ReadonlySet<string> = wordSet("and but or yet");

/** Words that end a noun phrase right after a number, so the number has no head noun ("at 83 and"). */
export const NP_BREAKERS: ReadonlySet<string> = wordSet(`
  and or but in on at by from for with to as than said says say told according compared over into since during while
  when after before
`);

/** Words that are no head noun of a number. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...NP_BREAKERS,
  ...AUX,
  ...wordSet(`
  the a an this that these those which who it they he she we its their his her of not no all there here then so if
  about around under between among through per yesterday today only just some nearly almost up until since last next
  every each another
  `),
]);

/** Possessive determiners for people: "in his 60s". */
export const PERSONAL_POSSESSIVES: ReadonlySet<string> = wordSet("his her their");

/** Determiners that open a noun phrase after "of": "one of the", "one of its". */
export const PARTITIVE_DETERMINERS: ReadonlySet<string> = wordSet("the its their his her our these those");

/** Words before a year ("in 2005", "the 2005 World Social Forum"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  in since of by until till from during before after early late mid the year between through to and its circa
`);

/** Words before "one" that make it the pronoun: "no one", "the one", "any one". */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = wordSet("no the this that any every each which");

/** Marks that open a quotation or aside, after which a capital starts a phrase, not a name. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "“", "‘", "'", "(", "[", "«"]);

/** Forms of "tell", whose object is a name the told clause follows: "told AFP 12 died". */
export const TELL_VERBS: ReadonlySet<string> = wordSet("told tell tells telling");
/** Adverbs between a modal and its verb: "could soon pass", "may well exceed". */
export const MODAL_ADVERBS = wordSet("soon well easily eventually still quickly even yet");
/** Words that end the noun phrase after a number: verbs, conjunctions, prepositions ("deaths but said officers"). */
export const NUMBER_PHRASE_ENDS = wordSet(`
  but and or said says were was are is had have has been being who which that in at on from to with by for as after
  during when while since near died remained
`);
