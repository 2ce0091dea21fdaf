/**
 * Function words the attribution rules read: conjunctions, relatives, auxiliaries, prepositions,
 * determiners, and the adverbs and setting words that may stand between a speaker, a verb and its clause.
 */
import { wordSet, wordUnion } from "./words.ts";

/** Conjunctions and subordinators that open a clause. */
export const CONJUNCTIONS = wordSet(`
  and but or nor however while whereas because although though since if when until unless so yet then after
  before once where
`);
/** Relative pronouns. */
export const RELATIVES = wordSet("which who whom whose that what");
/** Relatives that open a clause describing a speaker: "The Observatory, which monitors the war, said". */
export const CLAUSE_RELATIVES = wordSet("which who whose whom");
/** Relatives on a person: "Mohammed Ali, 34, who sells tomatoes, said". */
export const PERSON_RELATIVES = wordSet("who whose");
/** Relatives after a document that put a figure: "a report by the Observatory that put the toll at". */
export const DOCUMENT_RELATIVES = wordSet("that which");
/** Auxiliaries and forms of "be", "have" and "do", and modals. */
export const BE_AUX = wordSet("is are was were be been being has have had do does did will would can could may might must shall should 's");
/** Perfect and progressive auxiliaries: "has described", "been called". */
export const PERFECT_AUX = wordSet("has have had been being");
/** Auxiliaries that leave a verb active ("has said"), unlike "is said", "were reported". */
export const ACTIVE_AUX = wordSet("has have had will would did does do");
/** Forms of "be" before a passive conduit: "was quoted as saying". */
export const PASSIVE_BE = wordSet("was were is been");
/** Modals and past auxiliaries that make "it would", "there had been" a clause. */
export const CLAUSE_MODALS = wordSet("would could will can may might must should did");
/** Auxiliaries that close a short subject: "the plane was struck". */
export const CLAUSE_AUX = wordSet("was were is are had has have would could will may might");
/** Subject pronouns and "there" that open a reported clause without "that": "denied there had been". */
export const CLAUSE_SUBJECTS = wordSet("there it he she they we");
/** Determiners that open a reported clause's subject: "suggest the plane was struck". */
export const CLAUSE_DETERMINERS = wordSet("the a an its his her their this some many most");
/** Prepositions that end a noun phrase. */
export const STOP_PREPOSITIONS = wordSet(`
  by to with on into onto over under about against through during without within than as like via upon toward
  towards across despite among amid behind near outside inside per
`);
/** Prepositions that also open a clause with its own subject: "as Cruz said", "than officials said", "like he said". */
export const CLAUSE_PREPOSITIONS = wordSet("as than like");
/** Prepositions that may sit inside a speaker's name: "head of relief operations", "office in Geneva". */
export const NP_PREPOSITIONS = wordSet("of for in at from");
/** Prepositions inside a capitalised name: "Committee to Protect Journalists", "Commission on Human Rights". */
export const NAME_PREPOSITIONS = wordSet("to on against");
/** Prepositions that open a setting after a speaker: "said a spokesman in a statement". */
export const SETTING_PREPOSITIONS = wordSet("in at on");
/** Prepositions after a participle describing a speaker: "a police officer reached by telephone". */
export const DESCRIBING_PREPOSITIONS = wordSet("by in at on from with");
/** Prepositions that open a document's author: "a statement by", "figures from", "a count of". */
export const AUTHOR_PREPOSITIONS = wordSet("by from of");
/** Articles. */
export const ARTICLES = wordSet("a an the");
/** Demonstratives before a noun: "these officials". */
export const DEMONSTRATIVES = wordSet("this that these those");
/** Possessive determiners: "its statement", "their count". */
export const POSSESSIVE_DETERMINERS = wordSet("its his her their our your my");
/** Quantifiers that open a noun phrase: "some officials", "two aides", "no one". */
export const QUANTIFIERS = wordSet("another one some many several two three most all both each every no any such other");
/**
 * Determiners: articles, demonstratives, possessives, "each" and "every"; they make a following ordinal an
 * adjective ("a second day") and open a noun phrase.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS, "each", "every"]);
/** What opens a noun phrase: a determiner or a quantifier ("the ministry", "several officials"). */
export const NP_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, ...QUANTIFIERS]);
/** Determiners before an adjective in "-ed" inside a speaker's phrase: "another unaligned strategist", "a retired nurse". */
export const ADJECTIVE_DETERMINERS = wordSet("a an the another this that its his her their our");
/** Indefinite articles: an indefinite apposition describes a name ("..., a Guayaquil-based group, said"). */
export const INDEFINITE_ARTICLES = wordSet("a an");
/** Words after "a" that make a plural subject: "a few say", "a majority said", "a number of them say". */
export const PLURAL_AFTER_A = wordSet("few lot number handful majority minority couple dozen third quarter half plurality");
/** Words that open a role phrase: "a volunteer with the Red Cross", "one official with the ministry". */
export const ROLE_OPENERS = wordSet("a an the one another");
/** Words that open the object of a characterising verb: "described it as", "called the incident". */
export const OBJECT_OPENERS = wordSet("it this that these those the his her their its them him such a an");
/** Negative quantifiers, which name no speaker: "No group has claimed responsibility". */
export const NEGATIVE_QUANTIFIERS = wordSet("no none nobody neither");
/** Negations between a speaker and a verb: "did not say", "has never commented". */
export const NEGATIONS = wordSet("not never");
/** Coordinators that join a second verb to the main speaker: "announced aid and said". */
export const VERB_COORDINATORS = wordSet("and but");
/** Conjunctions before a second clause's speaker: "shot by police and a spokesman said". */
export const CLAUSE_COORDINATORS = wordSet("and but while whereas");
/** Subordinators whose clause ends at its comma: "While unofficial sources said ..., Singh said". */
export const SUBORDINATORS = wordSet("while although though whereas");
/** Subordinators of time, cause, condition and concession, each opening a clause with its own subject: "when Rubio thanked". */
export const SUBORDINATORS_OF_TIME_AND_CAUSE = wordSet("when after before while although though whereas if because since once until unless");
/** Words that open a sentence before its subject, which are no part of it: "When Trump announced ...", "As Smith left". */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS_OF_TIME_AND_CAUSE, ...wordSet("as plus so then still")]);
/** Words that start a new statement after an earlier one: "however", "but", "while". */
export const CONTRASTS = wordSet("however but while whereas");
/** What was said, after a verb, which is not a speaker: "Police, however, said nothing". */
export const SAID_OBJECTS = wordSet("nothing little much more so this that otherwise none anything something everything");
/** Adverbs and auxiliaries that may stand between a speaker and the verb: "The Russians earlier said". */
export const BETWEEN = wordSet(`
  earlier later also previously officially reportedly recently repeatedly again today yesterday then separately
  initially subsequently publicly privately formally now first has have had would will did does already once
  further flatly strongly angrily quickly last night week this morning late on monday tuesday wednesday thursday
  friday saturday sunday not never always however too himself herself itself themselves long
`);
/** Words heading a clause that is itself a noun phrase: "What he said was false", "whatever they claim". */
export const FREE_RELATIVES = wordSet("what whatever");
/** Forms of "be" that make a progressive with a verb in "-ing" between speaker and cue: "Smith is telling voters". */
export const PROGRESSIVE_BE = wordSet("is are was were am");
/** Clause-opening adverbials that are not speakers: "Yesterday, the UN reported". */
export const ADVERBIAL_HEADS = wordSet(`
  yesterday today meanwhile however earlier later separately also on in at last this after before following
  overnight moreover still but and then monday tuesday wednesday thursday friday saturday sunday since by during
  nonetheless nevertheless instead previously finally again now so thus there therefore unlike amid despite
`);
/** Last words of a time phrase that opens a sentence without a comma: "A few minutes later they said". */
export const TIME_PHRASE_ENDS = wordSet("later earlier ago afterwards afterward");
/** Prepositions that open a setting phrase before the clause's subject: "In an interview with ..., Trump said". */
export const OPENING_PREPOSITIONS = wordSet("in on at after before during following since amid despite");
/** Words of a time or setting phrase between a cue and its clause: "announced on Saturday that". */
export const SETTING_WORDS = wordSet(`
  on in at late early last this yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
  morning afternoon evening night week a an the statement televised address interview press conference briefing
  written news speech officially publicly also earlier later report release bulletin communique
`);
/** Nouns that end a setting after an inverted speaker: "said a spokesman in a statement". */
export const SETTING_HEADS = wordSet("statement interview conference briefing address speech");
/** Words that open a trailing time phrase on a name: "the Observatory earlier this week". */
export const TIME_TRAIL_OPENERS = wordSet("earlier later last this on yesterday today overnight");
/** Nouns of a trailing time phrase besides days and months: "last month", "over the weekend". */
export const TIME_TRAIL_NOUNS = wordSet("month year weekend overnight");
/** Words and marks that open a reported clause: "that", a colon or a quotation. */
export const COMPLEMENT_STARTERS = wordSet(`that : “ " «`);
/** Words in "-ly" that are nouns, names or adjectives, not adverbs: "the family said", "the daily reported", "Italy". */
export const LY_NOUNS = wordSet(`
  family assembly supply anomaly monopoly daily weekly monthly quarterly fortnightly biweekly elderly friendly
  lonely lovely deadly costly likely early orderly holy jelly belly bully rally ally reply italy july tally
`);
/** Words after which a lowercase "-ed" word is part of the name: "the armed forces". */
export const ED_NOUNS = wordSet(`
  armed united based led appointed elected detained wounded injured displaced concerned surnamed named rescued
  retired
`);
/** Contrasts after a comma that start a new statement: ", however, ...", ", but ...". */
export const COMMA_CONTRASTS = wordSet("however but");
/** Words that open an indirect question or request after a verb of asking and its hearer: "asked her whether", "asked voters to". */
export const QUESTION_OPENERS = wordSet("whether if to what why how when where who which");
/** Adverbs that may open a sentence and are no subject: "Even before the vote, ...", "Just then ...". */
export const FOCUS_ADVERBS = wordSet("even just only therefore thus indeed perhaps");
/** Adverbs that open an aside between a speaker and the verb: "Police, however, said", "The mayor, too, said". */
export const ASIDE_ADVERBS = wordSet("however too meanwhile though instead also separately later earlier then still nevertheless nonetheless");
/**
 * Function words that no capitalised word of a personal name is, and that end a run of lowercase words before a
 * title: "The", "This", "One", "Of" are never a name's. Not `NP_OPENERS`: "Some", "Many", "My" may open names here.
 */
export const NAME_FUNCTION_WORDS = wordUnion(ARTICLES, DEMONSTRATIVES, VERB_COORDINATORS, wordSet("its his her their our one of for in"));
/**
 * Prepositions whose object an "and" may coordinate inside one name: "Ministry of Agriculture and the
 * Environment", "Committee against Torture and ...": the prepositions of a speaker's name and of a capitalised one, and "with".
 */
export const NAME_OBJECT_PREPOSITIONS = wordUnion(NP_PREPOSITIONS, NAME_PREPOSITIONS, wordSet("with"));
/** Words too common to tell two sources' names apart: "the", "and", "for", "of" (longer than two letters, or "of"). */
export const STEM_STOP_WORDS = wordSet("the and for of");
/** Determiners that open a definite description of a body: "the country's disaster agency", "its press office". */
export const DEFINITE_DESCRIPTION_OPENERS = wordSet("the its their");
/** Prepositions that end the head of a noted subject: "Emergency officials in Alagoas", "residents near the river". */
export const SUBJECT_HEAD_ENDS = ["in", "of", "from", "at", "on", "near"] as const;
/** Words after the head of a name that open its complement: "head of relief", "office in Geneva", "a man who". */
export const NAME_COMPLEMENT_OPENERS = ["of", "for", "in", "at", "to", "on", "from", "with", "who"] as const;
