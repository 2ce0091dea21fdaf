/**
 * Noun phrases over a sentence's tokens: walking back from a verb to its speaker, forward from a cue to a
 * source, and the word classes those walks read. Every walk is bounded by a named window, so linear overall.
 */
import type { Token } from "./tokens.ts";
import { FIGURE_VERBS } from "./lexicon/figure-reports.ts";
import {
  ACTIVE_AUX, ADJECTIVE_DETERMINERS, ADVERBIAL_HEADS, INDEFINITE_ARTICLES, OPENING_PREPOSITIONS, PLURAL_AFTER_A, PROGRESSIVE_BE, TIME_PHRASE_ENDS, ARTICLES, AUTHOR_PREPOSITIONS, BETWEEN, BE_AUX, CONJUNCTIONS, NP_OPENERS, ED_NOUNS, LY_NOUNS, NAME_PREPOSITIONS, NP_PREPOSITIONS, RELATIVES, SETTING_WORDS, STOP_PREPOSITIONS, TIME_TRAIL_NOUNS, TIME_TRAIL_OPENERS,
} from "./lexicon/function-words.ts";
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "./lexicon/numbers.ts";
import { OBJECT_PRONOUNS, PRONOUNS } from "./lexicon/pronouns.ts";
import { CLAUSE_MARKS, DASHES } from "./lexicon/punctuation.ts";
import { DOCUMENT_HEADS, REPORT_NOUNS, SAY_NOUN_BEFORE } from "./lexicon/report-nouns.ts";
import { CUE_FORMS } from "./lexicon/reporting-verbs.ts";
import {
  ADJECTIVE_SUFFIXES, DOTTED_NAME_SUFFIXES, DOTTED_TITLES, KNOWING_MODIFIERS, GROUP_SOURCES, NOT_STATE_ADJECTIVES, SOURCE_HEADS, SPEAKER_HEADS, STATE_MODIFIERS,
} from "./lexicon/roles.ts";
import { MONTH_NAMES, WEEKDAYS } from "./lexicon/time.ts";
import { CONTINUE_FORMS, GO_FORMS, IRREGULAR_PAST } from "./lexicon/verb-forms.ts";

/** Tokens of a speaker's noun phrase walked back from its verb: "the head of relief operations of the ... office" fits. */
const MAX_SPEAKER_TOKENS = 18;
/** Tokens of a noun phrase walked forward from a cue: "said a spokesman for the regional emergency ministry". */
const MAX_FORWARD_TOKENS = 16;
/** Tokens inside parentheses in a name: "A party official (Berhane Mewa)". */
const MAX_PARENTHESIS_TOKENS = 8;
/** Tokens of a trailing time phrase: "earlier this week", "last Monday night". */
const MAX_TIME_TRAIL = 4;
/** Adverbs and auxiliaries between a speaker and the verb: "has also previously said". */
const MAX_BETWEEN = 4;
/** Shortest manner adverb in "-ly" skipped before a verb ("subsequently"); shorter "-ly" words may be names. */
const MIN_MANNER_ADVERB = 6;
/** Words of a document before "by"/"from": "a joint statement by". */
const MAX_DOCUMENT_TOKENS = 4;
/** Tokens of an opening adverbial before its comma: "On Monday morning,". */
const MAX_OPENING_ADVERBIAL = 6;
/** Tokens of an opening prepositional phrase before its comma: "In an interview with The Wall Street Journal,". */
const MAX_OPENING_PREPOSITIONAL = 16;

/** Whether a word names a day or a month, which a preposition before it leaves outside a name ("said X on Monday"). */
export function isTimeName(word: string): boolean {
  return WEEKDAYS.has(word) || MONTH_NAMES.has(word);
}

/** Whether a word is a count in digits or words ("281", "two", "fifteen", "twenty-five"). */
export function isCountWord(word: string): boolean {
  if (/^\d[\d,.]*$/.test(word) || /^[a-z]+teen$/.test(word) || /^[a-z]+-[a-z]+$/.test(word)) return true;
  return word !== "zero" && (UNIT_WORDS.has(word) || TEEN_WORDS.has(word) || TENS_WORDS.has(word) || word === "hundred");
}

/** Whether a word before "states" makes it a noun: "coastal states", "member states". */
export function isStateModifier(word: string): boolean {
  if (NOT_STATE_ADJECTIVES.has(word)) return false;
  if (STATE_MODIFIERS.has(word)) return true;
  return /^[a-z-]+$/.test(word) && ADJECTIVE_SUFFIXES.some((suffix) => word.length > suffix.length && word.endsWith(suffix));
}

/** Whether the token at `i` is the full stop of a title before a name ("Col. Krishna"). */
export function isTitleDot(tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== "." || !tokens[i - 1]?.capital) return false;
  const before = tokens[i - 1]!;
  // A suffix closing a name before the rest of its clause: "Joseph R. Biden Jr. said" (before a capital, as
  // in "King Jr. He said", the full stop may end a sentence).
  if (DOTTED_NAME_SUFFIXES.has(before.lower) && before.end === tokens[i]!.start && tokens[i - 2]?.capital === true) return tokens[i + 1]?.capital !== true;
  if (tokens[i + 1]?.capital !== true) return false;
  if (DOTTED_TITLES.has(before.lower)) return true;
  // A middle initial between a first name and a surname: "Jo-Ann F. Burdian", "John Q. Public".
  return before.text.length === 1 && before.end === tokens[i]!.start && tokens[i - 2]?.capital === true && tokens[i - 2]!.word && tokens[i + 1]!.word;
}

/** Whether a token can belong to a speaker's noun phrase. */
export function isNounish(token: Token): boolean {
  if (!token.word) return false;
  const w = token.lower;
  if (token.capital) return !(CONJUNCTIONS.has(w) && w !== "and") || w === "and";
  if (CONJUNCTIONS.has(w) || RELATIVES.has(w) || BE_AUX.has(w) || STOP_PREPOSITIONS.has(w)) return false;
  if (OBJECT_PRONOUNS.has(w) || PRONOUNS.has(w)) return false;
  if (CUE_FORMS.has(w) || FIGURE_VERBS.has(w)) return false;
  if (/ly$/.test(w) && !LY_NOUNS.has(w)) return false;
  if (/ed$/.test(w) && !ED_NOUNS.has(w) && !w.includes("-")) return false;
  // "The billionaire businessman began by ...": an irregular past tense ends the phrase like "-ed" does.
  if (IRREGULAR_PAST.has(w)) return false;
  return true;
}

/** Walk back from `end` (exclusive) over a speaker's noun phrase; return its first token index. */
export function walkBack(tokens: Token[], end: number, limit: number): number {
  let i = end - 1;
  let start = end;
  while (i >= limit && end - i <= MAX_SPEAKER_TOKENS) {
    const token = tokens[i]!;
    if (!token.word) {
      const step = markStep(tokens, i, start < end, limit);
      if (!step) break;
      [i, start] = [step[0], step[1] ?? start];
      continue;
    }
    const w = token.lower;
    // "People familiar with the matter said", "a source close to the family": the speaker is the phrase before
    // the modifier, not its object.
    if (start < end && KNOWING_MODIFIERS.get(tokens[i - 1]?.lower ?? "") === w && i - 2 >= limit) {
      i -= 2;
      if (tokens[i]?.lower === "with" && tokens[i + 1]?.lower === "knowledge") i--;
      continue;
    }
    // "Community Working Group on Health", "Committee to Protect Journalists".
    if (STOP_PREPOSITIONS.has(w) && start < end && tokens[i + 1]?.capital && tokens[i - 1]?.capital && i - 1 >= limit) {
      start = i;
      i--;
      continue;
    }
    if (NP_OPENERS.has(w)) {
      start = i;
      // A determiner starts the phrase unless a preposition inside the name comes before it.
      const before = tokens[i - 1];
      const knowing = before !== undefined && KNOWING_MODIFIERS.get(tokens[i - 2]?.lower ?? "") === before.lower;
      if (before && before.word && (NP_PREPOSITIONS.has(before.lower) || knowing) && i - 1 > limit) {
        i -= 1;
        continue;
      }
      break;
    }
    if (NP_PREPOSITIONS.has(w)) {
      // Only inside a phrase: "head of relief operations".
      if (start === end) break;
      const before = tokens[i - 1];
      // "A report in a local paper said": a report noun before the phrase's preposition is its head.
      if (!before || !before.word || !(isNounish(before) || REPORT_NOUNS.has(before.lower))) break;
      i--;
      if (!isNounish(before)) {
        start = i;
        i--;
      }
      continue;
    }
    if (w === "and" || w === "&") {
      // "Russia and Syria said": both conjuncts must be names reaching a clause boundary.
      if (start === end) break;
      const leftStart = walkBack(tokens, i, limit);
      if (leftStart === i || !atClauseBoundary(tokens, leftStart, limit)) break;
      if (!tokens.slice(leftStart, i).some((t) => t.capital) && !groupConjunct(tokens, leftStart, i, limit)) break;
      start = leftStart;
      break;
    }
    if (!isNounish(token) && !nonNounInPhrase(tokens, i, start, end)) break;
    start = i;
    i--;
  }
  return start;
}

/**
 * One step of `walkBack` over a mark at `i`: the new index, and the new start when the mark belongs to the
 * phrase; null when the phrase ends here. A title's full stop ("Dr. Ali", "Jr.") is passed over.
 */
function markStep(tokens: Token[], i: number, inPhrase: boolean, limit: number): [number, number | null] | null {
  const token = tokens[i]!;
  if (token.text === ")") {
    // A parenthesised name: "A party official (Berhane Mewa)".
    let j = i - 1;
    while (j >= limit && tokens[j]!.text !== "(" && i - j < MAX_PARENTHESIS_TOKENS) j--;
    return j < limit || tokens[j]!.text !== "(" ? null : [j - 1, j];
  }
  if (isTitleDot(tokens, i)) return [i - 1, null];
  // "Farmers' association Agro Sur": a plural possessive inside the name.
  const before = tokens[i - 1];
  if ((token.text === "'" || token.text === "’") && inPhrase && before?.word && /s$/i.test(before.text) && before.end === token.start) return [i - 1, i];
  return null;
}

/** Whether a word that is no noun still belongs to the speaker's phrase `walkBack` is taking. */
function nonNounInPhrase(tokens: Token[], i: number, start: number, end: number): boolean {
  // "media reports said", "the report says": a cue word right before a reporting verb is its subject's
  // head noun, since no verb is followed by "said".
  if (start === end) return i === end - 1 && reportNounAt(tokens, i);
  // "another unaligned Iowa strategist", "a retired teacher": an adjective in "-ed" between a determiner
  // and the noun already taken.
  const token = tokens[i]!;
  return /ed$/.test(token.lower) && !token.capital && ADJECTIVE_DETERMINERS.has(tokens[i - 1]?.lower ?? "");
}

/**
 * Whether a lowercase left conjunct names a group of sources ("police and rescue officials said",
 * "residents and a local official said"): a plural source noun that opens its clause after a comma, a
 * conjunction or the sentence start, not after a preposition ("shot by riot police and a spokesman said").
 */
export function groupConjunct(tokens: Token[], from: number, to: number, limit: number): boolean {
  if (!GROUP_SOURCES.has(tokens[to - 1]?.lower ?? "")) return false;
  if (from <= limit) return true;
  const before = tokens[from - 1]!;
  return before.word ? before.lower === "and" || before.lower === "but" : CLAUSE_MARKS.has(before.text);
}

/**
 * Where a speaker starting at `start` with a determiner begins when another speaker is coordinated before it:
 * "a witness and a politician from the area said", "RAI state radio and the ANSA news agency said". The left
 * conjunct must open its clause and name a speaker (a capitalised name or a speaker's head noun).
 */
export function coordinatedSpeaker(tokens: Token[], start: number): number {
  if (start < 2 || tokens[start - 1]?.lower !== "and" || !NP_OPENERS.has(tokens[start]!.lower)) return start;
  const leftStart = walkBack(tokens, start - 1, 0);
  if (leftStart >= start - 1 || !atClauseBoundary(tokens, leftStart, 0) || isAdverbial(tokens, leftStart, start - 1)) return start;
  const head = tokens[start - 2]!;
  const opener = tokens[leftStart]!;
  if (!(opener.capital || ARTICLES.has(opener.lower))) return start;
  return head.capital || SPEAKER_HEADS.has(head.lower) ? leftStart : start;
}

/** Whether index `i` starts a clause: the sentence start, or after a comma, conjunction or relative. */
export function atClauseBoundary(tokens: Token[], i: number, limit: number): boolean {
  if (i <= limit) return true;
  const before = tokens[i - 1]!;
  if (!before.word) return CLAUSE_MARKS.has(before.text);
  return CONJUNCTIONS.has(before.lower) || RELATIVES.has(before.lower) || ADVERBIAL_HEADS.has(before.lower);
}

/** The end of a name before a trailing time phrase: "the Observatory earlier this week" -> "the Observatory". */
export function trimTime(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!TIME_TRAIL_OPENERS.has(tokens[k]!.lower)) continue;
    const rest = tokens.slice(k, to);
    if (rest.length <= MAX_TIME_TRAIL && rest.every((t) => SETTING_WORDS.has(t.lower) || isTimeName(t.lower) || TIME_TRAIL_NOUNS.has(t.lower))) return k;
  }
  return to;
}

/**
 * The verb that carries a cue given as an infinitive, whose subject is the cue's speaker, or `verb` itself:
 * "went" of "The mayor went on to say", "continued" of "She continued to insist".
 */
export function catenativeHead(tokens: Token[], verb: number): number {
  if (tokens[verb - 1]?.lower !== "to") return verb;
  if (tokens[verb - 2]?.lower === "on" && GO_FORMS.has(tokens[verb - 3]?.lower ?? "")) return verb - 3;
  if (CONTINUE_FORMS.has(tokens[verb - 2]?.lower ?? "")) return verb - 2;
  return verb;
}

/** Skip adverbs and auxiliaries backwards from the verb at `verb`; return the index after the subject. */
export function skipBetween(tokens: Token[], verb: number): number {
  let i = catenativeHead(tokens, verb);
  while (i > 0 && verb - i < MAX_BETWEEN) {
    const token = tokens[i - 1]!;
    // "authorities erroneously reported", "the agency subsequently confirmed": a manner adverb in "-ly".
    const adverb = !token.capital && token.lower.length >= MIN_MANNER_ADVERB && token.lower.endsWith("ly") && !LY_NOUNS.has(token.lower);
    const progressive = PROGRESSIVE_BE.has(token.lower) && tokens[verb]!.lower.endsWith("ing");
    if (!token.word || !(BETWEEN.has(token.lower) || adverb || progressive)) break;
    // "on Tuesday said" skips both words; a bare "on" before a non-day does not.
    if (token.lower === "on" && !/day$/.test(tokens[i]?.lower ?? "")) break;
    i--;
  }
  return i;
}

/** Whether a phrase looks like a time or manner adverbial rather than a speaker. */
export function isAdverbial(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first) return true;
  if (ADVERBIAL_HEADS.has(first.lower)) return true;
  return to - from === 1 && /(ly|day)$/.test(first.lower);
}

/** Find a noun phrase forward from `from` (for "according to X", "quoted Y as", "said X"). */
export function walkForward(tokens: Token[], from: number, stopAt: (t: Token, i: number) => boolean): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_FORWARD_TOKENS) {
    const token = tokens[i]!;
    if (isTitleDot(tokens, i)) {
      i++;
      continue;
    }
    if (stopAt(token, i)) break;
    if (token.text === "(") {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.text !== ")" && j - i < MAX_PARENTHESIS_TOKENS) j++;
      if (tokens[j]?.text !== ")") break;
      i = j + 1;
      continue;
    }
    if (!token.word) break;
    const w = token.lower;
    // "WHO" in capitals is the World Health Organization, not a relative pronoun.
    const acronym = token.text.length > 1 && token.text === token.text.toUpperCase();
    if (i > from && !acronym && (BE_AUX.has(w) || RELATIVES.has(w) || (CONJUNCTIONS.has(w) && w !== "and"))) break;
    const groups = (t: Token | undefined) => t !== undefined && (GROUP_SOURCES.has(t.lower) || SOURCE_HEADS.has(t.lower));
    if (w === "and" && !(tokens[i + 1]?.capital && tokens[i - 1]?.capital) && !(groups(tokens[i - 1]) && groups(tokens[i + 1]))) break;
    // "Committee to Protect Journalists", "Commission on Human Rights": a preposition inside a name.
    const inName = NAME_PREPOSITIONS.has(w) && tokens[i + 1]?.capital && tokens[i - 1]?.capital && !isTimeName(tokens[i + 1]!.lower);
    if (STOP_PREPOSITIONS.has(w) && !inName) break;
    // "said the report.", "according to a UN report": a cue word inside a noun phrase is a noun.
    const reportNoun = REPORT_NOUNS.has(w) && i > from && tokens[i - 1]!.word;
    // "said a shocked passenger": an adjective in "-ed" between a determiner and its noun.
    const edAdjective = !token.capital && /ed$/.test(w) && i > from && NP_OPENERS.has(tokens[i - 1]!.lower) && tokens[i + 1] !== undefined && tokens[i + 1]!.word && isNounish(tokens[i + 1]!);
    if (!NP_OPENERS.has(w) && !NP_PREPOSITIONS.has(w) && !isNounish(token) && !SOURCE_HEADS.has(w) && !inName && !reportNoun && !edAdjective && w !== "and") break;
    i++;
  }
  // Do not end on a preposition or determiner.
  while (i > from && tokens[i - 1]!.word && (NP_PREPOSITIONS.has(tokens[i - 1]!.lower) || NP_OPENERS.has(tokens[i - 1]!.lower))) i--;
  return i;
}

/** The sentence text from token `from` to token `to` (exclusive). */
export function textOf(sentence: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return "";
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Strip "a statement by" from "a statement by Syrian army general command". */
export function stripStatementBy(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < Math.min(to - 1, from + MAX_DOCUMENT_TOKENS); i++) {
    const t = tokens[i]!;
    if (AUTHOR_PREPOSITIONS.has(t.lower) && i > from) {
      // "a count by the Commission", "figures from the ministry": the body behind the document speaks.
      if (tokens.slice(from, i).some((x) => DOCUMENT_HEADS.has(x.lower))) return i + 1;
    }
  }
  return from;
}

/** Whether the words from `at` to the subject at `from` open that subject: "and the Education Ministry said". */
export function startsSubject(tokens: Token[], at: number, from: number): boolean {
  return at === from || (at === from - 1 && NP_OPENERS.has(tokens[at]!.lower));
}

/**
 * Where a sentence's clause begins after an opening adverbial and its comma, or 0: "On Monday, the Herald
 * ...", and, further, a phrase opened by a preposition: "In an interview with The Wall Street Journal, Trump ...".
 */
export function afterOpeningAdverbial(tokens: Token[]): number {
  const dateline = datelineEnd(tokens);
  if (dateline > 0) return dateline;
  const first = tokens[0];
  // "Speaking on CNBC on Monday, Mr. Ubben ...", "Asked whether ..., Mrs. Clinton ...": a participle opens a phrase too.
  const participle = first !== undefined && first.capital && first.word && /..(ing|ed)$/.test(first.lower);
  const long = participle || OPENING_PREPOSITIONS.has(first?.lower ?? "");
  const limit = long ? MAX_OPENING_PREPOSITIONAL : MAX_OPENING_ADVERBIAL;
  for (let k = 0; k < Math.min(tokens.length, limit); k++) {
    if (tokens[k]!.text === "," && (participle || isAdverbial(tokens, 0, k))) return k + 1;
  }
  return 0;
}

/** The longest dateline read: "ORLANDO, Fla., June 16 (Reuters) -" has twelve tokens. */
const MAX_DATELINE_TOKENS = 14;
/** A place in capitals opening a wire dateline: "WASHINGTON", "NEW YORK" (two letters or more). */
const DATELINE_PLACE = /^\p{Lu}{2,}$/u;

/**
 * The token after a wire dateline that opens a sentence ("ORLANDO, Fla. (Reuters) - President Obama met ...",
 * "WASHINGTON (AP) — A report said ..."), or 0: a place in capitals, then up to a dash no lower-case word.
 */
export function datelineEnd(tokens: Token[]): number {
  if (!DATELINE_PLACE.test(tokens[0]?.text ?? "")) return 0;
  for (let k = 1; k < Math.min(tokens.length, MAX_DATELINE_TOKENS); k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return k + 1;
    if (t.word && !t.capital && !/^\d/.test(t.text)) return 0;
  }
  return 0;
}

/** The subject of the main clause: the noun phrase at the start, after any adverbial. */
export function mainClauseSubject(tokens: Token[]): { from: number; to: number } | null {
  let from = afterOpeningAdverbial(tokens);
  let to = walkForward(tokens, from, (t) => !t.word);
  // "A few minutes later they reversed themselves and said": a time phrase without its comma is no subject.
  if (to > from && TIME_PHRASE_ENDS.has(tokens[to - 1]!.lower)) {
    from = to;
    to = PRONOUNS.has(tokens[from]?.lower ?? "") ? from + 1 : walkForward(tokens, from, (t) => !t.word);
  }
  if (to <= from) return null;
  return { from, to };
}

/** Whether the token at `i` is used as a noun ("the report", "its claims"), not a verb. */
export function usedAsNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.word && (NP_OPENERS.has(before.lower) || /'s$/.test(before.lower))) return true;
  // "An earlier report said": after "a" or "an" and one word, a document noun's base form is a noun (the verb
  // of a singular subject would take "-s").
  const w = tokens[i]!.lower;
  if (INDEFINITE_ARTICLES.has(tokens[i - 2]?.lower ?? "") && before.word && !PLURAL_AFTER_A.has(before.lower) && (REPORT_NOUNS.has(w) || DOCUMENT_HEADS.has(w)) && !w.endsWith("s")) {
    return true;
  }
  // "were reported killed", "is said to": passives are not speech by a named speaker.
  // "is telling voters", "are saying": a form in "-ing" after "be" is active.
  if (before.word && BE_AUX.has(before.lower) && !ACTIVE_AUX.has(before.lower) && !/ing$/.test(tokens[i]!.lower)) return true;
  // "urged coastal states to ...", "Gulf states", "member states": "states" after an adjective is a noun.
  if (tokens[i]!.lower === "states" && before.word && isStateModifier(before.lower)) return true;
  const after = tokens[i + 1];
  // "the ceasefire said to hold": no speaker.
  if (tokens[i]!.lower === "said" && after?.lower === "to") return true;
  // "want more say in", "the final say over": "say" as a noun (a right to decide), after a quantifier.
  if (tokens[i]!.lower === "say" && before.word && SAY_NOUN_BEFORE.has(before.lower)) return true;
  if (reportNounAt(tokens, i)) return true;
  return false;
}

/**
 * Whether the cue word at `i` is the head noun of its clause's subject: "Media reports said", "Initial
 * reports had said" (no verb is followed by a reporting verb, with or without an auxiliary between).
 */
export function reportNounAt(tokens: Token[], i: number): boolean {
  if (!REPORT_NOUNS.has(tokens[i]!.lower)) return false;
  const after = tokens[i + 1];
  if (!after?.word) return false;
  return CUE_FORMS.has(after.lower) || (BE_AUX.has(after.lower) && CUE_FORMS.has(tokens[i + 2]?.lower ?? ""));
}
