/**
 * What is written around a number's digits or words: its qualifier ("at least 62", "150 or more"), a range or
 * change with a second number ("between 40 and 50", "from 57,600 to 73,276"), a currency sign.
 */
import type { Qualifier } from "../../types.ts";
import { type Core, isYear, readCore, tidy } from "./core.ts";
import { LIST_ENDS, RANGE_DASHES, type Token, adjacent, punct, word } from "./tokens.ts";
import { ADVERBS, MODAL_ADVERBS, MODALS, YEAR_PREPOSITIONS } from "../lexicon/clause-words.ts";
import { DETERMINERS } from "../lexicon/function-words.ts";
import {
  CHANGE_VERBS, NEARING_VERBS, PASSING_VERBS, PROJECTED_MARK_VERBS, QUALIFIER_ADVERBS, QUALIFIER_PHRASES,
  QUALIFIER_SUFFIXES, RANGE_WORDS,
} from "../lexicon/outcomes.ts";
import { TIME_UNITS } from "../lexicon/time.ts";
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from "../lexicon/units.ts";

/** A qualifier phrase as words, with the qualifier it gives. */
type QualifierPhrase = readonly [readonly string[], Qualifier];

/** Index the qualifier phrases by their last word, longest first, so "no more than" wins over "more than". */
function indexQualifiers(): ReadonlyMap<string, readonly QualifierPhrase[]> {
  const index = new Map<string, QualifierPhrase[]>();
  const phrases = QUALIFIER_PHRASES.map(([text, q]): QualifierPhrase => [text.split(" "), q]);
  for (const entry of phrases.sort((x, y) => y[0].length - x[0].length)) {
    const lastWord = entry[0][entry[0].length - 1]!;
    index.set(lastWord, [...(index.get(lastWord) ?? []), entry]);
  }
  return index;
}
const QUALIFIERS = indexQualifiers();
/** The first words of the qualifier phrases ("at", "more", "up"), which open no label ("Route 5"). */
export const QUALIFIER_FIRST_WORDS: ReadonlySet<string> = new Set(QUALIFIER_PHRASES.map(([text]) => text.split(" ")[0]!));


/** Find a qualifier phrase ending just before token `end`, not reaching below `floor`. */
export function qualifierBefore(toks: Token[], end: number, floor: number): { start: number; qualifier: Qualifier } | null {
  for (const [phrase, qualifier] of QUALIFIERS.get(word(toks, end - 1)) ?? []) {
    const start = end - phrase.length;
    if (start < floor) continue;
    let ok = true;
    for (let p = 0; p < phrase.length && ok; p++) ok = word(toks, start + p) === phrase[p];
    if (!ok) continue;
    // "just over", "well above": the adverb joins the span; "only" stays exact on its own.
    let s = start;
    if (s - 1 >= floor && QUALIFIER_ADVERBS.has(word(toks, s - 1)) && qualifier !== "exact") s--;
    return { start: s, qualifier };
  }
  return null;
}

/** A number with the second number of its range or change, if any. */
export interface Group {
  a: Core;
  b: Core | null;
  relation: "single" | "range" | "change";
  /** "between" or "from" that opens a range and belongs to its span, else null. */
  opener: number | null;
}

/** Whether the tokens before `from` say the quantity changed ("raised the toll from 50 to 73"). */
function changeBefore(toks: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    if (CHANGE_VERBS.has(word(toks, k))) return true;
    if (RANGE_WORDS.has(word(toks, k))) return false;
  }
  return false;
}

/** Find the second number of a range or list after `a` ("10-12", "40 to 50", "two or three", "200,000, 300,000?"). */
export function readGroup(toks: Token[], a: Core, floor: number): Group {
  const single: Group = { a, b: null, relation: "single", opener: null };
  if (a.ordinal || a.tail.length > 0 || a.glued !== null) return single;
  const k = a.last + 1;
  const before = word(toks, a.first - 1);
  let b: Core | null = null;
  let relation: Group["relation"] = "range";
  let opener: number | null = null;
  const sep = punct(toks, k);
  if (RANGE_DASHES.has(sep)) {
    const c = readCore(toks, k + 1);
    if (c !== null && c.digits === a.digits) b = c;
    // "2005-06": the second year keeps the century of the first.
    if (b !== null && isYear(a) && toks[b.first]!.text.length === 2 && b.last === b.first) {
      b = { ...b, value: a.value - (a.value % 100) + b.value };
    }
  } else if (word(toks, k) === "to") {
    b = readCore(toks, k + 1);
    if (before === "from" && a.first - 1 >= floor) {
      if (changeBefore(toks, a.first - 1)) relation = "change";
      else opener = a.first - 1;
    }
  } else if (word(toks, k) === "or") {
    b = readCore(toks, k + 1);
  } else if (word(toks, k) === "and" && before === "between" && a.first - 1 >= floor) {
    b = readCore(toks, k + 1);
    opener = a.first - 1;
  } else if (sep === "," && a.digits) {
    // Alternatives listed together ("200,000, 300,000?") read as one range; a list goes on to a question mark,
    // "or" or the end, and its numbers have the same order of magnitude.
    const c = readCore(toks, k + 1);
    const after = toks[c === null ? k : c.last + 1];
    const ends = after === undefined || LIST_ENDS.has(after.text) || after.lower === "or";
    if (c !== null && c.digits && !a.plain4 && ends && c.value <= a.value * 10) b = c;
  }
  if (b === null || b.ordinal || b.tail.length > 0 && !TIME_UNITS.has(b.tail[0]!)) return single;
  // "5 to 10 million": the first number takes the scale of the second.
  if (a.scale === 1 && b.scale > 1 && a.base <= b.base) a = { ...a, value: tidy(a.base * b.scale), scale: b.scale };
  if (!(b.value > a.value)) return single;
  return { a, b, relation, opener };
}

/** Words back from a verb of reaching a mark to its modal: "could still eventually pass". */
const MODAL_REACH = 3;

/** Read the prefix of a number: a currency sign, "between"/"from" of a range, then a qualifier. */
export function readPrefix(
  toks: Token[],
  group: Group,
  floor: number,
): { start: number; currency: boolean; qualified: boolean; qualifier: Qualifier } {
  let start = group.a.first;
  let currency = false;
  if (CURRENCY_SYMBOLS.has(punct(toks, start - 1)) && start - 1 >= floor) {
    currency = true;
    start--;
    // "US$5", "HK$3"
    if (adjacent(toks, start - 1, start) && start - 1 >= floor && DOLLAR_PREFIXES.has(word(toks, start - 1))) start--;
  } else if (CURRENCY_CODES.has(word(toks, start - 1)) && start - 1 >= floor) {
    currency = true;
    start--;
  }
  if (group.opener !== null) start = group.opener;
  const q = qualifierBefore(toks, start, floor);
  const qualifier = q?.qualifier ?? (start - 1 >= floor ? markVerbQualifier(toks, start) : null) ?? "exact";
  return { start: q?.start ?? start, currency, qualified: q !== null, qualifier };
}

/**
 * The qualifier a verb of passing or nearing a mark gives the number after it; the verb stays outside the span,
 * so tallies still link through it.
 * - "surpassing 600", "now exceeds 60,000", "topped 300", "well past 500": more-than.
 * - "neared 1,900", "approaches 500": about.
 * - "could pass 5,000", "is expected to top 200", "may rise to 300": up-to, a ceiling of what may come.
 */
function markVerbQualifier(toks: Token[], start: number): Qualifier | null {
  const w = word(toks, start - 1);
  if (PASSING_VERBS.has(w)) return "more-than";
  if (w === "past" && !DETERMINERS.has(word(toks, start - 2)) && !YEAR_PREPOSITIONS.has(word(toks, start - 2))) return "more-than";
  if (NEARING_VERBS.has(w)) return "about";
  // "rise to 300", "climb to 50": the verb stands before "to".
  const verb = w === "to" ? start - 2 : start - 1;
  if (!PROJECTED_MARK_VERBS.has(word(toks, verb))) return null;
  // "could pass", "could soon pass", "expected to top".
  for (let k = verb - 1; k >= 0 && k >= verb - MODAL_REACH; k--) {
    const m = word(toks, k);
    if (MODALS.has(m)) return "up-to";
    if (m !== "to" && !ADVERBS.has(m) && !MODAL_ADVERBS.has(m)) break;
  }
  return null;
}

/** Read a qualifier after a number: "150 or more", "50 or so", "150+"; returns the new last token. */
export function readSuffix(toks: Token[], last: number): { last: number; qualifier: Qualifier } | null {
  if (word(toks, last + 1) === "or") {
    const qualifier = QUALIFIER_SUFFIXES.get(word(toks, last + 2));
    if (qualifier !== undefined) return { last: last + 2, qualifier };
  }
  if (punct(toks, last + 1) === "+" && adjacent(toks, last, last + 1)) return { last: last + 1, qualifier: "more-than" };
  return null;
}

