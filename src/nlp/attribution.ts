/**
 * Find attributed statements in one sentence of English news prose.
 *
 * The rules follow how news reports speech: a speaker noun phrase and a reporting verb ("X said",
 * "X has admitted", "X put the death toll at"), the verb before the speaker ("..., reports X",
 * "said a spokesman"), "According to X", conduits ("X quoted Y as saying", "X, citing Y"), participles
 * that reuse the subject (", saying ..."), and figures credited by a passive agent ("a count of 281
 * issued by the government"). Pronouns are reported as such; the caller resolves them.
 *
 * Everything works on tokens in bounded windows: linear in the sentence's length.
 */
import type { AttributionKind } from "../types.ts";
import { tokenize, type Token } from "./tokens.ts";
import {
  ABSOLUTE_FORMS, AS_REPORTED_BY_FORMS, CHARACTERISING_FORMS, CONDUIT_AS_FORMS, CONDUIT_FORMS, CUE_FORMS, DENIAL_FORMS,
  DESCRIBING_FORMS, HEARER_OBJECT_FORMS, INVERTED_FORMS, LIVES_IDIOM_FORMS, NAMED_SPEAKER_FORMS, PARTICIPLE_FORMS,
  PASSIVE_CONDUIT_FORMS, QUOTED_BY_FORMS, REPORTING_VERBS, WEAK_CUE_FORMS,
} from "./lexicon/reporting-verbs.ts";
import {
  ACTIVE_AUX, ADVERBIAL_HEADS, ARTICLES, AUTHOR_PREPOSITIONS, BE_AUX, BETWEEN, CLAUSE_AUX, CLAUSE_COORDINATORS,
  CLAUSE_DETERMINERS, CLAUSE_MODALS, CLAUSE_RELATIVES, CLAUSE_SUBJECTS, COMMA_CONTRASTS, COMPLEMENT_STARTERS, CONJUNCTIONS,
  CONTRASTS, DESCRIBING_PREPOSITIONS, DETERMINERS, DOCUMENT_RELATIVES, ED_NOUNS, INDEFINITE_ARTICLES,
  LY_NOUNS, NAME_PREPOSITIONS, NEGATIONS, NEGATIVE_QUANTIFIERS, NP_PREPOSITIONS, OBJECT_OPENERS, PASSIVE_BE, PERFECT_AUX,
  PERSON_RELATIVES, RELATIVES, ROLE_OPENERS, SAID_OBJECTS, SETTING_HEADS, SETTING_PREPOSITIONS, SETTING_WORDS,
  STOP_PREPOSITIONS, SUBORDINATORS, TIME_TRAIL_NOUNS, TIME_TRAIL_OPENERS, VERB_COORDINATORS,
} from "./lexicon/function-words.ts";
import { CONDUIT_PRONOUNS, OBJECT_PRONOUN_SUBJECTS, OBJECT_PRONOUNS, PRONOUNS } from "./lexicon/pronouns.ts";
import {
  ADJECTIVE_SUFFIXES, ANONYMITY_WORDS, DOTTED_TITLES, GROUP_SOURCES, NARRATION_VERBS, NOT_STATE_ADJECTIVES, ROLES_BEFORE_WITH,
  SOURCE_HEADS, SPEAKER_HEADS, STATE_MODIFIERS,
} from "./lexicon/roles.ts";
import {
  AGENT_PARTICIPLES, AGENT_PHRASE_HEADS, DATA_HEADS, DATA_VERBS, DENIED, DOCUMENT_HEADS, EXPRESSED, RELEASE_VERBS, REPORT_NOUNS,
  SAY_NOUN_BEFORE, SOURCE_DOCUMENTS,
} from "./lexicon/report-nouns.ts";
import { CHANGE_VERBS, FIGURE_NOUNS, FIGURE_VERBS, LIVES, LIVES_QUALIFIERS, OUTCOME_NOUNS } from "./lexicon/figure-reports.ts";
import { MONTH_NAMES, WEEKDAYS } from "./lexicon/time.ts";
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "./lexicon/numbers.ts";
import {
  APPOSITION_CLOSERS, CLAUSE_MARKS, CLOSE_QUOTES, CONDUIT_INNER_MARKS, OPEN_QUOTES, PRONOUN_CLOSERS, QUOTE_ENDS, SENTENCE_ENDS,
  SPEAKER_CLOSERS,
} from "./lexicon/punctuation.ts";

/** One attribution found in a sentence, before its source is resolved. */
export interface FoundAttribution {
  /** The source as written ("The Russian defense ministry", "It"). */
  sourceText: string;
  sourceStart: number;
  sourceEnd: number;
  /** The cue as written; `...` marks a gap ("quoted ... as saying"). */
  cue: string;
  kind: AttributionKind;
  /** The conduit, as written ("the Associated Press" in "the AP reports X as saying"), or null. */
  via: string | null;
  /** The part of the sentence this attribution covers (figures inside belong to it). */
  span: [number, number];
  /** True when the source is a pronoun ("It", "he") to resolve against earlier sources. */
  pronoun: boolean;
}

/** A quotation mark in a sentence. */
export interface QuoteMark {
  at: number;
  type: "open" | "close";
}

/** The forms of "report": "..., Reuters reports." relays an earlier speaker instead of replacing it. */
const REPORT_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.find((v) => v.lemma === "report")!.forms);
/** A speaker relayed by a passive conduit: "sources quoted by Interfax". */
const QUOTED_BY = new RegExp(`^(\\S+(?: \\S+){0,3}?) (?:${[...QUOTED_BY_FORMS].join("|")}) by (\\S.*)$`);

/** Whether a word names a day or a month, which a preposition before it leaves outside a name ("said X on Monday"). */
function isTimeName(word: string): boolean {
  return WEEKDAYS.has(word) || MONTH_NAMES.has(word);
}

/** Whether a word is a count in digits or words ("281", "two", "fifteen", "twenty-five"). */
function isCountWord(word: string): boolean {
  if (/^\d[\d,.]*$/.test(word) || /^[a-z]+teen$/.test(word) || /^[a-z]+-[a-z]+$/.test(word)) return true;
  return word !== "zero" && (UNIT_WORDS.has(word) || TEEN_WORDS.has(word) || TENS_WORDS.has(word) || word === "hundred");
}

/** Whether a word before "states" makes it a noun: "coastal states", "member states". */
function isStateModifier(word: string): boolean {
  if (NOT_STATE_ADJECTIVES.has(word)) return false;
  if (STATE_MODIFIERS.has(word)) return true;
  return /^[a-z-]+$/.test(word) && ADJECTIVE_SUFFIXES.some((suffix) => word.length > suffix.length && word.endsWith(suffix));
}

/**
 * Whether a characterising verb at `i` puts quoted words on its object: "described it as “a crime”", "called the
 * move “reckless”". "a group called “Justice Now”" has no object, and "called for a “truce”" none either.
 */
function characterisedInQuotes(tokens: Token[], i: number): boolean {
  const describing = DESCRIBING_FORMS.has(tokens[i]!.lower);
  // "in what an officer described as “one of the largest”": the object is the relative before the speaker.
  const quoteAt = tokens[i + 2];
  if (describing && tokens[i + 1]?.lower === "as" && quoteAt && (OPEN_QUOTES.has(quoteAt.text) || quoteAt.text === '"')) {
    return !BE_AUX.has(tokens[i - 1]?.lower ?? "") && !PERFECT_AUX.has(tokens[i - 1]?.lower ?? "");
  }
  if (!OBJECT_OPENERS.has(tokens[i + 1]?.lower ?? "")) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 9; k++) {
    const t = tokens[k]!;
    if (OPEN_QUOTES.has(t.text) || t.text === '"') return !describing || tokens[k - 1]!.lower === "as";
    if (!t.word) return false;
  }
  return false;
}

/** Find the double quotation marks of a sentence, telling openers from closers. */
export function quoteMarks(sentence: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    // “ « „ open, ” » close; a straight quote opens after a space, bracket or dash.
    if (code === 0x201c || code === 0xab || code === 0x201e) marks.push({ at: i, type: "open" });
    else if (code === 0x201d || code === 0xbb) marks.push({ at: i, type: "close" });
    else if (code === 0x22) {
      const before = i === 0 ? " " : sentence[i - 1]!;
      marks.push({ at: i, type: /[\s(\[—–-]/u.test(before) ? "open" : "close" });
    }
  }
  return marks;
}

/** The spans of a sentence that lie inside quotation marks, given whether it starts inside a quote. */
export function quotedRanges(sentence: string, startsInside: boolean): Array<[number, number]> {
  return quotedRangesOf(quoteMarks(sentence), sentence.length, startsInside);
}

/** `quotedRanges` from the sentence's `quoteMarks` and its length. */
export function quotedRangesOf(marks: QuoteMark[], length: number, startsInside: boolean): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let openAt: number | null = startsInside ? 0 : null;
  for (const mark of marks) {
    if (mark.type === "open" && openAt === null) openAt = mark.at;
    else if (mark.type === "close" && openAt !== null) {
      ranges.push([openAt, mark.at + 1]);
      openAt = null;
    }
  }
  if (openAt !== null) ranges.push([openAt, length]);
  return ranges;
}

/** Whether a sentence ends inside an open quotation. */
export function endsInsideQuote(sentence: string, startsInside: boolean): boolean {
  return endsInsideOf(quoteMarks(sentence), startsInside);
}

/** `endsInsideQuote` from the sentence's `quoteMarks`. */
export function endsInsideOf(marks: QuoteMark[], startsInside: boolean): boolean {
  return marks.length === 0 ? startsInside : marks[marks.length - 1]!.type === "open";
}

/** Whether the token at `i` is the full stop of a title before a name ("Col. Krishna"). */
function isTitleDot(tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== "." || !tokens[i - 1]?.capital || tokens[i + 1]?.capital !== true) return false;
  const before = tokens[i - 1]!;
  if (DOTTED_TITLES.has(before.lower)) return true;
  // A middle initial between a first name and a surname: "Jo-Ann F. Burdian", "John Q. Public".
  return before.text.length === 1 && before.end === tokens[i]!.start && tokens[i - 2]?.capital === true && tokens[i - 2]!.word && tokens[i + 1]!.word;
}

/** Whether a token can belong to a speaker's noun phrase. */
function isNounish(token: Token): boolean {
  if (!token.word) return false;
  const w = token.lower;
  if (token.capital) return !(CONJUNCTIONS.has(w) && w !== "and") || w === "and";
  if (CONJUNCTIONS.has(w) || RELATIVES.has(w) || BE_AUX.has(w) || STOP_PREPOSITIONS.has(w)) return false;
  if (OBJECT_PRONOUNS.has(w) || PRONOUNS.has(w)) return false;
  if (CUE_FORMS.has(w) || FIGURE_VERBS.has(w)) return false;
  if (/ly$/.test(w) && !LY_NOUNS.has(w)) return false;
  if (/ed$/.test(w) && !ED_NOUNS.has(w) && !w.includes("-")) return false;
  return true;
}

/** Walk back from `end` (exclusive) over a speaker's noun phrase; return its first token index. */
function walkBack(tokens: Token[], end: number, limit: number): number {
  let i = end - 1;
  let start = end;
  while (i >= limit && end - i <= 18) {
    const token = tokens[i]!;
    if (token.text === ")") {
      // A parenthesised name: "A party official (Berhane Mewa)".
      let j = i - 1;
      while (j >= limit && tokens[j]!.text !== "(" && i - j < 8) j--;
      if (j < limit || tokens[j]!.text !== "(") break;
      start = j;
      i = j - 1;
      continue;
    }
    if (isTitleDot(tokens, i)) {
      i--;
      continue;
    }
    // "Farmers' association Agro Sur": a plural possessive inside the name.
    if ((token.text === "'" || token.text === "’") && start < end && tokens[i - 1]?.word && /s$/i.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === token.start) {
      start = i;
      i--;
      continue;
    }
    if (!token.word) break;
    const w = token.lower;
    // "Community Working Group on Health", "Committee to Protect Journalists".
    if (STOP_PREPOSITIONS.has(w) && start < end && tokens[i + 1]?.capital && tokens[i - 1]?.capital && i - 1 >= limit) {
      start = i;
      i--;
      continue;
    }
    if (DETERMINERS.has(w)) {
      start = i;
      // A determiner starts the phrase unless a preposition inside the name comes before it.
      const before = tokens[i - 1];
      if (before && before.word && NP_PREPOSITIONS.has(before.lower) && i - 1 > limit) {
        i -= 1;
        continue;
      }
      break;
    }
    if (NP_PREPOSITIONS.has(w)) {
      // Only inside a phrase: "head of relief operations".
      if (start === end) break;
      const before = tokens[i - 1];
      if (!before || !before.word || !isNounish(before)) break;
      i--;
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
    if (!isNounish(token)) {
      // "media reports said", "the report says": a cue word right before a reporting verb is its subject's
      // head noun, since no verb is followed by "said".
      if (start === end && i === end - 1 && reportNounAt(tokens, i)) {
        start = i;
        i--;
        continue;
      }
      break;
    }
    start = i;
    i--;
  }
  return start;
}

/**
 * Whether a lowercase left conjunct names a group of sources ("police and rescue officials said",
 * "residents and a local official said"): a plural source noun that opens its clause after a comma, a
 * conjunction or the sentence start, not after a preposition ("shot by riot police and a spokesman said").
 */
function groupConjunct(tokens: Token[], from: number, to: number, limit: number): boolean {
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
function coordinatedSpeaker(tokens: Token[], start: number): number {
  if (start < 2 || tokens[start - 1]?.lower !== "and" || !DETERMINERS.has(tokens[start]!.lower)) return start;
  const leftStart = walkBack(tokens, start - 1, 0);
  if (leftStart >= start - 1 || !atClauseBoundary(tokens, leftStart, 0) || isAdverbial(tokens, leftStart, start - 1)) return start;
  const head = tokens[start - 2]!;
  const opener = tokens[leftStart]!;
  if (!(opener.capital || ARTICLES.has(opener.lower))) return start;
  return head.capital || SPEAKER_HEADS.has(head.lower) ? leftStart : start;
}

/** Whether index `i` starts a clause: the sentence start, or after a comma, conjunction or relative. */
function atClauseBoundary(tokens: Token[], i: number, limit: number): boolean {
  if (i <= limit) return true;
  const before = tokens[i - 1]!;
  if (!before.word) return CLAUSE_MARKS.has(before.text);
  return CONJUNCTIONS.has(before.lower) || RELATIVES.has(before.lower) || ADVERBIAL_HEADS.has(before.lower);
}

/** The end of a name before a trailing time phrase: "the Observatory earlier this week" -> "the Observatory". */
function trimTime(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!TIME_TRAIL_OPENERS.has(tokens[k]!.lower)) continue;
    const rest = tokens.slice(k, to);
    if (rest.length <= 4 && rest.every((t) => SETTING_WORDS.has(t.lower) || isTimeName(t.lower) || TIME_TRAIL_NOUNS.has(t.lower))) return k;
  }
  return to;
}

/** Skip adverbs and auxiliaries backwards from the verb at `verb`; return the index after the subject. */
function skipBetween(tokens: Token[], verb: number): number {
  let i = verb;
  while (i > 0 && verb - i < 4) {
    const token = tokens[i - 1]!;
    // "authorities erroneously reported", "the agency subsequently confirmed": a manner adverb in "-ly".
    const adverb = !token.capital && token.lower.length >= 6 && token.lower.endsWith("ly") && !LY_NOUNS.has(token.lower);
    if (!token.word || !(BETWEEN.has(token.lower) || adverb)) break;
    // "on Tuesday said" skips both words; a bare "on" before a non-day does not.
    if (token.lower === "on" && !/day$/.test(tokens[i]?.lower ?? "")) break;
    i--;
  }
  return i;
}

/** Whether a phrase looks like a time or manner adverbial rather than a speaker. */
function isAdverbial(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first) return true;
  if (ADVERBIAL_HEADS.has(first.lower)) return true;
  return to - from === 1 && /(ly|day)$/.test(first.lower);
}

/** Find a noun phrase forward from `from` (for "according to X", "quoted Y as", "said X"). */
function walkForward(tokens: Token[], from: number, stopAt: (t: Token, i: number) => boolean): number {
  let i = from;
  while (i < tokens.length && i - from < 16) {
    const token = tokens[i]!;
    if (isTitleDot(tokens, i)) {
      i++;
      continue;
    }
    if (stopAt(token, i)) break;
    if (token.text === "(") {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.text !== ")" && j - i < 8) j++;
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
    const edAdjective = !token.capital && /ed$/.test(w) && i > from && DETERMINERS.has(tokens[i - 1]!.lower) && tokens[i + 1] !== undefined && tokens[i + 1]!.word && isNounish(tokens[i + 1]!);
    if (!DETERMINERS.has(w) && !NP_PREPOSITIONS.has(w) && !isNounish(token) && !SOURCE_HEADS.has(w) && !inName && !reportNoun && !edAdjective && w !== "and") break;
    i++;
  }
  // Do not end on a preposition or determiner.
  while (i > from && tokens[i - 1]!.word && (NP_PREPOSITIONS.has(tokens[i - 1]!.lower) || DETERMINERS.has(tokens[i - 1]!.lower))) i--;
  return i;
}

/** Whether the token at `i` is used as a noun ("the report", "its claims"), not a verb. */
function usedAsNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.word && (DETERMINERS.has(before.lower) || /'s$/.test(before.lower))) return true;
  // "were reported killed", "is said to": passives are not speech by a named speaker.
  if (before.word && BE_AUX.has(before.lower) && !ACTIVE_AUX.has(before.lower)) return true;
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
function reportNounAt(tokens: Token[], i: number): boolean {
  if (!REPORT_NOUNS.has(tokens[i]!.lower)) return false;
  const after = tokens[i + 1];
  if (!after?.word) return false;
  return CUE_FORMS.has(after.lower) || (BE_AUX.has(after.lower) && CUE_FORMS.has(tokens[i + 2]?.lower ?? ""));
}

/** Whether what follows a weak cue at `i` is a reported clause. */
function hasComplement(tokens: Token[], i: number): boolean {
  let nextIndex = i + 1;
  if (!tokens[nextIndex]) return false;
  // "reported, citing a hospital source, that ...": look past the citation.
  if (tokens[nextIndex]!.text === "," && tokens[i + 2]?.lower === "citing") {
    let k = i + 3;
    while (k < tokens.length && tokens[k]!.text !== "," && k - i < 16) k++;
    nextIndex = k + 1;
    if (!tokens[nextIndex]) return false;
  }
  const next = tokens[nextIndex]!;
  // Skip a time or setting phrase: "announced on Saturday that ...".
  for (let k = nextIndex; k < tokens.length && k - nextIndex < 9; k++) {
    const t = tokens[k]!;
    if (COMPLEMENT_STARTERS.has(t.lower) || COMPLEMENT_STARTERS.has(t.text)) return true;
    if (!t.word || !SETTING_WORDS.has(t.lower)) break;
  }
  if (next.word && BE_AUX.has(next.lower)) return true;
  // "denied there had been any casualties", "confirmed it would": a clause without "that".
  const then = tokens[nextIndex + 1];
  if (next.word && CLAUSE_SUBJECTS.has(next.lower) && then?.word && (BE_AUX.has(then.lower) || CLAUSE_MODALS.has(then.lower))) return true;
  // "Survivors suggest the plane was struck": a determiner, a noun or two and an auxiliary open a clause.
  if (next.word && CLAUSE_DETERMINERS.has(next.lower)) {
    for (let k = nextIndex + 2; k < Math.min(tokens.length, nextIndex + 5); k++) {
      const t = tokens[k]!;
      if (!t.word) break;
      if (CLAUSE_AUX.has(t.lower)) return true;
      if (!isNounish(t)) break;
    }
  }
  // "confirmed two deaths", "reported 366 deaths": a counted outcome is what the speaker reports.
  if (next.word && isCountWord(next.lower)) {
    for (let k = nextIndex + 1; k < Math.min(tokens.length, nextIndex + 4); k++) {
      if (OUTCOME_NOUNS.has(tokens[k]!.lower)) return true;
      if (!tokens[k]!.word) break;
    }
  }
  // "confirmed the killings of at least seven protesters": an outcome of counted people.
  if (next.word && next.lower === "the" && OUTCOME_NOUNS.has(tokens[nextIndex + 1]?.lower ?? "") && tokens[nextIndex + 2]?.lower === "of") {
    for (let k = nextIndex + 3; k < Math.min(tokens.length, nextIndex + 6); k++) {
      if (isCountWord(tokens[k]!.lower)) return true;
      if (!tokens[k]!.word) break;
    }
  }
  // "denied responsibility", "denied the allegations": a denial is a statement.
  if (DENIAL_FORMS.has(tokens[i]!.lower) && tokens.slice(nextIndex, nextIndex + 2).some((t) => DENIED.has(t.lower))) return true;
  // "estimated the number of marchers at ...": figure verbs are handled separately.
  if (tokens[i]!.lower === "expressed") {
    return tokens.slice(i + 1, i + 4).some((t) => EXPRESSED.has(t.lower) || OPEN_QUOTES.has(t.text) || t.text === '"');
  }
  return false;
}

function textOf(sentence: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return "";
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Strip "a statement by" from "a statement by Syrian army general command". */
function stripStatementBy(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < Math.min(to - 1, from + 4); i++) {
    const t = tokens[i]!;
    if (AUTHOR_PREPOSITIONS.has(t.lower) && i > from) {
      // "a count by the Commission", "figures from the ministry": the body behind the document speaks.
      if (tokens.slice(from, i).some((x) => DOCUMENT_HEADS.has(x.lower))) return i + 1;
    }
  }
  return from;
}

/** Find the attributions of one sentence. `quoted` gives the ranges inside quotation marks. */
export function findAttributions(sentence: string, quoted: Array<[number, number]> = quotedRanges(sentence, false)): FoundAttribution[] {
  const tokens = tokenize(sentence);
  const found: FoundAttribution[] = [];
  // Which tokens lie inside quotation marks: one merge pass over tokens and (sorted) ranges.
  const quotedToken: boolean[] = [];
  {
    let r = 0;
    for (const t of tokens) {
      while (r < quoted.length && quoted[r]![1] <= t.start) r++;
      quotedToken.push(r < quoted.length && quoted[r]![0] <= t.start);
    }
  }
  // Real quotations (more than an empty pair), for telling direct quotes; binary search keeps it linear overall.
  const quotations = quoted.filter(([a, b]) => b - a > 2);
  const hasQuote = (from: number, to: number) => {
    let lo = 0;
    let hi = quotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotations[mid]![1] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < quotations.length && quotations[lo]![0] < to;
  };
  const kindFor = (from: number, to: number): AttributionKind => (hasQuote(from, to) ? "direct-quote" : "indirect");
  const end = sentence.length;
  // Tokens consumed as part of a found source or conduit, so they are not read as cues again.
  let consumedTo = -1;
  let mainSubject: { from: number; to: number } | null = null;

  const push = (a: FoundAttribution) => {
    // A later speaker's statement ends the earlier one's: "X said ..., but Y put the number at ...".
    const prev = found[found.length - 1];
    if (prev && prev.span[1] === end && a.span[0] > prev.span[0] && a.span[1] === end) prev.span = [prev.span[0], a.span[0]];
    found.push(a);
  };
  const subjectAt = (verb: number): { from: number; to: number } | null => {
    let subjectEnd = skipBetween(tokens, verb);
    // Apposition: "Samantha Power's opposite number, Vitaliy Churkin, said".
    if (tokens[subjectEnd - 1]?.text === ",") {
      // An age and a home town between speaker and verb: "Jane Doe, 52, of Leeds, said".
      let e = subjectEnd - 1;
      for (let chunks = 0; chunks < 3; chunks++) {
        let k = e - 1;
        while (k > 0 && tokens[k]!.text !== "," && e - k < 8) k--;
        if (k <= 0 || tokens[k]!.text !== ",") break;
        const chunk = tokens.slice(k + 1, e);
        const age = chunk.length === 1 && /^\d{1,3}$/.test(chunk[0]!.text);
        const home = chunk.length >= 2 && (chunk[0]!.lower === "of" || chunk[0]!.lower === "from") && chunk.slice(1).every((t) => t.capital || t.text === ".");
        // "Mohammed Ali, 34, who sells tomatoes at the market, said".
        const clause = chunk.length >= 2 && PERSON_RELATIVES.has(chunk[0]!.lower) && /^\d{1,3}$/.test(tokens[k - 1]?.text ?? "");
        if (!age && !home && !clause) break;
        e = k;
      }
      if (e < subjectEnd - 1) {
        const from = walkBack(tokens, e, 0);
        if (from < e && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, e)) return { from, to: e };
      }
      // A relative clause between speaker and verb: "The Observatory, which monitors the war, said".
      for (let k = subjectEnd - 2; k > 0 && subjectEnd - k < 30; k--) {
        if (tokens[k]!.text !== ",") continue;
        const opener = tokens[k + 1];
        // ", which monitors the war,", ", speaking in a televised address,", ", citing officials,".
        if (opener && (CLAUSE_RELATIVES.has(opener.lower) || (/ing$/.test(opener.lower) && !opener.capital))) {
          const from = walkBack(tokens, k, 0);
          if (from < k) return { from: coordinatedSpeaker(tokens, from), to: k };
        }
        break;
      }
      const innerEnd = subjectEnd - 1;
      const innerStart = walkBack(tokens, innerEnd, 0);
      if (innerStart < innerEnd && tokens[innerStart - 1]?.text === ",") {
        const outerEnd = innerStart - 1;
        const outerStart = walkBack(tokens, outerEnd, 0);
        if (outerStart < outerEnd && atClauseBoundary(tokens, outerStart, 0) && !isAdverbial(tokens, outerStart, outerEnd)) {
          // "Smith, 45, said": an age is no part of the name.
          if (innerEnd - innerStart === 1 && /^\d+$/.test(tokens[innerStart]!.text)) return { from: outerStart, to: outerEnd };
          // "Murat Kaya, the mayor of Sivrice, a lakeside town, said": the last apposition describes the
          // place or body in the one before it, and the name comes first.
          if (tokens[outerStart - 1]?.text === ",") {
            const thirdEnd = outerStart - 1;
            const thirdStart = walkBack(tokens, thirdEnd, 0);
            if (thirdStart < thirdEnd && atClauseBoundary(tokens, thirdStart, 0) && !isAdverbial(tokens, thirdStart, thirdEnd) && tokens.slice(thirdStart, thirdEnd).some((t) => t.capital)) {
              return { from: thirdStart, to: outerEnd };
            }
          }
          // "The Permanent Committee ..., a Guayaquil-based group, said": an indefinite apposition describes a
          // name and is no part of it.
          if (INDEFINITE_ARTICLES.has(tokens[innerStart]!.lower) && tokens.slice(outerStart, outerEnd).some((t) => t.capital && t.lower !== "the")) {
            return { from: outerStart, to: outerEnd };
          }
          return { from: outerStart, to: innerEnd };
        }
        return { from: innerStart, to: innerEnd };
      }
      // An apposition with a clause of its own: "The Red Crescent, a charity that runs the camps, said".
      for (let k = subjectEnd - 2; k > 0 && subjectEnd - k < 30; k--) {
        if (tokens[k]!.text !== ",") continue;
        if (!ARTICLES.has(tokens[k + 1]?.lower ?? "")) break;
        const from = walkBack(tokens, k, 0);
        if (from < k && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, k)) return { from, to: k };
        break;
      }
      // "“It could take days,” Jane Doe of the county emergency office, told reporters": a stray comma between a
      // speaker who follows a quotation and the verb.
      if (innerStart < innerEnd && (CLOSE_QUOTES.has(tokens[innerStart - 1]?.text ?? "") || tokens[innerStart - 1]?.text === '"') && tokens[innerStart]!.capital) {
        return { from: innerStart, to: innerEnd };
      }
      return null;
    }
    if (subjectEnd === 0) return null;
    // "One passenger who did not give his name told journalists": an anonymity clause describes the speaker;
    // "A Reuters correspondent who saw many of the dead said": so does any relative clause on a person.
    for (let k = subjectEnd - 2; k > 0 && subjectEnd - k <= 10; k--) {
      if (!tokens[k]!.word) break;
      if (tokens[k]!.lower !== "who") continue;
      const anonymous = tokens.slice(k + 1, subjectEnd).some((t) => ANONYMITY_WORDS.has(t.lower));
      if (anonymous || tokens[k + 1]?.word) {
        const from = walkBack(tokens, k, 0);
        if (from < k && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, k)) return { from, to: anonymous ? subjectEnd : k };
      }
      break;
    }
    const start = walkBack(tokens, subjectEnd, 0);
    // "“...,” Jane Doe, a spokesperson for the governor said": an apposition whose closing comma is missing.
    if (start > 1 && INDEFINITE_ARTICLES.has(tokens[start]!.lower) && tokens[start - 1]!.text === ",") {
      const nameFrom = walkBack(tokens, start - 1, 0);
      const name = tokens.slice(nameFrom, start - 1);
      if (name.length >= 2 && name.every((t) => t.capital) && atClauseBoundary(tokens, nameFrom, 0) && !isAdverbial(tokens, nameFrom, start - 1)) {
        return { from: nameFrom, to: subjectEnd };
      }
    }
    if (start === subjectEnd) {
      const before = tokens[subjectEnd - 1]!;
      if (before.word && PRONOUNS.has(before.lower)) return { from: subjectEnd - 1, to: subjectEnd };
      return null;
    }
    // "Ben Baker with the Texas Game Wardens said": a person named before "with" and the body they work for.
    if (tokens[start - 1]?.lower === "with" && start >= 3) {
      let k = start - 1;
      while (k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.capital && start - 1 - k < 4) k--;
      if (start - 1 - k >= 2 && atClauseBoundary(tokens, k, 0) && !isAdverbial(tokens, k, start - 1)) return { from: k, to: subjectEnd };
    }
    // "sources quoted by the news agency Interfax said": the sources speak, through the agency.
    if (QUOTED_BY_FORMS.has(tokens[start - 2]?.lower ?? "") && tokens[start - 1]?.lower === "by" && start >= 3) {
      const from = walkBack(tokens, start - 2, 0);
      if (from < start - 2 && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, start - 2)) return { from, to: subjectEnd };
    }
    // "a volunteer with the Red Cross said", "an official with the ministry said": a person described by a role
    // and the body they work with speaks, not the body.
    if (tokens[start - 1]?.lower === "with" && ROLES_BEFORE_WITH.has(tokens[start - 2]?.lower ?? "") && !tokens[start - 2]!.capital) {
      for (let k = start - 3; k >= 0 && k >= start - 6; k--) {
        const t = tokens[k]!;
        if (!t.word || t.capital && k > 0) break;
        if (ROLE_OPENERS.has(t.lower)) {
          if (atClauseBoundary(tokens, k, 0)) return { from: k, to: subjectEnd };
          break;
        }
        if (!isNounish(t) && !/ed$/.test(t.lower)) break;
      }
    }
    // A lone lowercase modifier ("incoming") is no speaker.
    const last = tokens[subjectEnd - 1]!;
    if (subjectEnd - start === 1 && /(ing|ed)$/.test(last.lower) && !last.capital) return null;
    // "No group has claimed responsibility": a negative quantifier names no speaker.
    if (NEGATIVE_QUANTIFIERS.has(tokens[start]!.lower) || (start > 0 && tokens[start - 1]!.lower === "no")) return null;
    // "residents and a local official said": a group coordinated before a determiner.
    if (tokens[start - 1]?.lower === "and" && start >= 2) {
      const leftStart = walkBack(tokens, start - 1, 0);
      if (leftStart < start - 1 && groupConjunct(tokens, leftStart, start - 1, 0)) return { from: leftStart, to: subjectEnd };
    }
    return { from: coordinatedSpeaker(tokens, start), to: subjectEnd };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || i <= consumedTo) continue;
    if (quotedToken[i] === true) continue;
    const w = token.lower;
    if (token.capital && w !== "according") continue;

    // "According to X, ...".
    if (w === "according" && tokens[i + 1]?.lower === "to") {
      const from = i + 2;
      // "According to her, ...": a pronoun for the caller to resolve.
      const pronounAt = tokens[from];
      if (pronounAt && OBJECT_PRONOUN_SUBJECTS.has(pronounAt.lower) && (!tokens[from + 1] || PRONOUN_CLOSERS.has(tokens[from + 1]!.text))) {
        push({
          sourceText: pronounAt.text,
          sourceStart: pronounAt.start,
          sourceEnd: pronounAt.end,
          cue: textOf(sentence, tokens, i, i + 2),
          kind: "according-to",
          via: null,
          span: [i === 0 || tokens[i - 1]?.text === "," ? 0 : token.start, end],
          pronoun: true,
        });
        consumedTo = from;
        continue;
      }
      // A source head ends the source when no comma does ("According to reports police fired"), unless a name
      // goes on ("Event Data Project") or another group is coordinated ("officials and witnesses").
      let to = walkForward(
        tokens,
        from,
        (t, k) =>
          t.text === "," ||
          // "according to the coast guard 12 boats sank": a number after the name starts the statement.
          (k > from + 1 && /^\d/.test(t.text) && tokens[k - 1]!.word && !DETERMINERS.has(tokens[k - 1]!.lower) && !NP_PREPOSITIONS.has(tokens[k - 1]!.lower)) ||
          (k > from && SOURCE_HEADS.has(tokens[k - 1]!.lower) && t.word && !NP_PREPOSITIONS.has(t.lower) && !(t.capital && tokens[k - 1]!.capital) && !REPORT_NOUNS.has(t.lower) && !SOURCE_DOCUMENTS.has(t.lower) &&
            !(t.lower === "and" && (GROUP_SOURCES.has(tokens[k + 1]?.lower ?? "") || SOURCE_HEADS.has(tokens[k + 1]?.lower ?? "")))),
      );
      if (to > from) {
        // "According to a statement from the ministry": the ministry speaks.
        let speakerFrom = stripStatementBy(tokens, from, to);
        // "according to a count by the Commission": so does the author of a count.
        if (tokens[to]?.lower === "by" && tokens.slice(from, to).some((t) => DOCUMENT_HEADS.has(t.lower))) {
          const agentTo = walkForward(tokens, to + 1, (t) => t.text === ",");
          if (agentTo > to + 1) {
            speakerFrom = to + 1;
            to = agentTo;
          }
        }
        // "According to figures released by the railway ministry": so does the agent.
        if (AGENT_PARTICIPLES.has(tokens[to]?.lower ?? "") && tokens[to + 1]?.lower === "by") {
          const agentTo = walkForward(tokens, to + 2, (t) => t.text === ",");
          if (agentTo > to + 2) {
            speakerFrom = to + 2;
            to = agentTo;
          }
        }
        // "..., with some 500 injured according to rescue officials.": a source that closes the sentence
        // speaks for what came before it.
        const closesSentence = !tokens[to] || SENTENCE_ENDS.has(tokens[to]!.text);
        const spanStart = i === 0 || tokens[i - 1]?.text === "," || (closesSentence && found.length === 0) ? 0 : token.start;
        // "according to the UN refugee agency, UNHCR.": an acronym in apposition belongs to the name.
        const acronym = tokens[to + 1];
        if (tokens[to]?.text === "," && acronym && /^\p{Lu}{2,}$/u.test(acronym.text) && (!tokens[to + 2] || APPOSITION_CLOSERS.has(tokens[to + 2]!.text))) to += 2;
        // "according to the governor's spokeswoman, Lara Ramsburg.": a name in apposition that closes the sentence.
        else if (tokens[to]?.text === "," && acronym?.capital && closesSentence === false) {
          let k = to + 1;
          while (k < tokens.length && k - to <= 5 && (tokens[k]!.capital || isTitleDot(tokens, k))) k++;
          if (k - to >= 3 && (k === tokens.length || SENTENCE_ENDS.has(tokens[k]!.text))) to = k;
        }
        push({
          sourceText: textOf(sentence, tokens, speakerFrom, to),
          sourceStart: tokens[speakerFrom]!.start,
          sourceEnd: tokens[to - 1]!.end,
          cue: textOf(sentence, tokens, i, i + 2),
          kind: "according-to",
          via: null,
          span: [spanStart, end],
          pronoun: false,
        });
        consumedTo = to - 1;
      }
      continue;
    }

    // "X quoted Y as saying" / "X reports Y as commenting": Y speaks, X is the conduit.
    if (CONDUIT_FORMS.has(w) && !usedAsNoun(tokens, i)) {
      let asAt = -1;
      for (let k = i + 2; k < Math.min(tokens.length - 1, i + 16); k++) {
        if (tokens[k]!.lower === "as" && CONDUIT_AS_FORMS.has(tokens[k + 1]!.lower)) {
          asAt = k;
          break;
        }
        // "quoted the governor of the province, Ali Hamid, as saying": an apposition may sit inside.
        if (!tokens[k]!.word && !CONDUIT_INNER_MARKS.has(tokens[k]!.text)) break;
      }
      if (asAt > 0) {
        const subject = subjectAt(i);
        const speakerFrom = stripStatementBy(tokens, i + 1, asAt);
        const speakerTo = tokens[asAt - 1]!.text === "," ? asAt - 1 : asAt;
        push({
          sourceText: textOf(sentence, tokens, speakerFrom, speakerTo),
          sourceStart: tokens[speakerFrom]!.start,
          sourceEnd: tokens[speakerTo - 1]!.end,
          cue: `${token.text} ... as ${tokens[asAt + 1]!.text}`,
          kind: kindFor(0, end),
          via: subject ? textOf(sentence, tokens, subject.from, subject.to) : null,
          span: [found.length > 0 && subject ? tokens[subject.from]!.start : 0, end],
          // "AFP quoted him as saying": the speaker is a pronoun to resolve.
          pronoun: speakerTo - speakerFrom === 1 && CONDUIT_PRONOUNS.has(tokens[speakerFrom]!.lower),
        });
        mainSubject ??= subject;
        consumedTo = asAt + 1;
        continue;
      }
    }

    // "X was quoted (by Y) as saying": X speaks, Y is the conduit.
    // So is "X was reported as saying" (an agency's wording for a speaker it relays).
    if (PASSIVE_CONDUIT_FORMS.has(w) && PASSIVE_BE.has(tokens[i - 1]?.lower ?? "")) {
      let asAt = -1;
      let byAt = -1;
      for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) {
        if (tokens[k]!.lower === "as" && CONDUIT_AS_FORMS.has(tokens[k + 1]!.lower)) {
          asAt = k;
          break;
        }
        if (tokens[k]!.lower === "by" && byAt < 0) byAt = k;
        if (!tokens[k]!.word && tokens[k]!.text !== "'") break;
      }
      let aux = i - 1;
      while (aux > 0 && BE_AUX.has(tokens[aux - 1]!.lower) && i - aux < 3) aux--;
      const subject = asAt > 0 ? subjectAt(aux) : null;
      if (subject) {
        push({
          ...makeFound(sentence, tokens, subject, `${token.text} ... as ${tokens[asAt + 1]!.text}`, kindFor(0, end), [0, end]),
          via: byAt === i + 1 && asAt > byAt + 1 ? textOf(sentence, tokens, byAt + 1, asAt) : null,
        });
        mainSubject ??= subject;
        consumedTo = asAt + 1;
        continue;
      }
    }

    // "..., with various media outlets reporting that five people had died": a speaker in an absolute clause.
    if (ABSOLUTE_FORMS.has(w) && tokens[i - 1]?.word && (w === "saying" || hasComplement(tokens, i))) {
      const from = walkBack(tokens, i, 0);
      if (from < i && tokens[from - 1]?.lower === "with" && from - 1 > 0) {
        push({
          ...makeFound(sentence, tokens, { from, to: i }, token.text, kindFor(tokens[from - 1]!.start, end), [tokens[from - 1]!.start, end]),
        });
        consumedTo = i;
        continue;
      }
    }

    // Participles that reuse the main speaker: ", saying ...".
    if (PARTICIPLE_FORMS.has(w) && tokens[i - 1]?.text === ",") {
      if (found.length > 0) continue;
      const subject = mainClauseSubject(tokens);
      if (subject) {
        push(makeFound(sentence, tokens, subject, `${token.text}`, kindFor(0, end), [0, end]));
        consumedTo = i;
      }
      continue;
    }

    // "X put the death toll at 83", "Pakistan has raised the death toll ... to 73,276".
    if (FIGURE_VERBS.has(w) && !usedAsNoun(tokens, i)) {
      let nounAt = -1;
      for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
        if (FIGURE_NOUNS.has(tokens[k]!.lower)) {
          nounAt = k;
          break;
        }
        if (!tokens[k]!.word) break;
      }
      let prepAt = -1;
      // "Police put it at 8,000": the figure just given, taken up by a pronoun.
      if (nounAt < 0 && tokens[i + 1]?.lower === "it" && tokens[i + 2]?.lower === "at" && isCountWord(tokens[i + 3]?.lower ?? "")) {
        nounAt = i + 1;
        prepAt = i + 2;
      }
      if (nounAt > 0 && prepAt < 0) {
        for (let k = nounAt + 1; k < Math.min(tokens.length, nounAt + 12); k++) {
          // "raised the death toll from 13": the old figure alone still reports a change.
          const from = tokens[k]!.lower === "from" && CHANGE_VERBS.has(w) && isCountWord(tokens[k + 1]?.lower ?? "");
          if (tokens[k]!.lower === "at" || tokens[k]!.lower === "to" || from) {
            prepAt = k;
            break;
          }
          // "gave a higher toll of 29 dead".
          if (k === nounAt + 1 && tokens[k]!.lower === "of" && isCountWord(tokens[k + 1]?.lower ?? "")) {
            prepAt = k;
            break;
          }
          if (tokens[k]!.text === ";") break;
        }
      }
      if (prepAt > 0) {
        const subject = subjectAt(i);
        if (subject) {
          const gap = prepAt > nounAt + 1 ? " ..." : "";
          const cue = `${textOf(sentence, tokens, i, nounAt + 1)}${gap} ${tokens[prepAt]!.text}`;
          const spanStart = found.length > 0 ? spanStartFor(tokens, subject.from, true) : tokens[subject.from]!.start;
          push(makeFound(sentence, tokens, subject, cue, kindFor(0, end), [spanStart, end]));
          mainSubject ??= subject;
          consumedTo = prepAt;
        }
        continue;
      }
    }

    // "..., as reported by officials and hospital sources.": the agent closing the sentence reports all of it.
    if (AS_REPORTED_BY_FORMS.has(w) && tokens[i - 1]?.lower === "as" && tokens[i - 2]?.text === "," && tokens[i + 1]?.lower === "by") {
      let agentTo = i + 2;
      while (agentTo < tokens.length && agentTo - i <= 12 && (tokens[agentTo]!.word || tokens[agentTo]!.text === "'" || tokens[agentTo]!.text === "’")) agentTo++;
      if (agentTo > i + 2 && (agentTo === tokens.length || SENTENCE_ENDS.has(tokens[agentTo]!.text))) {
        push({
          sourceText: textOf(sentence, tokens, i + 2, agentTo),
          sourceStart: tokens[i + 2]!.start,
          sourceEnd: tokens[agentTo - 1]!.end,
          cue: `as ${token.text} by`,
          kind: kindFor(0, end),
          via: null,
          span: [0, end],
          pronoun: false,
        });
        consumedTo = agentTo - 1;
        continue;
      }
    }

    // A figure credited by a passive agent: "a fatalities count of 281 issued Monday by the government".
    if (AGENT_PARTICIPLES.has(w) && i > 0 && tokens[i - 1]!.word && !BE_AUX.has(tokens[i - 1]!.lower)) {
      let byAt = -1;
      for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
        if (tokens[k]!.lower === "by") {
          byAt = k;
          break;
        }
        if (!tokens[k]!.word) break;
      }
      if (byAt > 0) {
        // The phrase before must name a figure: a number or a figure noun within a few words.
        let phraseStart = -1;
        for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
          const t = tokens[k]!;
          if (!t.word) break;
          if (FIGURE_NOUNS.has(t.lower) || AGENT_PHRASE_HEADS.has(t.lower)) {
            phraseStart = k;
            // Extend to the determiner that opens the phrase.
            let s = k;
            while (s > 0 && s > k - 3 && tokens[s - 1]!.word && !CONJUNCTIONS.has(tokens[s - 1]!.lower) && !STOP_PREPOSITIONS.has(tokens[s - 1]!.lower) && !BE_AUX.has(tokens[s - 1]!.lower)) s--;
            phraseStart = s;
          }
        }
        const walked = walkForward(tokens, byAt + 1, (t) => t.text === "," || t.text === ";");
        // "a report issued by the Observatory earlier this week": the time is no part of the agent.
        const agentTo = trimTime(tokens, byAt + 1, walked);
        // "... by the Observatory that put the death toll at 45,000": the relative clause is the document's.
        const relative = DOCUMENT_RELATIVES.has(tokens[walked]?.lower ?? "") && tokens.slice(walked + 1, walked + 3).some((t) => FIGURE_VERBS.has(t.lower));
        const spanEnd = relative ? end : tokens[agentTo - 1]!.end;
        if (phraseStart >= 0 && agentTo > byAt + 1) {
          push({
            sourceText: textOf(sentence, tokens, byAt + 1, agentTo),
            sourceStart: tokens[byAt + 1]!.start,
            sourceEnd: tokens[agentTo - 1]!.end,
            cue: tokens[i]!.text,
            kind: kindFor(tokens[phraseStart]!.start, tokens[agentTo - 1]!.end),
            via: null,
            span: [tokens[phraseStart]!.start, spanEnd],
            pronoun: false,
          });
          consumedTo = agentTo - 1;
          continue;
        }
      }
    }

    if ((!CUE_FORMS.has(w) && !dataShows(tokens, i)) || usedAsNoun(tokens, i)) continue;
    // "The floods claimed the lives of 40 people", "has claimed more than 100 lives": an idiom, not a claim.
    if (LIVES_IDIOM_FORMS.has(w) && claimedLives(tokens, i)) continue;
    // "a severe weather warning for the area": a noun unless a comma or an auxiliary makes it a verb.
    if (w === "warning" && !(tokens[i - 1]?.text === "," || BE_AUX.has(tokens[i - 1]?.lower ?? ""))) continue;
    if (CHARACTERISING_FORMS.has(w) && !characterisedInQuotes(tokens, i)) continue;
    if (WEAK_CUE_FORMS.has(w) && !hasComplement(tokens, i) && !(NAMED_SPEAKER_FORMS.has(w) && namedSpeakerBefore(tokens, i))) {
      // "..., reports the Committee": a weak cue is still speech when it inverts at the end,
      // and so is "..., a spokesman confirmed." with the speaker after the statement.
      const inverted = tokens[i - 1]?.text === "," && isInvertedSpeaker(tokens, i);
      // "..., state media reported, as ...", "..., which the government denied."
      const opener = tokens[(subjectAt(i)?.from ?? 0) - 1];
      const closing = !inverted && (isSentenceEnd(tokens, i) || tokens[i + 1]?.text === ",") && (opener?.text === "," || (opener?.lower === "which" && isSentenceEnd(tokens, i)));
      // "“The news is bad,” the governor announced in a meeting": a quotation just before the speaker is the
      // reported speech.
      const quoteFrom = subjectAt(i)?.from ?? 0;
      const afterQuote = quoteFrom >= 2 && (CLOSE_QUOTES.has(tokens[quoteFrom - 1]!.text) || tokens[quoteFrom - 1]!.text === '"') && QUOTE_ENDS.has(tokens[quoteFrom - 2]!.text);
      if (!inverted && !closing && !afterQuote) continue;
    }

    // "The army has not commented", "police did not say": a negated cue reports nothing.
    if (negatedAt(tokens, i) && !DENIAL_FORMS.has(w)) continue;

    // The speaker before the verb; "..., meaning the toll may rise, say correspondents.": an inverted speaker that
    // closes the sentence after a comma wins over a subject found across the comma.
    let found0 = subjectAt(i);
    // "The army released a statement saying ...": the document's issuer speaks, not "a statement".
    if (found0 && w === "saying" && found0.to === i && found0.to - found0.from <= 3 && RELEASE_VERBS.has(tokens[found0.from - 1]?.lower ?? "") &&
      tokens.slice(found0.from, found0.to).some((t) => DOCUMENT_HEADS.has(t.lower))) {
      found0 = subjectAt(found0.from - 1) ?? found0;
    }
    const subject = found0 && tokens[i - 1]?.text === "," && !atClauseBoundary(tokens, found0.from, 0) && invertedAfterComma(tokens, i) ? null : found0;
    // "The survivor told rescuers he had been at sea for days, the captain said.": a speaker that closes the
    // sentence after a comma reports all of it, the earlier speaker included, who becomes the conduit's source.
    // "..., Reuters reports." is a conduit instead: the earlier speaker stays the source.
    if (subject && found.length > 0 && tokens[subject.from - 1]?.text === "," && isSentenceEnd(tokens, i) && !found[0]!.pronoun && !REPORT_FORMS.has(w) &&
      found.every((f) => f.kind !== "according-to") && insideEarlierComplement(found, tokens[subject.from]!.start, tokens, subject.from)) {
      const f = makeFound(sentence, tokens, subject, token.text, kindFor(0, end), [0, end]);
      f.via = found[0]!.sourceText;
      found.length = 0;
      found.push(f);
      consumedTo = i;
      continue;
    }
    if (subject && !insideEarlierComplement(found, tokens[subject.from]!.start, tokens, subject.from)) {
      const pronoun = subject.to - subject.from === 1 && PRONOUNS.has(tokens[subject.from]!.lower);
      const spanStart = spanStartFor(tokens, subject.from, found.length > 0);
      // "..., police said.": the statement is what came before.
      const spanFrom = tokens[subject.from - 1]?.text === "," && isSentenceEnd(tokens, i) ? 0 : spanStart;
      const f = makeFound(sentence, tokens, subject, token.text, kindFor(spanFrom, end), [spanFrom, end]);
      f.pronoun = pronoun;
      f.via = citing(sentence, tokens, subject.to, i) ?? citing(sentence, tokens, i + 1, tokens.length);
      // "sources quoted by the agency Interfax said": the sources speak, the agency is the conduit.
      const quotedBy = subject.to - subject.from > 3 ? QUOTED_BY.exec(f.sourceText) : null;
      if (quotedBy) {
        f.sourceText = quotedBy[1]!;
        f.sourceEnd = f.sourceStart + quotedBy[1]!.length;
        f.via = quotedBy[2]!;
      }
      push(f);
      mainSubject ??= subject;
      consumedTo = i;
      continue;
    }

    // A second verb of the main clause's speaker: "The minister announced aid and said ...",
    // "Police confirmed two deaths but said ...".
    if (!subject && found.length === 0) {
      const coordinator = tokens[skipBetween(tokens, i) - 1];
      if (coordinator?.word && VERB_COORDINATORS.has(coordinator.lower)) {
        const main = mainClauseSubject(tokens);
        if (main && main.to < i && (tokens[main.to]?.word || tokens[main.to]?.text === ",")) {
          const f = makeFound(sentence, tokens, main, token.text, kindFor(0, end), [0, end]);
          f.via = citing(sentence, tokens, i + 1, tokens.length);
          push(f);
          mainSubject ??= main;
          consumedTo = i;
          continue;
        }
      }
    }

    // The speaker after the verb: "..., reports the Committee to Protect Journalists", "“...,” said Jane Doe".
    const before = tokens[i - 1];
    // "..., told reporters": the object of "told" is the hearer, never an inverted speaker.
    // "Police, however, said nothing": an object pronoun after the verb is what was said, not who said it.
    if (before && !HEARER_OBJECT_FORMS.has(w) && !SAID_OBJECTS.has(tokens[i + 1]?.lower ?? "") &&
      (before.text === "," || CLOSE_QUOTES.has(before.text) || before.text === '"')) {
      const to = walkForward(tokens, i + 1, (t) => t.text === "." || t.text === ";");
      let speakerTo = to;
      // "said a ministry spokesman, Jane Doe."
      if (tokens[to]?.text === "," && tokens[to + 1]?.capital) {
        const more = walkForward(tokens, to + 1, (t) => t.text === "." || t.text === ",");
        if (more > to + 1 && (more === tokens.length || tokens[more]!.text === ".")) speakerTo = more;
      }
      // The speaker must close the sentence or clause: "said 20 people died" has none. A time or setting
      // may follow it: "said Jane Doe on Monday.", "said a spokesman in a statement."
      // "said a spokesman in a statement": the setting is no part of the speaker.
      for (let k = i + 2; k < speakerTo; k++) {
        if (!SETTING_PREPOSITIONS.has(tokens[k]!.lower)) continue;
        const rest = tokens.slice(k + 1, speakerTo);
        if (rest.length > 0 && rest.every((t) => SETTING_WORDS.has(t.lower) || isTimeName(t.lower)) && !rest.every((t) => ARTICLES.has(t.lower))) {
          speakerTo = k;
          break;
        }
      }
      let closeAt = speakerTo;
      while (closeAt < speakerTo + 6 && tokens[closeAt]?.word && (SETTING_WORDS.has(tokens[closeAt]!.lower) || isTimeName(tokens[closeAt]!.lower))) closeAt++;
      if (closeAt > speakerTo && !isTimeName(tokens[closeAt - 1]!.lower) && !SETTING_HEADS.has(tokens[closeAt - 1]!.lower)) closeAt = speakerTo;
      const after = tokens[closeAt];
      // "said a government official who gave his name as Mimati", "said a police officer reached by telephone":
      // a relative clause or a participle phrase describes the speaker after the name.
      const described = after !== undefined && after.word && !after.capital && closeAt === speakerTo &&
        (after.lower === "who" || (/ed$/.test(after.lower) && DESCRIBING_PREPOSITIONS.has(tokens[closeAt + 1]?.lower ?? "")));
      const closes = !after || SPEAKER_CLOSERS.has(after.text) || described;
      if (speakerTo > i + 1 && closes) {
        push({
          sourceText: textOf(sentence, tokens, i + 1, speakerTo),
          sourceStart: tokens[i + 1]!.start,
          sourceEnd: tokens[speakerTo - 1]!.end,
          cue: token.text,
          kind: kindFor(0, end),
          via: citing(sentence, tokens, speakerTo, tokens.length),
          span: [0, end],
          pronoun: speakerTo - (i + 1) === 1 && PRONOUNS.has(tokens[i + 1]!.lower),
        });
        consumedTo = speakerTo - 1;
      }
    }
  }
  void mainSubject;
  return dedupe(found);
}

/** Whether the verb at `i` is data speaking for its author: "NTSA figures show". */
function dataShows(tokens: Token[], i: number): boolean {
  if (!DATA_VERBS.has(tokens[i]!.lower)) return false;
  const before = tokens[skipBetween(tokens, i) - 1];
  return before !== undefined && before.word && DATA_HEADS.has(before.lower);
}

/** "claimed the lives of", "has claimed more than 100 lives", "claimed at least 12 lives": the idiom of deaths. */
function claimedLives(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k]!;
    if (LIVES.has(t.lower)) return true;
    if (!t.word || t.text === ",") return false;
    if (k > i + 3 && !(isCountWord(t.lower) || LIVES_QUALIFIERS.has(t.lower))) return false;
  }
  return false;
}

/** Whether "not", "never" or "n't" stands among the words between a speaker and the verb at `i`. */
function negatedAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.lower) || /n't$/.test(t.lower)) return true;
    if (!t.word || !(BETWEEN.has(t.lower) || BE_AUX.has(t.lower))) return false;
  }
  return false;
}

/**
 * The noun phrase a sentence of narration opens with, up to its verb, or null: "Maria Delgado, 67," in
 * "Maria Delgado, 67, spent the night in her car." A caller can note a person named there for pronouns.
 */
export function narrationSubject(sentence: string): string | null {
  const tokens = tokenize(sentence);
  let from = 0;
  for (let k = 0; k < Math.min(tokens.length, 6); k++) {
    if (tokens[k]!.text === "," && isAdverbial(tokens, 0, k)) {
      from = k + 1;
      break;
    }
  }
  for (let k = from + 1; k < Math.min(tokens.length, from + 25); k++) {
    const t = tokens[k]!;
    if (!t.word || t.capital) continue;
    if (/ed$/.test(t.lower) || NARRATION_VERBS.has(t.lower) || BE_AUX.has(t.lower)) {
      const text = textOf(sentence, tokens, from, k).replace(/,\s*$/, "");
      return text || null;
    }
    if (CUE_FORMS.has(t.lower)) return null;
  }
  return null;
}

/** Whether a capitalised name stands right before the verb at `i` ("the United Nations reported"). */
function namedSpeakerBefore(tokens: Token[], i: number): boolean {
  const end = skipBetween(tokens, i);
  const before = tokens[end - 1];
  return before !== undefined && before.capital && before.word;
}

/** Whether "say", "says" or "said" at `i` is followed by a speaker (a determiner, a name or a plural noun) that closes the sentence. */
function invertedAfterComma(tokens: Token[], i: number): boolean {
  if (!INVERTED_FORMS.has(tokens[i]!.lower)) return false;
  const next = tokens[i + 1];
  if (!next?.word || isTimeName(next.lower)) return false;
  if (!isInvertedSpeaker(tokens, i)) return false;
  const to = walkForward(tokens, i + 1, (t) => t.text === "." || t.text === ";");
  const last = tokens[to - 1]!;
  const speakerLike = (t: Token) => t.capital || GROUP_SOURCES.has(t.lower) || SOURCE_HEADS.has(t.lower) || /^[a-z]+[^s]s$/.test(t.text);
  if (!(ARTICLES.has(next.lower) || speakerLike(next) || speakerLike(last))) return false;
  return to - i <= 8 && !tokens.slice(i + 1, to).every((t) => SETTING_WORDS.has(t.lower) || isTimeName(t.lower));
}

/** Whether the verb at `i` is followed by a speaker that runs to the end of the sentence. */
function isInvertedSpeaker(tokens: Token[], i: number): boolean {
  const to = walkForward(tokens, i + 1, (t) => t.text === "." || t.text === ";");
  return to > i + 1 && (to === tokens.length || tokens[to]!.text === ".");
}

function isSentenceEnd(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.text === "." || next.text === "!" || next.text === "?";
}

/** Where the statement of a second speaker starts: at the conjunction or comma before its subject. */
function spanStartFor(tokens: Token[], subjectFrom: number, second: boolean): number {
  const before = tokens[subjectFrom - 1];
  // "The dead were shot by police and a spokesman said ...": only the second clause is reported.
  if (!second && before?.word && CLAUSE_COORDINATORS.has(before.lower)) return tokens[subjectFrom]!.start;
  if (!second) return 0;
  let k = subjectFrom;
  while (k > 0 && (tokens[k - 1]!.text === "," || CONJUNCTIONS.has(tokens[k - 1]!.lower))) k--;
  return tokens[k]?.start ?? tokens[subjectFrom]!.start;
}

/** ", citing X" after a speaker or verb: the conduit's source. */
function citing(sentence: string, tokens: Token[], from: number, to: number): string | null {
  for (let k = from; k < Math.min(to, from + 12); k++) {
    if (tokens[k]!.lower === "citing") {
      const end = walkForward(tokens, k + 1, (t) => t.text === "," || t.text === ".");
      if (end > k + 1) return textOf(sentence, tokens, k + 1, end);
    }
  }
  return null;
}

/** Whether a subject found at `from` lies inside the reported clause of an earlier attribution. */
function insideEarlierComplement(found: FoundAttribution[], at: number, tokens: Token[], from: number): boolean {
  if (found.length === 0) return false;
  const prev = found[found.length - 1]!;
  if (at < prev.sourceEnd) return true;
  // "While unofficial sources said ..., Singh said ...": a clause opened by a subordinator ends at its comma.
  if (SUBORDINATORS.has(tokens[0]?.lower ?? "") && tokens[from - 1]?.text === "," && prev.sourceStart === tokens[1]?.start) return false;
  // "In what an officer described as “...”, police reported ...": the opening relative ends at its comma.
  if (tokens[0]?.lower === "in" && tokens[1]?.lower === "what" && prev.sourceStart === tokens[2]?.start &&
    (tokens[from - 1]?.text === "," || (tokens[from - 2]?.text === "," && DETERMINERS.has(tokens[from - 1]!.lower)))) return false;
  // "..., which the government denied": a relative clause on the whole statement starts a new one.
  if (tokens[from - 1]?.lower === "which" && tokens[from - 2]?.text === ",") return false;
  // A new speaker after "however", "but" or a semicolon starts a new statement; otherwise it is nested.
  // A bounded look back keeps this linear; a speaker this far from the last one starts anew.
  for (let k = from - 1; k >= 0 && tokens[k]!.start >= prev.sourceEnd; k--) {
    if (from - k > 40) return false;
    const t = tokens[k]!;
    if (t.text === ";" || CONTRASTS.has(t.lower)) return false;
    if (t.text === "," && COMMA_CONTRASTS.has(tokens[k + 1]?.lower ?? "")) return false;
    // "X said ..., and the ministry said ...": a second speaker coordinated after a comma makes its own statement.
    if (t.text === "," && tokens[k + 1]?.lower === "and" && startsSubject(tokens, k + 2, from)) return false;
  }
  return true;
}

/** Whether the words from `at` to the subject at `from` open that subject: "and the Education Ministry said". */
function startsSubject(tokens: Token[], at: number, from: number): boolean {
  return at === from || (at === from - 1 && DETERMINERS.has(tokens[at]!.lower));
}

/** The subject of the main clause: the noun phrase at the start, after any adverbial. */
function mainClauseSubject(tokens: Token[]): { from: number; to: number } | null {
  let from = 0;
  // Skip an opening adverbial up to its comma: "On Monday, the Herald ...".
  for (let k = 0; k < Math.min(tokens.length, 6); k++) {
    if (tokens[k]!.text === "," && isAdverbial(tokens, 0, k)) {
      from = k + 1;
      break;
    }
  }
  const to = walkForward(tokens, from, (t) => !t.word);
  if (to <= from) return null;
  return { from, to };
}

function makeFound(
  sentence: string,
  tokens: Token[],
  subject: { from: number; to: number },
  cue: string,
  kind: AttributionKind,
  span: [number, number],
): FoundAttribution {
  return {
    sourceText: textOf(sentence, tokens, subject.from, subject.to),
    sourceStart: tokens[subject.from]!.start,
    sourceEnd: tokens[subject.to - 1]!.end,
    cue,
    kind,
    via: null,
    span,
    pronoun: subject.to - subject.from === 1 && PRONOUNS.has(tokens[subject.from]!.lower),
  };
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

