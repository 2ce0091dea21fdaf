/**
 * The speaker before a reporting verb: the noun phrase that ends where the adverbs before the verb begin,
 * past appositions ("Jane Doe, the mayor of Sivrice, said"), ages and home towns ("Jane Doe, 52, of Leeds,
 * said"), relative clauses ("The Observatory, which monitors the war, said") and roles ("a volunteer with the
 * Red Cross said").
 */
import {
  atClauseBoundary, coordinatedSpeaker, groupConjunct, isAdverbial, isNounish, skipBetween, walkBack,
} from "./phrases.ts";
import type { Span } from "./rules/context.ts";
import type { Token } from "./tokens.ts";
import {
  ARTICLES, ASIDE_ADVERBS, CLAUSE_RELATIVES, INDEFINITE_ARTICLES, NEGATIVE_QUANTIFIERS, OPENING_PREPOSITIONS, PERSON_RELATIVES, ROLE_OPENERS,
} from "./lexicon/function-words.ts";
import { PRONOUNS } from "./lexicon/pronouns.ts";
import { CLOSE_QUOTES } from "./lexicon/punctuation.ts";
import { QUOTED_BY_FORMS } from "./lexicon/reporting-verbs.ts";
import { ANONYMITY_WORDS, ROLES_BEFORE_WITH } from "./lexicon/roles.ts";

/** Comma-separated chunks of age, home town or relative clause that may stand between a speaker and the verb. */
const MAX_DESCRIPTION_CHUNKS = 3;
/** Tokens in one such chunk: "of Leeds", "who sells tomatoes at the market" fit. */
const MAX_CHUNK_TOKENS = 8;
/** How far back a relative clause or apposition between speaker and verb is looked for: a long clause fits. */
const MAX_CLAUSE_TOKENS = 30;
/** How far back a relative clause describing a speaker without commas is looked for ("who did not give his name"). */
const MAX_RELATIVE_TOKENS = 10;
/** Capitalised words of a name before "with": "Ben Baker with the Texas Game Wardens". */
const MAX_NAME_BEFORE_WITH = 4;
/** Words between the opener and the role of "a senior volunteer with the Red Cross". */
const MAX_ROLE_MODIFIERS = 4;
/** Words of an aside between commas before the verb: "in a brief interview on Saturday" has six. */
const MAX_ASIDE_TOKENS = 10;

/** The speaker before the verb at `verb`, or null. */
export function subjectAt(tokens: Token[], verb: number): Span | null {
  const subjectEnd = skipBetween(tokens, verb);
  // Apposition: "Samantha Power's opposite number, Vitaliy Churkin, said".
  if (tokens[subjectEnd - 1]?.text === ",") return subjectBeforeComma(tokens, subjectEnd);
  if (subjectEnd === 0) return null;
  return relativeOnSpeaker(tokens, subjectEnd) ?? subjectBeforeVerb(tokens, subjectEnd);
}

/** A speaker followed by a comma before the verb: an apposition, an age, a relative clause. */
function subjectBeforeComma(tokens: Token[], subjectEnd: number): Span | null {
  const aside = speakerBeforeAside(tokens, subjectEnd);
  if (aside) return aside;
  const described = describedSpeaker(tokens, subjectEnd) ?? relativeClauseSpeaker(tokens, subjectEnd);
  if (described) return described;
  const apposition = appositionSpeaker(tokens, subjectEnd);
  if (apposition !== undefined) return apposition;
  // An apposition with a clause of its own: "The Red Crescent, a charity that runs the camps, said".
  for (let k = subjectEnd - 2; k > 0 && subjectEnd - k < MAX_CLAUSE_TOKENS; k--) {
    if (tokens[k]!.text !== ",") continue;
    if (!ARTICLES.has(tokens[k + 1]?.lower ?? "")) break;
    const from = walkBack(tokens, k, 0);
    if (from < k && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, k)) return { from, to: k };
    break;
  }
  // "“It could take days,” Jane Doe of the county emergency office, told reporters": a stray comma between a
  // speaker who follows a quotation and the verb.
  const innerEnd = subjectEnd - 1;
  const innerStart = walkBack(tokens, innerEnd, 0);
  if (innerStart < innerEnd && (CLOSE_QUOTES.has(tokens[innerStart - 1]?.text ?? "") || tokens[innerStart - 1]?.text === '"') && tokens[innerStart]!.capital) {
    return { from: innerStart, to: innerEnd };
  }
  return null;
}

/**
 * A speaker before an aside between commas that opens with an adverb or a preposition: "Police, however,
 * said", "The mayor, in a statement, said", "Mr. Ruiz, on Saturday, said". An aside that names a person or
 * body is an apposition instead (appositionSpeaker).
 */
function speakerBeforeAside(tokens: Token[], subjectEnd: number): Span | null {
  let k = subjectEnd - 2;
  while (k > 0 && tokens[k]!.text !== "," && subjectEnd - k <= MAX_ASIDE_TOKENS) k--;
  if (k <= 0 || tokens[k]!.text !== ",") return null;
  const first = tokens[k + 1];
  if (!first?.word || first.capital || !(ASIDE_ADVERBS.has(first.lower) || OPENING_PREPOSITIONS.has(first.lower))) return null;
  const from = walkBack(tokens, k, 0);
  return from < k && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, k) ? { from, to: k } : null;
}

/** An age and a home town between speaker and verb: "Jane Doe, 52, of Leeds, said". */
function describedSpeaker(tokens: Token[], subjectEnd: number): Span | null {
  let e = subjectEnd - 1;
  for (let chunks = 0; chunks < MAX_DESCRIPTION_CHUNKS; chunks++) {
    let k = e - 1;
    while (k > 0 && tokens[k]!.text !== "," && e - k < MAX_CHUNK_TOKENS) k--;
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
  return null;
}

/** A relative clause between speaker and verb: "The Observatory, which monitors the war, said". */
function relativeClauseSpeaker(tokens: Token[], subjectEnd: number): Span | null {
  for (let k = subjectEnd - 2; k > 0 && subjectEnd - k < MAX_CLAUSE_TOKENS; k--) {
    if (tokens[k]!.text !== ",") continue;
    const opener = tokens[k + 1];
    // ", which monitors the war,", ", speaking in a televised address,", ", citing officials,".
    if (opener && (CLAUSE_RELATIVES.has(opener.lower) || (/ing$/.test(opener.lower) && !opener.capital))) {
      const from = walkBack(tokens, k, 0);
      if (from < k) return { from: coordinatedSpeaker(tokens, from), to: k };
    }
    break;
  }
  return null;
}

/**
 * A name and its apposition before the verb: "Jane Doe, the mayor, said", "Smith, 45, said". Undefined when
 * the words before the comma are no apposition.
 */
function appositionSpeaker(tokens: Token[], subjectEnd: number): Span | undefined {
  const innerEnd = subjectEnd - 1;
  const innerStart = walkBack(tokens, innerEnd, 0);
  if (!(innerStart < innerEnd && tokens[innerStart - 1]?.text === ",")) return undefined;
  const outerEnd = innerStart - 1;
  const outerStart = walkBack(tokens, outerEnd, 0);
  if (!(outerStart < outerEnd && atClauseBoundary(tokens, outerStart, 0) && !isAdverbial(tokens, outerStart, outerEnd))) {
    return { from: innerStart, to: innerEnd };
  }
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

/**
 * "One passenger who did not give his name told journalists": an anonymity clause describes the speaker;
 * "A Reuters correspondent who saw many of the dead said": so does any relative clause on a person.
 */
function relativeOnSpeaker(tokens: Token[], subjectEnd: number): Span | null {
  for (let k = subjectEnd - 2; k > 0 && subjectEnd - k <= MAX_RELATIVE_TOKENS; k--) {
    if (!tokens[k]!.word) break;
    if (tokens[k]!.lower !== "who") continue;
    const anonymous = tokens.slice(k + 1, subjectEnd).some((t) => ANONYMITY_WORDS.has(t.lower));
    if (anonymous || tokens[k + 1]?.word) {
      const from = walkBack(tokens, k, 0);
      if (from < k && atClauseBoundary(tokens, from, 0) && !isAdverbial(tokens, from, k)) return { from, to: anonymous ? subjectEnd : k };
    }
    break;
  }
  return null;
}

/** The noun phrase right before the verb, with what may stand before it: a name before "with", a conduit. */
function subjectBeforeVerb(tokens: Token[], subjectEnd: number): Span | null {
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
  const extended = extendedSpeaker(tokens, start, subjectEnd);
  if (extended) return extended;
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
}

/** A speaker that reaches back past "with" or "quoted by": the person, not the body or the conduit. */
function extendedSpeaker(tokens: Token[], start: number, subjectEnd: number): Span | null {
  // "Ben Baker with the Texas Game Wardens said": a person named before "with" and the body they work for.
  if (tokens[start - 1]?.lower === "with" && start >= 3) {
    let k = start - 1;
    while (k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.capital && start - 1 - k < MAX_NAME_BEFORE_WITH) k--;
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
    for (let k = start - 3; k >= 0 && k >= start - 3 - MAX_ROLE_MODIFIERS + 1; k--) {
      const t = tokens[k]!;
      if (!t.word || t.capital && k > 0) break;
      if (ROLE_OPENERS.has(t.lower)) {
        if (atClauseBoundary(tokens, k, 0)) return { from: k, to: subjectEnd };
        break;
      }
      if (!isNounish(t) && !/ed$/.test(t.lower)) break;
    }
  }
  return null;
}
