/**
 * What stands around a reporting verb: whether it takes a reported clause, is negated, characterises an
 * object in quotes, or has its speaker after it; where a second speaker's statement starts.
 */
import { isCountWord, isNounish, isTimeName, skipBetween, startsSubject, textOf, walkForward } from "./phrases.ts";
import type { FoundAttribution } from "./rules/context.ts";
import type { Token } from "./tokens.ts";
import { LIVES, LIVES_QUALIFIERS, OUTCOME_NOUNS } from "./lexicon/figure-reports.ts";
import {
  ARTICLES, BETWEEN, BE_AUX, QUESTION_OPENERS, STOP_PREPOSITIONS, CLAUSE_AUX, CLAUSE_COORDINATORS, CLAUSE_DETERMINERS, CLAUSE_MODALS, CLAUSE_SUBJECTS, COMMA_CONTRASTS, COMPLEMENT_STARTERS, CONJUNCTIONS, CONTRASTS, NP_OPENERS, NEGATIONS, OBJECT_OPENERS, PERFECT_AUX, SETTING_WORDS, SUBORDINATORS,
} from "./lexicon/function-words.ts";
import { OPEN_QUOTES } from "./lexicon/punctuation.ts";
import { DATA_HEADS, DATA_VERBS, DENIED, EXPRESSED } from "./lexicon/report-nouns.ts";
import { DENIAL_FORMS, DESCRIBING_FORMS, INVERTED_FORMS } from "./lexicon/reporting-verbs.ts";
import { GROUP_SOURCES, SOURCE_HEADS } from "./lexicon/roles.ts";

/** Words between a characterising verb and its quoted words: "called the move by the government “reckless”". */
const MAX_CHARACTERISED_OBJECT = 9;
/** Tokens of a ", citing X," between a weak cue and its clause. */
const MAX_CITING_TOKENS = 16;
/** Tokens of a time or setting phrase between a cue and its clause: "announced in a statement on Saturday that". */
const MAX_SETTING_TOKENS = 9;
/** Position of the auxiliary after a short subject: "suggest the plane was" (determiner, one or two nouns). */
const MAX_CLAUSE_SUBJECT = 5;
/** Words between a count and its outcome noun: "confirmed two more deaths". */
const MAX_COUNT_TO_OUTCOME = 4;
/** Words between "the killings of" and a count: "of at least seven". */
const MAX_OUTCOME_TO_COUNT = 6;
/** Words after "expressed" in which its object is looked for: "expressed deep regret". */
const MAX_EXPRESSED_OBJECT = 3;
/** Words between "claimed" and "lives": "claimed more than 100 lives", "claimed at least 12 lives". */
const MAX_LIVES_GAP = 7;
/** Words right after "claimed" that may be anything: "claimed the lives". */
const FREE_LIVES_WORDS = 3;
/** Words between a speaker and the verb in which a negation is looked for: "has not yet said". */
const MAX_NEGATION_GAP = 4;
/** Tokens of an inverted speaker after a comma: "say correspondents in the region". */
const MAX_INVERTED_SPEAKER = 8;
/** Tokens after a speaker or verb in which ", citing X" is looked for. */
const MAX_CITING_DISTANCE = 12;
/** How far back a new statement's opener ("however", ";") is looked for; farther, a speaker starts anew. */
const MAX_CLAUSE_LOOKBACK = 40;

/**
 * Whether a characterising verb at `i` puts quoted words on its object: "described it as “a crime”", "called the
 * move “reckless”". "a group called “Justice Now”" has no object, and "called for a “truce”" none either.
 */
export function characterisedInQuotes(tokens: Token[], i: number): boolean {
  const describing = DESCRIBING_FORMS.has(tokens[i]!.lower);
  // "in what an officer described as “one of the largest”": the object is the relative before the speaker.
  const quoteAt = tokens[i + 2];
  if (describing && tokens[i + 1]?.lower === "as" && quoteAt && (OPEN_QUOTES.has(quoteAt.text) || quoteAt.text === '"')) {
    return !BE_AUX.has(tokens[i - 1]?.lower ?? "") && !PERFECT_AUX.has(tokens[i - 1]?.lower ?? "");
  }
  if (!OBJECT_OPENERS.has(tokens[i + 1]?.lower ?? "")) return false;
  for (let k = i + 2; k < tokens.length && k <= i + MAX_CHARACTERISED_OBJECT; k++) {
    const t = tokens[k]!;
    if (OPEN_QUOTES.has(t.text) || t.text === '"') return !describing || tokens[k - 1]!.lower === "as";
    if (!t.word) return false;
  }
  return false;
}

/** Words of the hearer between a verb of asking and its question: "asked the 2016 Democratic White House contender if". */
const MAX_HEARER_TOKENS = 8;

/**
 * Whether the verb of asking at `i` has a question or request after its hearer: "asked the minister whether
 * the dam was safe", "asked Lopez if she would run", "asked voters to back the plan", "asked whether".
 * The hearer is a short noun phrase: a comma, a conjunction, a preposition or a negation before the question
 * ends the look ("asked for a photo", "asked not to be named").
 */
export function questionComplement(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= MAX_HEARER_TOKENS; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (QUESTION_OPENERS.has(t.lower)) return k + 1 < tokens.length && tokens[k + 1]!.word;
    // "who asked not to be named": a request for anonymity reports nothing.
    if (CONJUNCTIONS.has(t.lower) || STOP_PREPOSITIONS.has(t.lower) || BE_AUX.has(t.lower) || NEGATIONS.has(t.lower)) return false;
  }
  return false;
}

/** Whether what follows a weak cue at `i` is a reported clause. */
export function hasComplement(tokens: Token[], i: number): boolean {
  let nextIndex = i + 1;
  if (!tokens[nextIndex]) return false;
  // "reported, citing a hospital source, that ...": look past the citation.
  if (tokens[nextIndex]!.text === "," && tokens[i + 2]?.lower === "citing") {
    let k = i + 3;
    while (k < tokens.length && tokens[k]!.text !== "," && k - i < MAX_CITING_TOKENS) k++;
    nextIndex = k + 1;
    if (!tokens[nextIndex]) return false;
  }
  const next = tokens[nextIndex]!;
  // "asked, “Where did the money go?”": a quotation opened after a comma is the complement.
  const afterComma = tokens[nextIndex + 1]?.text ?? "";
  if (next.text === "," && (OPEN_QUOTES.has(afterComma) || afterComma === '"')) return true;
  // Skip a time or setting phrase: "announced on Saturday that ...".
  let afterSetting = nextIndex;
  for (let k = nextIndex; k < tokens.length && k - nextIndex < MAX_SETTING_TOKENS; k++) {
    const t = tokens[k]!;
    if (COMPLEMENT_STARTERS.has(t.lower) || COMPLEMENT_STARTERS.has(t.text)) return true;
    if (!t.word || !SETTING_WORDS.has(t.lower)) break;
    afterSetting = k + 1;
  }
  if (next.word && BE_AUX.has(next.lower)) return true;
  // "denied there had been any casualties", "confirmed it would", "announced Sunday she will": a clause
  // without "that", after a time or setting phrase or none.
  const subject = tokens[afterSetting];
  const then = tokens[afterSetting + 1];
  if (subject?.word && CLAUSE_SUBJECTS.has(subject.lower) && then?.word && (BE_AUX.has(then.lower) || CLAUSE_MODALS.has(then.lower))) return true;
  // "Survivors suggest the plane was struck": a determiner, a noun or two and an auxiliary open a clause.
  if (next.word && CLAUSE_DETERMINERS.has(next.lower)) {
    for (let k = nextIndex + 2; k < Math.min(tokens.length, nextIndex + MAX_CLAUSE_SUBJECT); k++) {
      const t = tokens[k]!;
      if (!t.word) break;
      if (CLAUSE_AUX.has(t.lower)) return true;
      if (!isNounish(t)) break;
    }
  }
  // "confirmed two deaths", "reported 366 deaths": a counted outcome is what the speaker reports.
  if (next.word && isCountWord(next.lower)) {
    for (let k = nextIndex + 1; k < Math.min(tokens.length, nextIndex + MAX_COUNT_TO_OUTCOME); k++) {
      if (OUTCOME_NOUNS.has(tokens[k]!.lower)) return true;
      if (!tokens[k]!.word) break;
    }
  }
  // "confirmed the killings of at least seven protesters": an outcome of counted people.
  if (next.word && next.lower === "the" && OUTCOME_NOUNS.has(tokens[nextIndex + 1]?.lower ?? "") && tokens[nextIndex + 2]?.lower === "of") {
    for (let k = nextIndex + 3; k < Math.min(tokens.length, nextIndex + MAX_OUTCOME_TO_COUNT); k++) {
      if (isCountWord(tokens[k]!.lower)) return true;
      if (!tokens[k]!.word) break;
    }
  }
  // "denied responsibility", "denied the allegations": a denial is a statement.
  if (DENIAL_FORMS.has(tokens[i]!.lower) && tokens.slice(nextIndex, nextIndex + 2).some((t) => DENIED.has(t.lower))) return true;
  // "estimated the number of marchers at ...": figure verbs are handled separately.
  if (tokens[i]!.lower === "expressed") {
    return tokens.slice(i + 1, i + 1 + MAX_EXPRESSED_OBJECT).some((t) => EXPRESSED.has(t.lower) || OPEN_QUOTES.has(t.text) || t.text === '"');
  }
  return false;
}

/** Whether the verb at `i` is data speaking for its author: "NTSA figures show". */
export function dataShows(tokens: Token[], i: number): boolean {
  if (!DATA_VERBS.has(tokens[i]!.lower)) return false;
  const before = tokens[skipBetween(tokens, i) - 1];
  return before !== undefined && before.word && DATA_HEADS.has(before.lower);
}

/** "claimed the lives of", "has claimed more than 100 lives", "claimed at least 12 lives": the idiom of deaths. */
export function claimedLives(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + MAX_LIVES_GAP; k++) {
    const t = tokens[k]!;
    if (LIVES.has(t.lower)) return true;
    if (!t.word || t.text === ",") return false;
    if (k > i + FREE_LIVES_WORDS && !(isCountWord(t.lower) || LIVES_QUALIFIERS.has(t.lower))) return false;
  }
  return false;
}

/** Whether "not", "never" or "n't" stands among the words between a speaker and the verb at `i`. */
export function negatedAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MAX_NEGATION_GAP; k--) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.lower) || /n't$/.test(t.lower)) return true;
    if (!t.word || !(BETWEEN.has(t.lower) || BE_AUX.has(t.lower))) return false;
  }
  return false;
}

/** Whether a capitalised name stands right before the verb at `i` ("the United Nations reported"). */
export function namedSpeakerBefore(tokens: Token[], i: number): boolean {
  const end = skipBetween(tokens, i);
  const before = tokens[end - 1];
  return before !== undefined && before.capital && before.word;
}

/** Whether "say", "says" or "said" at `i` is followed by a speaker (a determiner, a name or a plural noun) that closes the sentence. */
export function invertedAfterComma(tokens: Token[], i: number): boolean {
  if (!INVERTED_FORMS.has(tokens[i]!.lower)) return false;
  const next = tokens[i + 1];
  if (!next?.word || isTimeName(next.lower)) return false;
  if (!isInvertedSpeaker(tokens, i)) return false;
  const to = walkForward(tokens, i + 1, (t) => t.text === "." || t.text === ";");
  const last = tokens[to - 1]!;
  const speakerLike = (t: Token) => t.capital || GROUP_SOURCES.has(t.lower) || SOURCE_HEADS.has(t.lower) || /^[a-z]+[^s]s$/.test(t.text);
  if (!(ARTICLES.has(next.lower) || speakerLike(next) || speakerLike(last))) return false;
  return to - i <= MAX_INVERTED_SPEAKER && !tokens.slice(i + 1, to).every((t) => SETTING_WORDS.has(t.lower) || isTimeName(t.lower));
}

/** Whether the verb at `i` is followed by a speaker that runs to the end of the sentence. */
export function isInvertedSpeaker(tokens: Token[], i: number): boolean {
  const to = walkForward(tokens, i + 1, (t) => t.text === "." || t.text === ";");
  return to > i + 1 && (to === tokens.length || tokens[to]!.text === ".");
}

/** Whether the token after `i` ends the sentence. */
export function isSentenceEnd(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.text === "." || next.text === "!" || next.text === "?";
}

/** Where the statement of a second speaker starts: at the conjunction or comma before its subject. */
export function spanStartFor(tokens: Token[], subjectFrom: number, second: boolean): number {
  const before = tokens[subjectFrom - 1];
  // "The dead were shot by police and a spokesman said ...": only the second clause is reported.
  if (!second && before?.word && CLAUSE_COORDINATORS.has(before.lower)) return tokens[subjectFrom]!.start;
  if (!second) return 0;
  let k = subjectFrom;
  while (k > 0 && (tokens[k - 1]!.text === "," || CONJUNCTIONS.has(tokens[k - 1]!.lower))) k--;
  return tokens[k]?.start ?? tokens[subjectFrom]!.start;
}

/** ", citing X" after a speaker or verb: the conduit's source. */
export function citing(sentence: string, tokens: Token[], from: number, to: number): string | null {
  for (let k = from; k < Math.min(to, from + MAX_CITING_DISTANCE); k++) {
    if (tokens[k]!.lower === "citing") {
      const end = walkForward(tokens, k + 1, (t) => t.text === "," || t.text === ".");
      if (end > k + 1) return textOf(sentence, tokens, k + 1, end);
    }
  }
  return null;
}

/** Whether a subject found at `from` lies inside the reported clause of an earlier attribution. */
export function insideEarlierComplement(found: FoundAttribution[], at: number, tokens: Token[], from: number): boolean {
  if (found.length === 0) return false;
  const prev = found[found.length - 1]!;
  if (at < prev.sourceEnd) return true;
  // "While unofficial sources said ..., Singh said ...": a clause opened by a subordinator ends at its comma.
  if (SUBORDINATORS.has(tokens[0]?.lower ?? "") && tokens[from - 1]?.text === "," && prev.sourceStart === tokens[1]?.start) return false;
  // "In what an officer described as “...”, police reported ...": the opening relative ends at its comma.
  if (tokens[0]?.lower === "in" && tokens[1]?.lower === "what" && prev.sourceStart === tokens[2]?.start &&
    (tokens[from - 1]?.text === "," || (tokens[from - 2]?.text === "," && NP_OPENERS.has(tokens[from - 1]!.lower)))) return false;
  // "..., which the government denied": a relative clause on the whole statement starts a new one.
  if (tokens[from - 1]?.lower === "which" && tokens[from - 2]?.text === ",") return false;
  // A new speaker after "however", "but" or a semicolon starts a new statement; otherwise it is nested.
  // A bounded look back keeps this linear; a speaker this far from the last one starts anew.
  for (let k = from - 1; k >= 0 && tokens[k]!.start >= prev.sourceEnd; k--) {
    if (from - k > MAX_CLAUSE_LOOKBACK) return false;
    const t = tokens[k]!;
    if (t.text === ";" || CONTRASTS.has(t.lower)) return false;
    if (t.text === "," && COMMA_CONTRASTS.has(tokens[k + 1]?.lower ?? "")) return false;
    // "X said ..., and the ministry said ...": a second speaker coordinated after a comma makes its own statement.
    if (t.text === "," && tokens[k + 1]?.lower === "and" && startsSubject(tokens, k + 2, from)) return false;
  }
  return true;
}
