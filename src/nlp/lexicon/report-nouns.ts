/**
 * Report nouns and document nouns: what a source issues and speaks through ("media reports said", "a statement
 * by the ministry", "figures released by"), and the nouns a denial or an expression takes.
 */
import { wordSet, wordUnion } from "./words.ts";

/** Cue words that are also nouns for what reports a figure: "media reports said", "the report says". */
export const REPORT_NOUNS = wordSet("report reports claims estimates statements");
/** What a source issues in its own words: the part the document lists below share. */
const ISSUED_DOCUMENTS = wordSet("statement report communique");
/** What a source gives as a count: "a tally by", "figures from", "estimates of". */
const COUNT_DOCUMENTS = wordSet("count tally figures data estimate estimates");
/** What a source's spokesperson reads or hands out: "a police briefing", "a ministry bulletin". */
const BRIEFINGS = wordSet("briefing bulletin");
/** Nouns for what a source issued, which go on the source's name: "according to a police briefing". */
export const SOURCE_DOCUMENTS = wordUnion(ISSUED_DOCUMENTS, COUNT_DOCUMENTS, BRIEFINGS, wordSet("update"));
/** Documents whose author speaks through them: "a count by the Commission", "figures from the ministry". */
export const DOCUMENT_HEADS = wordUnion(ISSUED_DOCUMENTS, COUNT_DOCUMENTS, wordSet("survey analysis study"));
/**
 * Words after which a name is a document or a spokesperson's text, not a different speaker: "The US Central Command
 * statement" speaks for US Central Command. Not `SOURCE_DOCUMENTS`: "figures" or "data" after a name ("Census
 * data") would fold the name into its author, which changes who the resolver finds.
 */
export const DOCUMENT_NOUNS = wordUnion(ISSUED_DOCUMENTS, BRIEFINGS, wordSet("statements communiqué announcement release"));
/** Nouns of a phrase credited through a passive agent: "a statement issued by", "deaths reported by". */
export const AGENT_PHRASE_HEADS = wordSet("statement report fatalities deaths casualties");
/** Verbs for putting out a document: "released a statement saying". */
export const RELEASE_VERBS = wordSet("released issued published posted releases issues publishes posts sent");
/** Participles that credit a figure through a passive agent: "a count of 281 issued by the government". */
export const AGENT_PARTICIPLES = wordSet(`
  issued released given announced reported published provided compiled cited confirmed put estimated recorded
  registered documented transmitted carried broadcast circulated
`);
/** Data that speaks for its author: "NTSA figures show", "police records indicate", "the data suggest". */
export const DATA_HEADS = wordSet("figures data records statistics numbers count tally survey surveys census study studies estimates logs");
/** Verbs through which data speaks. */
export const DATA_VERBS = wordSet("show shows showed shown indicate indicates indicated suggest suggests suggested");
/** What a denial denies when it reports a position: "denied responsibility", "denied the claims". */
export const DENIED = wordSet(`
  responsibility involvement wrongdoing allegation allegations accusation accusations claim claims report reports
  charge charges any this it
`);
/** What "expressed" takes when it reports a stance: "expressed regret", "expressed concern". */
export const EXPRESSED = wordSet("regret concern condolences sympathy hope shock dismay confidence doubt doubts anger sorrow support");
/** Words before "say" that make it a noun: "more say", "the final say", "little say in". */
export const SAY_NOUN_BEFORE = wordSet("more greater bigger larger stronger final little much equal real direct meaningful decisive");
/** Words before "statement" that name a source's own statement: "In a statement, the police said", "its written statement". */
export const STATEMENT_OPENERS = wordSet("a its his her their");
