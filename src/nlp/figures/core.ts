/**
 * Read one number as written, in digits or in words, before its context is read: "1,100", "2.5bn", "1990s",
 * "one hundred and five", "thirty-three", "a dozen", "half a million", "3rd".
 */
import { HYPHENS, HYPHEN_SPLIT, type Token, adjacent, punct, tokenize, word } from "./tokens.ts";
import {
  GLUED_SCALES, MULTIPLIERS, ORDINAL_SUFFIXES, ORDINAL_WORDS, SCALE_WORDS, SPACED_SCALES, TEEN_WORDS, TENS_WORDS,
  UNIT_WORDS,
} from "../lexicon/numbers.ts";

/** One number as written, before its context is read. */
export interface Core {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  value: number;
  /** The value before a scale word ("5" in "5 million") and the scale, for ranges like "5 to 10 million". */
  base: number;
  scale: number;
  digits: boolean;
  integer: boolean;
  ordinal: boolean;
  /** "1990s", "60s". */
  decade: boolean;
  /** Four digits with no separator, scale or decimals: possibly a year. */
  plain4: boolean;
  /** Letters written against the digits that are no known suffix ("10km", "3D"). */
  glued: string | null;
  /** The rest of a hyphenated word after its number ("two-year-old" leaves ["year", "old"]). */
  tail: string[];
  /** The number's own words in lower case ("one", "thirty-three"). */
  words: string;
}

/** Round away binary noise from scaling ("1.1 million" is 1100000, not 1100000.0000000002). */
export function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}


function readDigits(toks: Token[], i: number): Core | null {
  const t = toks[i]!;
  const clean = t.text.replace(/[^0-9.]/g, "");
  const base = Number(clean);
  if (!Number.isFinite(base)) return null;
  const integer = !clean.includes(".");
  let last = i;
  let scale = 1;
  let ordinal = false;
  let decade = false;
  let glued: string | null = null;
  const next = toks[i + 1];
  if (next !== undefined && next.type === "word" && next.start === t.end) {
    const suffix = next.lower;
    if (integer && ORDINAL_SUFFIXES.has(suffix)) {
      ordinal = true;
      last = i + 1;
    } else if (integer && suffix === "s") {
      decade = true;
      last = i + 1;
    } else if (GLUED_SCALES.has(suffix)) {
      scale = GLUED_SCALES.get(suffix)!;
      last = i + 1;
    } else {
      glued = suffix;
    }
  } else if (next !== undefined && next.type === "word" && SPACED_SCALES.has(next.lower)) {
    scale = SPACED_SCALES.get(next.lower)!;
    last = i + 1;
  } else {
    const spoken = integer ? spokenScale(toks, i) : null;
    if (spoken !== null) ({ scale, last } = spoken);
  }
  return {
    first: i, last, value: scale === 1 ? base : tidy(base * scale), base, scale, digits: true, integer, ordinal, decade,
    plain4: clean.length === 4 && clean.length === t.text.length && scale === 1 && !ordinal && !decade,
    glued, tail: [], words: t.lower,
  };
}

/**
 * A scale word spoken after the digits, as broadcast scripts write numbers: "12-hundred", "15 hundred",
 * "5-thousand". "Hundred" counts only after one or two digits ("1,200 hundred" is no number of the prose).
 */
function spokenScale(toks: Token[], i: number): { scale: number; last: number } | null {
  const t = toks[i]!;
  const hyphen = HYPHENS.has(punct(toks, i + 1)) && adjacent(toks, i, i + 1) && adjacent(toks, i + 1, i + 2);
  const k = hyphen ? i + 2 : i + 1;
  const w = word(toks, k);
  const scale = MULTIPLIERS.get(w) === 100 ? 100 : hyphen ? SCALE_WORDS.get(w) : undefined;
  if (scale === undefined || (scale === 100 && t.text.length > 2)) return null;
  return { scale, last: k };
}

type WordState = "start" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and";

/** Whether `atom` can begin the number after "and" ("one hundred and five"). */
function smallNumberAtom(atom: string): boolean {
  return UNIT_WORDS.has(atom) || TEEN_WORDS.has(atom) || TENS_WORDS.has(atom) || ORDINAL_WORDS.has(atom);
}

/** Make the core of a number in words read from token `i` to `last`. */
function makeWords(toks: Token[], i: number, last: number, value: number, ordinal: boolean, tail: string[]): Core {
  let words = toks[i]!.lower;
  for (let k = i + 1; k <= last; k++) words += " " + toks[k]!.lower;
  return {
    first: i, last, value: tidy(value), base: value, scale: 1, digits: false, integer: Number.isInteger(value),
    ordinal, decade: false, plain4: false, glued: null, tail, words,
  };
}

/** Whether a word can begin a number in words: its first hyphen-separated part is a unit, teen, tens or ordinal word. */
function startsNumberWord(head: string): boolean {
  let cut = 0;
  while (cut < head.length) {
    const code = head.charCodeAt(cut);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) break;
    cut++;
  }
  const atom = cut === head.length ? head : head.slice(0, cut);
  return UNIT_WORDS.has(atom) || TEEN_WORDS.has(atom) || TENS_WORDS.has(atom) || ORDINAL_WORDS.has(atom);
}

/** A number in words as it is read, one atom ("thirty", "three", "hundred") at a time. */
interface WordNumber {
  total: number;
  group: number;
  state: WordState;
  maxScale: number;
  ordinal: boolean;
}

/** Tokens a number in words may span: "one hundred and twenty-three thousand four hundred and fifty-six". */
const MAX_WORD_TOKENS = 24;

/** Add a unit, teen or tens word; false when it cannot follow what was read ("three two"). */
function feedSmall(n: WordNumber, a: string): boolean {
  const unit = UNIT_WORDS.get(a);
  if (unit !== undefined) {
    if (n.state !== "start" && (unit === 0 || n.state === "unit" || n.state === "teen")) return false;
    n.group += unit;
    n.state = "unit";
    return true;
  }
  const tens = TEEN_WORDS.get(a) ?? TENS_WORDS.get(a)!;
  if (n.state !== "start" && n.state !== "hundred" && n.state !== "scale" && n.state !== "and") return false;
  n.group += tens;
  n.state = TEEN_WORDS.has(a) ? "teen" : "tens";
  return true;
}

/** Add an ordinal word, which ends the number ("twenty-first", "hundredth"); false when it cannot follow. */
function feedOrdinal(n: WordNumber, a: string): boolean {
  const v = ORDINAL_WORDS.get(a)!;
  let ok = v < 10 ? n.state !== "unit" && n.state !== "teen" : n.state !== "unit" && n.state !== "teen" && n.state !== "tens";
  if (v >= 100) ok = n.state !== "hundred" && n.state !== "scale";
  if (!ok) return false;
  n.group = v >= 100 ? (n.state === "start" ? 1 : n.group) * v : n.group + v;
  n.ordinal = true;
  n.state = "unit";
  return true;
}

/**
 * Feed one atom of a number in words: "more" to read on, "end" when the atom ends the number ("dozen", an
 * ordinal), "reject" when it is no part of the number.
 */
function feedAtom(n: WordNumber, a: string, nextAtom: string, alone: boolean): "more" | "end" | "reject" {
  if (UNIT_WORDS.has(a) || TEEN_WORDS.has(a) || TENS_WORDS.has(a)) return feedSmall(n, a) ? "more" : "reject";
  const multiplier = MULTIPLIERS.get(a);
  if (multiplier !== undefined) {
    // "five hundred", "two dozen": a multiplier applies to a small group and ends a dozen.
    const dozen = multiplier < 100;
    const ok = dozen ? n.state === "unit" && n.group < 10 : (n.state === "unit" || n.state === "teen") && n.group < 100;
    if (!ok) return "reject";
    n.group *= multiplier;
    n.state = "hundred";
    return dozen ? "end" : "more";
  }
  const scale = SCALE_WORDS.get(a);
  if (scale !== undefined) {
    if (n.state === "start" || n.state === "and" || n.state === "scale" || scale >= n.maxScale) return "reject";
    n.total += n.group * scale;
    n.group = 0;
    n.maxScale = scale;
    n.state = "scale";
    return "more";
  }
  if (a === "and" && alone) {
    if ((n.state !== "hundred" && n.state !== "scale") || !smallNumberAtom(nextAtom)) return "reject";
    n.state = "and";
    return "more";
  }
  if (ORDINAL_WORDS.has(a)) return feedOrdinal(n, a) ? "end" : "reject";
  return "reject";
}

/** The first atom of the word at `k`, for the look-ahead after "and". */
function firstAtom(toks: Token[], k: number): string {
  return word(toks, k).split(HYPHEN_SPLIT)[0] ?? "";
}

/** Read a number written in words from token `i`: "one hundred and five", "thirty-three", "a dozen", "half a million". */
function readWords(toks: Token[], i: number): Core | null {
  const head = word(toks, i);
  // Only "a", "half" or a unit, teen, tens or ordinal word can start a number; most words are none of these.
  if (head === "" || (head !== "a" && head !== "half" && !startsNumberWord(head))) return null;
  if (head === "half" && word(toks, i + 1) === "a" && SCALE_WORDS.has(word(toks, i + 2))) {
    return makeWords(toks, i, i + 2, 0.5 * SCALE_WORDS.get(word(toks, i + 2))!, false, []);
  }
  const n: WordNumber = { total: 0, group: 0, state: "start", maxScale: Infinity, ordinal: false };
  let last = -1;
  let tail: string[] = [];
  let k = i;
  // "a hundred", "a dozen": the article counts as one only before a multiplier or scale word.
  const second = word(toks, i + 1);
  if (head === "a" && (SCALE_WORDS.has(second) || MULTIPLIERS.has(second))) {
    n.group = 1;
    n.state = "unit";
    k = i + 1;
  }
  outer: for (; k < toks.length && k < i + MAX_WORD_TOKENS; k++) {
    if (toks[k]!.type !== "word") break;
    const atoms = toks[k]!.lower.split(HYPHEN_SPLIT);
    for (let p = 0; p < atoms.length; p++) {
      const nextAtom = p + 1 < atoms.length ? atoms[p + 1]! : firstAtom(toks, k + 1);
      const fed = feedAtom(n, atoms[p]!, nextAtom, atoms.length === 1);
      if (fed === "more") continue;
      // The number ended inside a hyphenated word: "two-year-old" leaves "year-old" to the classifier.
      if (fed === "reject" && p === 0) break outer;
      tail = atoms.slice(fed === "end" ? p + 1 : p);
      last = k;
      break outer;
    }
    last = k;
  }
  if (last < i || n.state === "start" || n.state === "and") return null;
  return makeWords(toks, i, last, n.total + n.group, n.ordinal, tail);
}

/** Read the number that starts at token `i`, or null. */
export function readCore(toks: Token[], i: number): Core | null {
  const t = toks[i];
  if (t === undefined) return null;
  if (t.type === "num") return readDigits(toks, i);
  if (t.type === "word") return readWords(toks, i);
  return null;
}

/** Parse a number written in digits or words ("eighty-three" is 83, "1.1 million" is 1100000); null for "dozens". */
export function parseNumberWords(text: string): number | null {
  const toks = tokenize(text);
  if (toks.length === 0) return null;
  const core = readCore(toks, 0);
  if (core === null || core.last !== toks.length - 1 || core.tail.length > 0 || core.glued !== null) return null;
  return core.value;
}

/** Whether a number can be a day of the month: 1 to 31 in digits. */
export function isDay(core: Core | null): core is Core {
  return core !== null && core.digits && core.integer && core.scale === 1 && core.value >= 1 && core.value <= 31;
}

/** Whether a number can be a year: four plain digits from 1000 to 2999. */
export function isYear(core: Core | null): core is Core {
  return core !== null && core.plain4 && core.value >= 1000 && core.value <= 2999;
}

